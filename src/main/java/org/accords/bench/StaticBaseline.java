package org.accords.bench;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Profile;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's floor: the same response bytes a query produces, served from a map by a
 * plain endpoint with no GraphQL work at all. Exists only in the {@code bench} profile.
 */
@RestController
@Profile("bench")
class StaticBaseline {

	private final Map<String, byte[]> responses = new ConcurrentHashMap<>();

	private final WebGraphQlHandler handler;

	private final JsonMapper json;

	StaticBaseline(WebGraphQlHandler handler, JsonMapper json) {
		this.handler = handler;
		this.json = json;
	}

	/** The response to {@code query}, executed once and then served as stored bytes. */
	@GetMapping("/bench/static")
	ResponseEntity<byte[]> serve(@RequestParam String query,
			@RequestParam(required = false) @Nullable String variables) {
		byte[] body = this.responses.computeIfAbsent(query + "\u0000" + variables, (key) -> execute(query, variables));
		return ResponseEntity.ok().contentType(MediaTypes.APPLICATION_GRAPHQL_RESPONSE).body(body);
	}

	@SuppressWarnings("unchecked")
	private byte[] execute(String query, @Nullable String variables) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("query", query);
		if (variables != null) {
			body.put("variables", this.json.readValue(variables, Map.class));
		}
		WebGraphQlRequest request = new WebGraphQlRequest(java.net.URI.create("http://localhost/graphql"),
				new HttpHeaders(), new LinkedMultiValueMap<>(), Map.of(), body, "bench", null);
		return this.json.writeValueAsBytes(Objects.requireNonNull(this.handler.handleRequest(request).block()).toMap());
	}

}
