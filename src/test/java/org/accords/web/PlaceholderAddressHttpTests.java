package org.accords.web;

import java.io.IOException;
import java.util.Locale;

import org.accords.AccordsTest;
import org.accords.HttpApi;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An address copied from the docs with its placeholder left in
 * ({@code /data/statements.csv?version=<version>}, {@code /data/<collection>.csv}) is
 * answered by Accords, which names what the placeholder stands for, rather than by
 * Tomcat's bare {@code 400} page for the raw {@code <} and {@code >} (curl sends them as
 * typed; a browser encodes them). What is echoed stays escaped on an HTML page.
 */
@AccordsTest
class PlaceholderAddressHttpTests {

	@LocalServerPort
	int port;

	String raw(String target, String accept) throws IOException {
		return new HttpApi(this.port).raw(target, "Accept: " + accept + "\r\n");
	}

	@Test
	void aVersionPlaceholderIsAnsweredByAccordsNamingTheVersionsKept() throws Exception {
		for (String target : new String[] { "/data/statements.csv?version=<version>",
				"/data/citation.bib?version=<version>", "/graphql?query={version}&version=<version>" }) {
			String answer = raw(target, "*/*");
			assertThat(answer).as(target).startsWith("HTTP/1.1 404").doesNotContain("HTTP Status 400");
			assertThat(answer).as(target)
				.contains("Dataset version '<version>' is not kept here")
				.contains("Versions kept, newest first: ");
		}
	}

	@Test
	void aCollectionPlaceholderIsAnsweredWithTheCollections() throws Exception {
		String answer = raw("/data/<collection>.csv", "*/*");
		assertThat(answer).startsWith("HTTP/1.1 404")
			.contains("There is no collection '<collection>'.")
			.contains("Collections: agreements, statements");
	}

	@Test
	void whatIsEchoedOnAPageIsEscaped() throws Exception {
		for (String target : new String[] { "/data/statements.csv?version=<script>alert(1)</script>",
				"/data/<script>.csv", "/statements/<script>", "/<script>" }) {
			String answer = raw(target, "text/html");
			assertThat(answer).as(target).startsWith("HTTP/1.1 404");
			String body = answer.substring(answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
			assertThat(body).as(target).contains("&lt;script&gt;").doesNotContain("<script>");
		}
	}

}
