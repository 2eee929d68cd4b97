package org.accords.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import graphql.language.OperationDefinition;
import jakarta.servlet.http.HttpServletRequest;
import org.accords.AccordsProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GraphQL over HTTP, as the GraphQL-over-HTTP specification describes it: POST with a
 * JSON body and GET with a query string, {@code application/graphql-response+json} by
 * default and {@code application/json} when asked. Before any execution it resolves
 * persisted queries, answers {@code If-None-Match} with 304 and serves whole responses
 * from the response cache; it stores successful query responses.
 */
@RestController
class GraphQlEndpoint {

	private static final List<MediaType> PRODUCED = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON);

	private final WebGraphQlHandler handler;

	private final ObjectMapper json;

	private final ObjectMapper canonicalJson;

	private final PersistedQueries persistedQueries;

	private final ResponseCache responseCache;

	private final OperationKinds operationKinds;

	private final DatasetVersionSource versions;

	private final AccordsProperties.Http settings;

	GraphQlEndpoint(WebGraphQlHandler handler, JsonMapper json, PersistedQueries persistedQueries,
			ResponseCache responseCache, OperationKinds operationKinds, DatasetVersionSource versions,
			AccordsProperties properties) {
		this.handler = handler;
		this.json = json;
		this.canonicalJson = json.rebuild().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
		this.persistedQueries = persistedQueries;
		this.responseCache = responseCache;
		this.operationKinds = operationKinds;
		this.versions = versions;
		this.settings = properties.http();
	}

	@GetMapping("${spring.graphql.http.path:/graphql}")
	ResponseEntity<byte[]> get(@RequestParam(required = false) @Nullable String query,
			@RequestParam(required = false) @Nullable String operationName,
			@RequestParam(required = false) @Nullable String variables,
			@RequestParam(required = false) @Nullable String extensions, HttpServletRequest servlet) {
		MediaType format = MediaType.APPLICATION_JSON;
		try {
			format = negotiate(servlet);
			GraphQlHttpRequest request = GraphQlHttpRequest.fromParameters(query, operationName, variables, extensions,
					this.json);
			return serve(HttpMethod.GET, request, format, servlet);
		}
		catch (TransportException ex) {
			return refuse(ex, format);
		}
	}

	@PostMapping("${spring.graphql.http.path:/graphql}")
	ResponseEntity<byte[]> post(HttpServletRequest servlet) {
		MediaType format = MediaType.APPLICATION_JSON;
		try {
			format = negotiate(servlet);
			checkContentType(servlet);
			GraphQlHttpRequest request = GraphQlHttpRequest.fromBody(readBody(servlet), this.json);
			return serve(HttpMethod.POST, request, format, servlet);
		}
		catch (TransportException ex) {
			return refuse(ex, format);
		}
	}

	private ResponseEntity<byte[]> serve(HttpMethod method, GraphQlHttpRequest received, MediaType format,
			HttpServletRequest servlet) {
		GraphQlHttpRequest request = this.persistedQueries.resolve(received);
		String version = this.versions.currentVersion();
		String key = (version != null) ? cacheKey(version, format, request) : null;
		HttpHeaders headers = new HttpHeaders();
		if (key != null && method == HttpMethod.GET) {
			headers.setETag("\"" + key.substring(0, 32) + "\"");
			headers.setCacheControl(CacheControl.maxAge(this.settings.maxAge()).cachePublic());
			if (headers.getETag().equals(servlet.getHeader(HttpHeaders.IF_NONE_MATCH))) {
				return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
			}
		}
		ResponseCache.Entry cached = (key != null) ? this.responseCache.get(key) : null;
		if (cached != null) {
			return ResponseEntity.ok().headers(headers).contentType(cached.contentType()).body(cached.body());
		}
		OperationDefinition.Operation kind = this.operationKinds.of(request.query(), request.operationName());
		if (method == HttpMethod.GET && kind != null && kind != OperationDefinition.Operation.QUERY) {
			HttpHeaders allow = new HttpHeaders();
			allow.setAllow(java.util.Set.of(HttpMethod.POST));
			throw new TransportException(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
					"Only queries may be sent with GET; send " + kind.name().toLowerCase(Locale.ROOT)
							+ " operations with POST",
					allow);
		}
		WebGraphQlResponse response = execute(request, servlet);
		HttpStatus status = status(response, format);
		byte[] body = this.json.writeValueAsBytes(withCodes(response.toMap()));
		boolean cacheable = key != null && kind == OperationDefinition.Operation.QUERY && status == HttpStatus.OK
				&& response.getErrors().isEmpty() && version.equals(executedVersion(response));
		if (cacheable) {
			this.responseCache.put(key, new ResponseCache.Entry(body, format));
		}
		else {
			headers = new HttpHeaders();
		}
		return ResponseEntity.status(status).headers(headers).contentType(format).body(body);
	}

	private WebGraphQlResponse execute(GraphQlHttpRequest request, HttpServletRequest servlet) {
		HttpHeaders headers = new HttpHeaders();
		for (String name : java.util.Collections.list(servlet.getHeaderNames())) {
			headers.put(name, java.util.Collections.list(servlet.getHeaders(name)));
		}
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(URI.create(servlet.getRequestURL().toString()),
				headers, new LinkedMultiValueMap<>(),
				new InetSocketAddress(servlet.getRemoteAddr(), servlet.getRemotePort()), new LinkedHashMap<>(),
				request.toBody(), UUID.randomUUID().toString(), servlet.getLocale());
		return this.handler.handleRequest(graphQlRequest).block();
	}

	private static @Nullable Object executedVersion(WebGraphQlResponse response) {
		return response.getExecutionInput().getGraphQLContext().get(DatasetVersionSource.CONTEXT_KEY);
	}

	/**
	 * 400 for a request that could not start executing (syntax, validation, variables)
	 * when the client reads {@code application/graphql-response+json}; 200 for
	 * {@code application/json}, as the specification asks; 503 when no dataset is served.
	 */
	private static HttpStatus status(WebGraphQlResponse response, MediaType format) {
		if (response.isValid()) {
			return HttpStatus.OK;
		}
		boolean unavailable = response.getErrors()
			.stream()
			.anyMatch((error) -> "SERVICE_UNAVAILABLE".equals(error.getExtensions().get("code")));
		if (unavailable) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		return format.equals(MediaType.APPLICATION_JSON) ? HttpStatus.OK : HttpStatus.BAD_REQUEST;
	}

	/** Gives every error a stable {@code extensions.code}. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> withCodes(Map<String, Object> result) {
		if (!(result.get("errors") instanceof List<?> errors)) {
			return result;
		}
		List<Object> coded = new ArrayList<>();
		for (Object item : errors) {
			Map<String, Object> error = new LinkedHashMap<>((Map<String, Object>) item);
			Map<String, Object> extensions = new LinkedHashMap<>(
					(error.get("extensions") instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of());
			extensions.computeIfAbsent("code", (k) -> switch (String.valueOf(extensions.get("classification"))) {
				case "InvalidSyntax" -> "GRAPHQL_PARSE_FAILED";
				case "ValidationError" -> "GRAPHQL_VALIDATION_FAILED";
				case "OperationNotSupported" -> "BAD_REQUEST";
				default -> "BAD_USER_INPUT";
			});
			error.put("extensions", extensions);
			coded.add(error);
		}
		Map<String, Object> copy = new LinkedHashMap<>(result);
		copy.put("errors", coded);
		return copy;
	}

	private String cacheKey(String version, MediaType format, GraphQlHttpRequest request) {
		String variables = this.canonicalJson.writeValueAsString(request.variables());
		return Hashes.sha256Hex(String.join("\u0000", version, format.toString(),
				(request.operationName() != null) ? request.operationName() : "", request.query(), variables));
	}

	private static MediaType negotiate(HttpServletRequest servlet) {
		String accept = servlet.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return MediaTypes.APPLICATION_GRAPHQL_RESPONSE;
		}
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			throw new TransportException(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "The Accept header is malformed");
		}
		org.springframework.util.MimeTypeUtils.sortBySpecificity(accepted);
		for (MediaType candidate : accepted) {
			for (MediaType produced : PRODUCED) {
				if (candidate.getQualityValue() > 0 && candidate.isCompatibleWith(produced)) {
					return produced;
				}
			}
		}
		throw new TransportException(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
				"Accept one of application/graphql-response+json, application/json");
	}

	/**
	 * Only JSON bodies: the simple requests a browser sends cross-site without a
	 * preflight (text/plain, forms, multipart) are refused, so the API cannot be used for
	 * CSRF.
	 */
	private static void checkContentType(HttpServletRequest servlet) {
		String contentType = servlet.getContentType();
		MediaType type = null;
		try {
			type = (contentType != null) ? MediaType.parseMediaType(contentType) : null;
		}
		catch (InvalidMediaTypeException ex) {
			// refused below
		}
		if (type == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
			throw new TransportException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
					"Send the request body as application/json");
		}
	}

	private byte[] readBody(HttpServletRequest servlet) {
		long limit = this.settings.maxBodySize().toBytes();
		if (servlet.getContentLengthLong() > limit) {
			throw tooLarge(limit);
		}
		try (InputStream in = servlet.getInputStream()) {
			byte[] body = in.readNBytes((int) limit + 1);
			if (body.length > limit) {
				throw tooLarge(limit);
			}
			return body;
		}
		catch (IOException ex) {
			throw GraphQlHttpRequest.badRequest("The request body could not be read");
		}
	}

	private static TransportException tooLarge(long limit) {
		return new TransportException(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE",
				"The request body is larger than " + limit + " bytes");
	}

	private ResponseEntity<byte[]> refuse(TransportException ex, MediaType format) {
		Map<String, Object> error = Map.of("message", ex.getMessage(), "extensions", Map.of("code", ex.code()));
		byte[] body = this.json.writeValueAsString(Map.of("errors", List.of(error))).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.status(ex.status()).headers(ex.headers()).contentType(format).body(body);
	}

}
