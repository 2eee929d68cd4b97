package org.accords.graphql.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request timers the filter remembers are told apart by every label, and the network
 * remembered for the last address is that address's.
 */
class AccessLogFilterTests {

	final MeterRegistry registry = new SimpleMeterRegistry();

	final AccessLogFilter filter = new AccessLogFilter(registryProvider(this.registry), "/graphql");

	@Test
	void eachLabelKeepsItsOwnTimer() throws Exception {
		serve("POST", "10.1.2.3", 200, RequestTrace.Outcome.HIT, "Page", null);
		serve("POST", "10.1.2.3", 200, RequestTrace.Outcome.HIT, "Page", null);
		serve("GET", "10.1.2.3", 200, RequestTrace.Outcome.HIT, "Page", null);
		serve("POST", "10.1.2.3", 304, RequestTrace.Outcome.NOT_MODIFIED, "Page", null);
		serve("POST", "10.1.2.3", 200, RequestTrace.Outcome.HIT, "Other", null);
		serve("POST", "10.1.2.3", 400, RequestTrace.Outcome.REFUSED, "Page", "BAD_REQUEST");
		assertThat(count("method", "POST", "cache", "hit", "operation", "Page", "status", "200")).isEqualTo(2);
		assertThat(count("method", "GET")).isEqualTo(1);
		assertThat(count("status", "304", "cache", "not_modified")).isEqualTo(1);
		assertThat(count("operation", "Other")).isEqualTo(1);
		assertThat(count("error", "BAD_REQUEST", "cache", "refused", "status", "400")).isEqualTo(1);
		assertThat(this.registry.find("accords.graphql.http.requests").timers()).hasSize(5);
	}

	@Test
	void theLastNetworkIsTheLastAddresss() {
		assertThat(AccessLogFilter.anonymize("192.0.2.17")).isEqualTo("192.0.2.0/24");
		assertThat(this.filter.network("192.0.2.17")).isEqualTo("192.0.2.0/24");
		assertThat(this.filter.network("192.0.2.17")).isEqualTo("192.0.2.0/24");
		assertThat(this.filter.network("198.51.100.9")).isEqualTo("198.51.100.0/24");
		assertThat(this.filter.network("2001:db8:1:2::1")).isEqualTo("2001:db8:1:0:0:0:0:0/48");
		assertThat(this.filter.network(null)).isEqualTo("unknown");
		assertThat(this.filter.network("192.0.2.200")).isEqualTo("192.0.2.0/24");
	}

	private long count(String... tags) {
		return this.registry.get("accords.graphql.http.requests").tags(tags).timer().count();
	}

	private void serve(String method, String address, int status, RequestTrace.Outcome outcome, String operation,
			String error) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/graphql");
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain chain = (req, res) -> {
			RequestTrace trace = RequestTrace.of(request);
			trace.operationName = operation;
			trace.outcome = outcome;
			trace.error(error);
			response.setStatus(status);
		};
		this.filter.doFilter(request, response, chain);
	}

	private static org.springframework.beans.factory.ObjectProvider<MeterRegistry> registryProvider(
			MeterRegistry registry) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("registry", registry);
		return beans.getBeanProvider(MeterRegistry.class);
	}

}
