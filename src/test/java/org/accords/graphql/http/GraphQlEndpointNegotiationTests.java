package org.accords.graphql.http;

import java.util.Map;

import org.accords.AccordsProperties;
import org.accords.graphql.ErrorCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The media type chosen for an Accept value is remembered (a bounded number of values),
 * and answers as parsing it would; a refused value is refused each time.
 */
class GraphQlEndpointNegotiationTests {

	final GraphQlEndpoint endpoint = new GraphQlEndpoint(null, JsonMapper.builder().build(), new RequestBodies(
			new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("accords", AccordsProperties.class)));

	@Test
	void aValueSeenAgainAnswersAsBeforeWithoutBeingParsedAgain() {
		String accept = "application/graphql-response+json, application/json";
		assertThat(this.endpoint.negotiate(request(accept))).isEqualTo(MediaTypes.APPLICATION_GRAPHQL_RESPONSE);
		assertThat(this.endpoint.negotiatedValues()).isEqualTo(1);
		assertThat(this.endpoint.negotiate(request(accept))).isEqualTo(MediaTypes.APPLICATION_GRAPHQL_RESPONSE);
		assertThat(this.endpoint.negotiate(request("text/csv;q=0.9, application/json")))
			.isEqualTo(MediaType.APPLICATION_JSON);
		assertThat(this.endpoint.negotiate(request("text/csv"))).isEqualTo(GraphQlTransport.CSV);
		assertThat(this.endpoint.negotiatedValues()).isEqualTo(3);
		assertThat(this.endpoint.negotiate(request(null))).isEqualTo(MediaTypes.APPLICATION_GRAPHQL_RESPONSE);
	}

	/**
	 * An Accept that reaches a GraphQL type only through a range ({@code *}{@code /*}, a
	 * browser's, {@code application/*}) gets {@code application/json}, which browsers
	 * display rather than download; a type named outranks a range in either order, and a
	 * missing Accept is the specification's {@code application/graphql-response+json}.
	 */
	@Test
	void aRangeThatNamesNoGraphQlTypeGetsApplicationJson() {
		for (String accept : new String[] { "*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
				"application/*", "text/html, application/*;q=0.5" }) {
			assertThat(GraphQlEndpoint.choose(accept)).as(accept).isEqualTo(MediaType.APPLICATION_JSON);
		}
		for (String accept : new String[] { "*/*, application/graphql-response+json",
				"application/graphql-response+json, */*", "application/graphql-response+json, application/json;q=0.9",
				"text/html, application/graphql-response+json;q=0.9, */*;q=0.8" }) {
			assertThat(GraphQlEndpoint.choose(accept)).as(accept).isEqualTo(MediaTypes.APPLICATION_GRAPHQL_RESPONSE);
		}
		assertThat(GraphQlEndpoint.choose("text/*")).isEqualTo(GraphQlTransport.CSV);
		assertThat(this.endpoint.negotiate(request(null))).isEqualTo(MediaTypes.APPLICATION_GRAPHQL_RESPONSE);
	}

	@Test
	void aRefusedValueIsRefusedEachTime() {
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(TransportException.class)
				.isThrownBy(() -> this.endpoint.negotiate(request("application/xml")));
			assertThatExceptionOfType(TransportException.class)
				.isThrownBy(() -> this.endpoint.negotiate(request("application/json;q=0")));
		}
		assertThat(this.endpoint.negotiatedValues()).isZero();
	}

	@Test
	void anEventStreamAskedOverGetIsToldThatSubscriptionsArePosted() {
		// new EventSource('/graphql?query=subscription …') sends a GET that asks for
		// text/event-stream: the refusal says how the stream is had instead
		assertThatExceptionOfType(TransportException.class)
			.isThrownBy(() -> this.endpoint.negotiate(request("text/event-stream")))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.NOT_ACCEPTABLE))
			.withMessageContaining("POST")
			.withMessageContaining("EventSource");
		assertThatExceptionOfType(TransportException.class)
			.isThrownBy(() -> this.endpoint.negotiate(request("application/xml")))
			.withMessage("Accept one of application/graphql-response+json, application/json, text/csv");
	}

	@Test
	void atMostABoundedNumberOfValuesAreRemembered() {
		for (int i = 0; i < GraphQlEndpoint.NEGOTIATED + 10; i++) {
			assertThat(this.endpoint.negotiate(request("application/json;v=" + i)))
				.isEqualTo(MediaType.APPLICATION_JSON);
		}
		assertThat(this.endpoint.negotiatedValues()).isEqualTo(GraphQlEndpoint.NEGOTIATED);
	}

	private static MockHttpServletRequest request(String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		if (accept != null) {
			request.addHeader("Accept", accept);
		}
		return request;
	}

}
