package org.accords.graphql.http;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL routes are asked only for the requests one of them could answer: on the
 * GraphQL path, a POST naming {@code text/event-stream}; any other path as Spring MVC
 * would ask them. A JSON request to the GraphQL path builds no {@code ServerRequest}.
 */
class GraphQlRouteMappingTests {

	final GraphQlRouteMapping.GatedMapping mapping = new GraphQlRouteMapping.GatedMapping(
			RouterFunctions.route().GET("/graphql/schema", (request) -> ServerResponse.ok().build()).build(),
			"/graphql");

	@Test
	void aJsonRequestToTheGraphQlPathSkipsTheRoutes() {
		assertThat(this.mapping.routed(request("POST", "", "/graphql", "application/json"))).isFalse();
		assertThat(this.mapping.routed(request("POST", "", "/graphql", null))).isFalse();
		assertThat(this.mapping.routed(request("POST", "", "/graphql", "*/*"))).isFalse();
		assertThat(this.mapping.routed(request("GET", "", "/graphql", "text/event-stream"))).isFalse();
		assertThat(this.mapping.routed(request("POST", "/api", "/api/graphql", "application/json"))).isFalse();
	}

	@Test
	void aPostNamingAnEventStreamIsRouted() {
		assertThat(this.mapping.routed(request("POST", "", "/graphql", "text/event-stream"))).isTrue();
		assertThat(this.mapping.routed(request("POST", "", "/graphql", "application/json, Text/Event-Stream;q=0.5")))
			.isTrue();
		MockHttpServletRequest twoHeaders = request("POST", "", "/graphql", "application/json");
		twoHeaders.addHeader("Accept", "text/event-stream");
		assertThat(this.mapping.routed(twoHeaders)).isTrue();
	}

	@Test
	void otherPathsAreRoutedAsBefore() {
		assertThat(this.mapping.routed(request("GET", "", "/graphql/schema", null))).isTrue();
		assertThat(this.mapping.routed(request("GET", "", "/graphqlx", null))).isTrue();
		assertThat(this.mapping.routed(request("GET", "/api", "/api/graphql/schema", null))).isTrue();
		// another context's path that happens to end like the GraphQL path
		assertThat(this.mapping.routed(request("POST", "/api", "/graphql", "application/json"))).isTrue();
	}

	@Test
	void aSkippedRequestFindsNoHandler() throws Exception {
		MockHttpServletRequest request = request("GET", "", "/graphql/schema", null);
		assertThat(this.mapping.routed(request)).isTrue();
		assertThat(this.mapping.getHandlerInternal(request("POST", "", "/graphql", "application/json"))).isNull();
	}

	private static MockHttpServletRequest request(String method, String context, String uri, String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
		request.setContextPath(context);
		if (accept != null) {
			request.addHeader("Accept", accept);
		}
		return request;
	}

}
