package org.accords.graphql;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.accords.AccordsTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search terms are bounded and printable: a term over
 * {@code accords.limits.max-search-length}, with a control character, or with nothing to
 * match (only white space of any kind or combining marks) is refused with
 * {@code BAD_USER_INPUT}, never a 500, and the longest allowed term is answered quickly.
 */
@AccordsTest
class SearchTermTests {

	@LocalServerPort
	int port;

	HttpResponse<String> post(String jsonQuery) {
		return new HttpClientSupport(this.port).post("{\"query\":\"" + jsonQuery + "\"}");
	}

	static void refusedAsBadInput(HttpResponse<String> response, String... message) {
		assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
		assertThat(response.body()).contains("\"code\":\"BAD_USER_INPUT\"").contains(message);
	}

	@Test
	void searchTermsOverTheLengthLimitAreRefusedNamingIt() {
		refusedAsBadInput(post("{ search(text: \\\"" + "q".repeat(201) + "\\\") { totalCount } }"),
				"text is 201 characters long, over the limit of 200");
		refusedAsBadInput(
				post("{ statements(filter: { speakerName: \\\"" + "k".repeat(201) + "\\\" }) { totalCount } }"),
				"filter.speakerName is 201 characters long");
		refusedAsBadInput(post("{ people(filter: { name: \\\"" + "k".repeat(201) + "\\\" }) { totalCount } }"),
				"filter.name is 201");
		refusedAsBadInput(post("{ agreements(filter: { text: \\\"" + "k".repeat(201) + "\\\" }) { totalCount } }"),
				"filter.text is 201");
		refusedAsBadInput(post("{ posts(filter: { role: \\\"" + "k".repeat(201) + "\\\" }) { totalCount } }"),
				"filter.role is 201");
	}

	@Test
	void theLongestAllowedRepeatedCharacterTermIsAnsweredQuickly() {
		Instant start = Instant.now();
		HttpResponse<String> response = post("{ search(text: \\\"" + "q".repeat(200) + "\\\") { totalCount } }");
		Duration took = Duration.between(start, Instant.now());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("\"totalCount\":0").doesNotContain("errors");
		assertThat(took).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void aSearchTermWithAControlCharacterIsBadInputNotAnInternalError() {
		HttpResponse<String> response = post("{ search(text: \\\"a\\\\u0000b\\\") { totalCount } }");
		refusedAsBadInput(response, "text contains the control character U+0000");
		assertThat(response.body()).doesNotContain("INTERNAL");
	}

	@Test
	void aSearchOfOnlyNoBreakSpacesOrCombiningMarksIsBlank() {
		refusedAsBadInput(post("{ search(text: \\\"\\u00a0\\u00a0\\u202f\\\") { totalCount } }"), "text is blank");
		refusedAsBadInput(post("{ search(text: \\\"\\u0301\\u0308\\\") { totalCount } }"), "text is blank");
	}

	@Test
	void aSearchOfOnlyEmojiOrPunctuationIsRefusedNotAnsweredEmpty() {
		refusedAsBadInput(post("{ search(text: \\\"\\uD83D\\uDE80\\\") { totalCount } }"),
				"text has no letter or digit to search for");
		refusedAsBadInput(post("{ search(text: \\\"?! -- ...\\\") { totalCount } }"),
				"text has no letter or digit to search for");
	}

	@Test
	void aBlankOrUnsearchableFilterTermIsRefusedNamingItNotIgnored() {
		refusedAsBadInput(post("{ statements(filter: { speakerName: \\\"\\\" }) { totalCount } }"),
				"filter.speakerName is blank");
		refusedAsBadInput(post("{ statements(filter: { text: \\\"  \\\" }) { totalCount } }"), "filter.text is blank");
		refusedAsBadInput(post("{ people(filter: { name: \\\"\\\" }) { totalCount } }"), "filter.name is blank");
		refusedAsBadInput(post("{ organizations(filter: { name: \\\"...\\\" }) { totalCount } }"),
				"filter.name has no letter or digit");
		refusedAsBadInput(post("{ agreements(filter: { text: \\\"\\\" }) { totalCount } }"), "filter.text is blank");
		refusedAsBadInput(post("{ cooperationAreas(filter: { text: \\\"\\\" }) { totalCount } }"),
				"filter.text is blank");
		refusedAsBadInput(post("{ commitments(filter: { text: \\\"\\\" }) { totalCount } }"), "filter.text is blank");
		refusedAsBadInput(post("{ posts(filter: { role: \\\"\\\" }) { totalCount } }"), "filter.role is blank");
	}

	@Test
	void aCursorPastTheLargestOffsetIsBadInput() {
		refusedAsBadInput(post("{ statements(after: \\\"b2Zmc2V0OjkyMjMzNzIwMzY4NTQ3NzU4MDc\\\") { totalCount } }"),
				"is not a cursor of this connection");
	}

}
