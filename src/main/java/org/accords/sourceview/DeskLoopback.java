package org.accords.sourceview;

import java.net.InetAddress;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.server.AbstractConfigurableWebServerFactory;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * With the curator's desk on, the server listens on loopback only: it binds to
 * {@code 127.0.0.1} when {@code server.address} is not set, and refuses to start when it
 * names any other address. The desk reads the seed folder's working files, which are not
 * for the public. Runs after Boot has applied {@code server.address}.
 */
@Component
@ConditionalOnBooleanProperty("accords.desk.enabled")
class DeskLoopback implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

	@Override
	public void customize(ConfigurableWebServerFactory factory) {
		InetAddress configured = (factory instanceof AbstractConfigurableWebServerFactory known) ? known.getAddress()
				: null;
		factory.setAddress(loopbackOnly(configured));
	}

	/**
	 * The address to bind: loopback when none is configured, the configured one when it
	 * is loopback.
	 * @throws IllegalStateException for any other address
	 */
	static InetAddress loopbackOnly(@Nullable InetAddress configured) {
		if (configured == null) {
			return InetAddress.getLoopbackAddress();
		}
		if (!configured.isLoopbackAddress()) {
			throw new IllegalStateException("accords.desk.enabled=true serves working files to whoever can connect, "
					+ "so it binds to loopback only, but server.address is " + configured.getHostAddress()
					+ ": unset server.address (the desk then binds to 127.0.0.1) or set it to 127.0.0.1 or ::1");
		}
		return configured;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
