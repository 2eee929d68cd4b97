package org.accords.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of several offered types an {@code Accept} header prefers (the downloads named
 * without an extension).
 */
class ContentNegotiationTests {

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	static final List<MediaType> OFFERED = List.of(CSV, MediaType.APPLICATION_JSON, NDJSON);

	@Test
	void anythingOrNoHeaderOrAMalformedOneGetsTheFirstOffered() {
		assertThat(ContentNegotiation.preferred("*/*", OFFERED)).isEqualTo(CSV);
		assertThat(ContentNegotiation.preferred(null, OFFERED)).isEqualTo(CSV);
		assertThat(ContentNegotiation.preferred("", OFFERED)).isEqualTo(CSV);
		assertThat(ContentNegotiation.preferred("not a media type;;", OFFERED)).isEqualTo(CSV);
	}

	@Test
	void theHighestQualityWinsAndTheMostSpecificRangeSetsIt() {
		assertThat(ContentNegotiation.preferred("text/csv;q=0.5, application/x-ndjson", OFFERED)).isEqualTo(NDJSON);
		// application/json is refused by name though application/* would take it
		assertThat(ContentNegotiation.preferred("application/*, application/json;q=0", OFFERED)).isEqualTo(NDJSON);
		assertThat(ContentNegotiation.preferred("text/*;q=0.2, */*;q=0.1", OFFERED)).isEqualTo(CSV);
		// a browser: HTML and XML first, then anything
		assertThat(ContentNegotiation.preferred("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
				OFFERED))
			.isEqualTo(CSV);
	}

	@Test
	void aHeaderThatTakesNoneOfThemGetsNull() {
		assertThat(ContentNegotiation.preferred("image/png, text/html", OFFERED)).isNull();
		assertThat(ContentNegotiation.preferred("*/*;q=0", OFFERED)).isNull();
	}

}
