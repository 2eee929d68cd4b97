package org.accords.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Plain HTTP requests to a running test server, as clients send them.
 */
final class HttpClientSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	HttpClientSupport(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<String> post(String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + "/graphql"))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		boolean typed = false;
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
			typed |= headers[i].equalsIgnoreCase("Content-Type");
		}
		if (!typed) {
			request.header("Content-Type", "application/json");
		}
		return send(request.build());
	}

	HttpResponse<String> get(String query, String... headersAndParams) {
		StringBuilder uri = new StringBuilder(this.base + "/graphql?query=" + encode(query));
		HttpRequest.Builder request = HttpRequest.newBuilder();
		for (int i = 0; i < headersAndParams.length; i += 2) {
			if (headersAndParams[i].startsWith("?")) {
				uri.append('&')
					.append(headersAndParams[i].substring(1))
					.append('=')
					.append(encode(headersAndParams[i + 1]));
			}
			else {
				request.header(headersAndParams[i], headersAndParams[i + 1]);
			}
		}
		return send(request.uri(URI.create(uri.toString())).GET().build());
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The response's bytes as sent: a gzip body stays gzip. */
	HttpResponse<byte[]> bytes(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	URI uri(String path) {
		return URI.create(this.base + path);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
