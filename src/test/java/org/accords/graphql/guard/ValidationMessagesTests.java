package org.accords.graphql.guard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suggestions of validation messages, without an application (the messages
 * themselves: ReadableErrorsTests).
 */
class ValidationMessagesTests {

	@Test
	void distanceIsLevenshtein() {
		assertThat(ValidationMessages.distance("frist", "first")).isEqualTo(2);
		assertThat(ValidationMessages.distance("txt", "text")).isEqualTo(1);
		assertThat(ValidationMessages.distance("", "abc")).isEqualTo(3);
	}

}
