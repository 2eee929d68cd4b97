package org.accords.paging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What an id argument of the wrong type is told: the type names take their article, so
 * that an agreement's id given where an organization's goes reads as English ("is the id
 * of a Agreement, expected a Organization" did not).
 */
class NodeIdTests {

	@Test
	void anIdOfAnotherTypeNamesBothTypesWithTheirArticles() {
		String agreement = NodeId.of("Agreement", "lt-ua-memorandum");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> NodeId.check(agreement, "Organization", "filter.organization"))
			.withMessage(
					"filter.organization: '" + agreement + "' is the id of an Agreement, expected an Organization");
		String event = NodeId.of("Event", "kyiv-visit");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> NodeId.check(event, "Country", "filter.country"))
			.withMessage("filter.country: '" + event + "' is the id of an Event, expected a Country");
	}

	@Test
	void aValueThatIsNoIdNamesTheTypeWithItsArticle() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> NodeId.check("ministry", "Organization", "filter.organization"))
			.withMessageStartingWith("filter.organization: 'ministry' is not an Accords id; expected the id of an"
					+ " Organization, as its `id` field");
	}

	@Test
	void theArticleIsChosenByTheFirstLetter() {
		assertThat(NodeId.article("Agreement")).isEqualTo("an");
		assertThat(NodeId.article("organization")).isEqualTo("an");
		assertThat(NodeId.article("Statement")).isEqualTo("a");
		assertThat(NodeId.article("cooperation area")).isEqualTo("a");
	}

	@Test
	void aRefusalQuotesAHundredKilobyteValueCutAndSaysItsLength() {
		String value = "kasciunas-".repeat(10_000);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> NodeId.parse(value, "id"))
			.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(400)
				.startsWith("id: '" + value.substring(0, 80) + "'… (100000 characters) is not an Accords id"));
		assertThatExceptionOfType(NotAnIdException.class)
			.isThrownBy(() -> NodeId.check(value, "Person", "filter.person"))
			.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(400));
	}

	@Test
	void aRefusalWritesBidirectionalAndZeroWidthCharactersAsTheirCodes() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> NodeId.parse("kasciunas\u202e\u200bevil\u0007", "id"))
			.withMessageStartingWith("id: 'kasciunasU+202EU+200BevilU+0007' is not an Accords id");
	}

}
