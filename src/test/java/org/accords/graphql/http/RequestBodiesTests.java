package org.accords.graphql.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.accords.AccordsProperties;
import org.accords.http.ClientNetwork;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The count of bodies being read from an address is each application's: one whose places
 * are all taken does not refuse another's requests (two contexts in one process).
 */
class RequestBodiesTests {

	static RequestBodies bodies() {
		return new RequestBodies(new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("accords",
				AccordsProperties.class));
	}

	static MockHttpServletRequest post() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setRemoteAddr("192.0.2.7");
		request.setContent("{\"query\":\"{ __typename }\"}".getBytes(StandardCharsets.UTF_8));
		return request;
	}

	@Test
	void anotherApplicationsFullCountRefusesNothingHere() {
		RequestBodies busy = bodies();
		RequestBodies other = bodies();
		String address = ClientNetwork.of("192.0.2.7");
		for (int taken = 0; taken < RequestBodies.MAX_BODIES_PER_ADDRESS; taken++) {
			assertThat(busy.reading.take(address)).isTrue();
		}
		assertThatExceptionOfType(TransportException.class).isThrownBy(() -> busy.read(post()))
			.withMessageContaining("Too many request bodies");
		assertThat(other.read(post())).asString(StandardCharsets.UTF_8).contains("__typename");
	}

}
