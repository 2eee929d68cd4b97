package org.accords.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a refusal echoes of what was sent: bounded, invisible characters as codes. */
class EchoTests {

	@Test
	void aValueIsEchoedAtMostEightyCharactersWithItsLengthQuotedOrNot() {
		String value = "x".repeat(100_000);
		assertThat(Echo.quoted(value)).isEqualTo("'" + "x".repeat(80) + "'… (100000 characters)");
		assertThat(Echo.bounded(value)).isEqualTo("x".repeat(80) + "… (100000 characters)");
		assertThat(Echo.quoted("kasciunas")).isEqualTo("'kasciunas'");
		assertThat(Echo.bounded("text/plain")).isEqualTo("text/plain");
	}

	@Test
	void invisibleCharactersAreWrittenAsTheirCodesAndAPairIsNotCut() {
		assertThat(Echo.bounded("a\u202e\u2066\u00ad\r\u2028b")).isEqualTo("aU+202EU+2066U+00ADU+000DU+2028b");
		// 79 characters and a character outside the BMP: it is kept whole
		String value = "x".repeat(79) + "\uD83D\uDE00" + "y".repeat(10);
		assertThat(Echo.bounded(value)).isEqualTo("x".repeat(79) + "\uD83D\uDE00… (91 characters)");
	}

}
