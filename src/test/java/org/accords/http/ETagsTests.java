package org.accords.http;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code If-Match} and {@code If-None-Match} are read, the one rule of every route
 * with an ETag.
 */
class ETagsTests {

	@Test
	void ifNoneMatchNamesATagStrongOrWeak() {
		assertThat(ETags.named("\"a\", W/\"b\"", "\"b\"")).isTrue();
		assertThat(ETags.named("\"a-gzip\"", "\"a\"")).isFalse();
		assertThat(ETags.named(null, "\"a\"")).isFalse();
	}

	@Test
	void aStarNamesAnyCurrentRepresentation() {
		assertThat(ETags.named("*", "\"a\"")).isTrue();
		assertThat(ETags.named("*", "W/\"a\"")).isTrue();
	}

	@Test
	void aGetOrHeadWhoseTagIsNamedIsNotModifiedAndCarriesTheTag() {
		for (String method : new String[] { "GET", "HEAD" }) {
			MockHttpServletRequest request = new MockHttpServletRequest(method, "/x");
			request.addHeader("If-None-Match", "\"other\"");
			request.addHeader("If-None-Match", "*");
			MockHttpServletResponse response = new MockHttpServletResponse();
			assertThat(ETags.answered(request, response, "\"a\"")).as(method).isTrue();
			assertThat(response.getStatus()).isEqualTo(304);
			assertThat(response.getHeader("ETag")).isEqualTo("\"a\"");
		}
	}

	@Test
	void aGetWhoseTagIsNotNamedIsAnsweredWithTheTag() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
		request.addHeader("If-None-Match", "\"old\"");
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(ETags.answered(request, response, "\"a\"")).isFalse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("ETag")).isEqualTo("\"a\"");
	}

	@Test
	void ifMatchNamesATagByStrongComparisonOnly() {
		assertThat(ETags.matched("\"a\", \"b\"", "\"b\"")).isTrue();
		assertThat(ETags.matched("*", "\"a\"")).isTrue();
		assertThat(ETags.matched("*", "W/\"a\"")).isTrue();
		assertThat(ETags.matched("W/\"a\"", "\"a\"")).isFalse();
		assertThat(ETags.matched("\"a\"", "W/\"a\"")).isFalse();
		assertThat(ETags.matched(null, "\"a\"")).isFalse();
	}

	@Test
	void anIfMatchThatNamesNoCurrentTagFailsWithoutTheTag() {
		for (String ifMatch : new String[] { "\"old\"", "W/\"a\"", "\"a-gzip\"" }) {
			for (String method : new String[] { "GET", "HEAD" }) {
				MockHttpServletRequest request = new MockHttpServletRequest(method, "/x");
				request.addHeader("If-Match", ifMatch);
				MockHttpServletResponse response = new MockHttpServletResponse();
				assertThat(ETags.answered(request, response, "\"a\"")).as(ifMatch).isTrue();
				assertThat(response.getStatus()).as(ifMatch).isEqualTo(412);
				assertThat(response.getHeader("ETag")).as(ifMatch).isNull();
			}
		}
	}

	@Test
	void anIfMatchThatNamesTheTagOrStarProceeds() {
		for (String ifMatch : new String[] { "\"a\"", "*", "\"old\", \"a\"" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
			request.addHeader("If-Match", ifMatch);
			MockHttpServletResponse response = new MockHttpServletResponse();
			assertThat(ETags.answered(request, response, "\"a\"")).as(ifMatch).isFalse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("ETag")).isEqualTo("\"a\"");
		}
	}

	@Test
	void ifMatchIsReadBeforeIfNoneMatch() {
		MockHttpServletRequest failed = new MockHttpServletRequest("GET", "/x");
		failed.addHeader("If-Match", "\"old\"");
		failed.addHeader("If-None-Match", "\"a\"");
		assertThat(ETags.precondition(failed, "\"a\"", false))
			.isEqualTo(new ETags.Precondition(HttpStatus.PRECONDITION_FAILED, null));
		MockHttpServletRequest current = new MockHttpServletRequest("GET", "/x");
		current.addHeader("If-Match", "\"a\"");
		current.addHeader("If-None-Match", "\"a\"");
		assertThat(ETags.precondition(current, "\"a\"", false))
			.isEqualTo(new ETags.Precondition(HttpStatus.NOT_MODIFIED, "\"a\""));
	}

	@Test
	void aWeakTagIsMatchedByStarOnly() {
		MockHttpServletRequest named = new MockHttpServletRequest("GET", "/graphql");
		named.addHeader("If-Match", "W/\"a\"");
		assertThat(ETags.precondition(named, "W/\"a\"", true)).extracting(ETags.Precondition::failed).isEqualTo(true);
		MockHttpServletRequest star = new MockHttpServletRequest("GET", "/graphql");
		star.addHeader("If-Match", "*");
		assertThat(ETags.precondition(star, "W/\"a\"", true)).isNull();
	}

	@Test
	void eitherCopysTagPassesIfMatchWhereThereIsAGzipCopy() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/graphql/schema");
		request.addHeader("If-Match", Gzip.variant("\"a\""));
		assertThat(ETags.precondition(request, "\"a\"", true)).isNull();
		assertThat(ETags.precondition(request, "\"a\"", false)).extracting(ETags.Precondition::failed).isEqualTo(true);
	}

	@Test
	void aClientNamingTheIdentityCopyHoldsIt() {
		MockHttpServletRequest resumed = new MockHttpServletRequest("GET", "/data/x.csv");
		resumed.addHeader("If-Match", "\"a\"");
		assertThat(ETags.holdsIdentity(resumed, "\"a\"")).isTrue();
		MockHttpServletRequest star = new MockHttpServletRequest("GET", "/data/x.csv");
		star.addHeader("If-Match", "*");
		assertThat(ETags.holdsIdentity(star, "\"a\"")).as("* names no copy").isFalse();
		MockHttpServletRequest revalidated = new MockHttpServletRequest("GET", "/data/x.csv");
		revalidated.addHeader("If-None-Match", "\"a\"");
		assertThat(ETags.holdsIdentity(revalidated, "\"a\"")).isTrue();
	}

	@Test
	void anUnsafeMethodIsNeverNotModified() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
		request.addHeader("If-None-Match", "*");
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(ETags.answered(request, response, "\"a\"")).isFalse();
		assertThat(response.getStatus()).isEqualTo(200);
	}

}
