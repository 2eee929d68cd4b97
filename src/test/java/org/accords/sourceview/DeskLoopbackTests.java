package org.accords.sourceview;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * With the desk on, the server binds to loopback, and refuses any other address.
 */
class DeskLoopbackTests {

	@Test
	void deskBindsToLoopbackWhenNoAddressIsSet() {
		assertThat(DeskLoopback.loopbackOnly(null).isLoopbackAddress()).isTrue();
	}

	@Test
	void deskKeepsAConfiguredLoopbackAddress() throws Exception {
		InetAddress ipv6 = InetAddress.getByName("::1");
		assertThat(DeskLoopback.loopbackOnly(ipv6)).isEqualTo(ipv6);
	}

	@Test
	void deskRefusesToStartOnAnyOtherAddress() throws Exception {
		assertThatIllegalStateException().isThrownBy(() -> DeskLoopback.loopbackOnly(InetAddress.getByName("0.0.0.0")))
			.withMessageContaining("server.address is 0.0.0.0");
	}

}
