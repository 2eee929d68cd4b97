package org.accords;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP tests' client of a running application: GET a path, POST a GraphQL query, and
 * read answers, as a browser or curl would.
 *
 * @param port the application's port ({@code @LocalServerPort})
 */
public record HttpApi(int port) {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** The body of a GET that must answer 200, such as a download. */
	public String ok(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	/** A page a browser asks for: 200, HTML. */
	public String html(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path, "text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		return response.body();
	}

	/**
	 * The whole answer to a GraphQL query POSTed to {@code /graphql}, errors included.
	 */
	public JsonNode post(String query) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
			.build(), HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body());
	}

	/** The {@code data} of a GraphQL query that must answer without errors. */
	public JsonNode query(String query) throws IOException, InterruptedException {
		JsonNode body = post(query);
		assertThat(body.has("errors")).as(body.toString()).isFalse();
		return body.get("data");
	}

	/** The records of a CSV download or answer, its header first. */
	public static List<CSVRecord> csv(String text) throws IOException {
		try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
			return parser.getRecords();
		}
	}

	/** The value at {@code field} of each element of an array ("null" for a null). */
	public static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach((node) -> values.add(node.at(field).isNull() ? "null" : node.at(field).asString()));
		return values;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/**
	 * A raw HTTP/1.1 GET of {@code target} with {@code headers} (each ending in CRLF),
	 * the whole answer as text: Java's HTTP client refuses an address that is not a URI.
	 */
	public String raw(String target, String headers) throws IOException {
		try (java.net.Socket socket = new java.net.Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n")
					.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
