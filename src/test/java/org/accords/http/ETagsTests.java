package org.accords.http;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@code If-None-Match} is read, the one rule of every route with an ETag. */
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
			assertThat(ETags.notModified(request, response, "\"a\"")).as(method).isTrue();
			assertThat(response.getStatus()).isEqualTo(304);
			assertThat(response.getHeader("ETag")).isEqualTo("\"a\"");
		}
	}

	@Test
	void aGetWhoseTagIsNotNamedIsAnsweredWithTheTag() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
		request.addHeader("If-None-Match", "\"old\"");
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(ETags.notModified(request, response, "\"a\"")).isFalse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("ETag")).isEqualTo("\"a\"");
	}

	@Test
	void anUnsafeMethodIsNeverNotModified() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
		request.addHeader("If-None-Match", "*");
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(ETags.notModified(request, response, "\"a\"")).isFalse();
		assertThat(response.getStatus()).isEqualTo(200);
	}

}
