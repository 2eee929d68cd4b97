package org.accords.graphql.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check that spares parsing Accept for JSON requests keeps every value that could
 * list {@code text/event-stream}, in any case and with any parameters.
 */
class SubscriptionTransportsTests {

	@Test
	void anAcceptValueNamingAnEventStreamInAnyCaseIsParsed() {
		assertThat(SubscriptionTransports.namesEventStream("text/event-stream")).isTrue();
		assertThat(SubscriptionTransports.namesEventStream("application/json, TEXT/Event-Stream;q=0.5")).isTrue();
	}

	@Test
	void anAcceptValueWithoutOneIsNot() {
		assertThat(SubscriptionTransports.namesEventStream("application/graphql-response+json, application/json"))
			.isFalse();
		assertThat(SubscriptionTransports.namesEventStream("*/*")).isFalse();
		assertThat(SubscriptionTransports.namesEventStream("text/*")).isFalse();
	}

}
