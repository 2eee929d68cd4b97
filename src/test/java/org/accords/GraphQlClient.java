package org.accords;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.WebGraphQlTester;

/**
 * A tester that goes through the same web handler and interceptors as HTTP requests,
 * without a server.
 */
public final class GraphQlClient {

	private GraphQlClient() {
	}

	public static WebGraphQlTester of(WebGraphQlHandler handler) {
		return WebGraphQlTester.create(handler);
	}

}
