package org.accords.graphql.http;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accords.http.Echo;
import org.accords.graphql.DatasetVersionSource;
import org.accords.graphql.ErrorCode;
import org.accords.graphql.MisspeltParameters;
import org.accords.http.Bom;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GraphQL over HTTP, as the GraphQL-over-HTTP specification describes it: POST with a
 * JSON body and GET with a query string, {@code application/graphql-response+json} by
 * default, {@code application/json} or {@code text/csv} when asked. It reads and checks
 * the HTTP request; {@link GraphQlTransport} does the rest.
 */
@RestController
class GraphQlEndpoint {

	private static final Log logger = LogFactory.getLog(GraphQlEndpoint.class);

	private static final List<MediaType> PRODUCED = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			GraphQlTransport.CSV, MediaType.APPLICATION_JSON);

	/** The methods {@code /graphql} serves (HEAD as GET without a body). */
	static final Set<HttpMethod> ALLOWED = Collections.unmodifiableSet(
			new LinkedHashSet<>(List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.OPTIONS)));

	/** The most media types an Accept header may list. */
	static final int MAX_ACCEPTED = 50;

	/** The most Accept values whose media type is remembered. */
	static final int NEGOTIATED = 256;

	/**
	 * The query parameters a GET reads: the request's, the dataset version's and the CSV
	 * answer's byte order mark; one a slip away from these is refused
	 * ({@link MisspeltParameters}), as a POST body's unknown key is.
	 */
	private static final List<String> GET_PARAMETERS = List.of("query", "operationName", "variables", "extensions",
			DatasetVersionSource.PARAMETER, Bom.PARAMETER);

	private final Map<String, MediaType> negotiated = new ConcurrentHashMap<>();

	private final GraphQlTransport transport;

	private final ObjectMapper json;

	private final RequestBodies bodies;

	GraphQlEndpoint(GraphQlTransport transport, JsonMapper json, RequestBodies bodies) {
		this.transport = transport;
		this.json = json;
		this.bodies = bodies;
	}

	@GetMapping("${spring.graphql.http.path:/graphql}")
	void get(@RequestParam(required = false) @Nullable String query,
			@RequestParam(required = false) @Nullable String operationName,
			@RequestParam(required = false) @Nullable String variables,
			@RequestParam(required = false) @Nullable String extensions, HttpServletRequest servlet,
			HttpServletResponse response) throws IOException {
		MediaType format = MediaType.APPLICATION_JSON;
		GraphQlHttpRequest request = null;
		ResponseEntity<?> answer;
		try {
			format = negotiate(servlet);
			String misspelt = MisspeltParameters.refusal(Collections.list(servlet.getParameterNames()), GET_PARAMETERS);
			if (misspelt != null) {
				throw new TransportException(ErrorCode.BAD_REQUEST, misspelt);
			}
			for (String name : GET_PARAMETERS) {
				String[] values = servlet.getParameterValues(name);
				if (values != null && values.length > 1) {
					// Spring joined them with a comma (white space to GraphQL), where a
					// proxy or a log may read the first: refused as a key named twice is
					throw new TransportException(ErrorCode.BAD_REQUEST, "The query string gives " + Echo.quoted(name)
							+ " more than once: give each parameter once (readers differ on which value they take)");
				}
			}
			if (query == null && extensions == null) {
				// the endpoint's address opened in a browser, or a link without its query
				throw new TransportException(ErrorCode.BAD_REQUEST,
						"A \"query\" is required: send it as a parameter (" + servlet.getRequestURI()
								+ "?query={ dataset { version } }) or POST it in a JSON body; to"
								+ " explore the API in a browser, open " + servlet.getContextPath() + "/graphiql");
			}
			request = GraphQlHttpRequest.fromParameters(query, operationName, variables, extensions, this.json);
			answer = this.transport.serve(HttpMethod.GET, request, format, servlet);
		}
		catch (TransportException ex) {
			answer = this.transport.refuseCharged(ex, format, servlet, request);
		}
		send(answer, response);
	}

	@PostMapping("${spring.graphql.http.path:/graphql}")
	void post(HttpServletRequest servlet, HttpServletResponse response) throws IOException {
		MediaType format = MediaType.APPLICATION_JSON;
		GraphQlHttpRequest request = null;
		ResponseEntity<?> answer;
		try {
			format = negotiate(servlet);
			checkContentType(servlet);
			request = GraphQlHttpRequest.fromBody(this.bodies.read(servlet), this.json);
			answer = this.transport.serve(HttpMethod.POST, request, format, servlet);
		}
		catch (TransportException ex) {
			answer = this.transport.refuseCharged(ex, format, servlet, request);
		}
		send(answer, response);
	}

	/**
	 * Writes an answer straight to the servlet response, as Spring MVC would write a
	 * {@code ResponseEntity<byte[]>} (a {@code Vary} value already set, by CORS, is not
	 * repeated), without its message converters and content negotiation, which cost more
	 * than the rest of a cached answer: the transport has chosen the media type already.
	 */
	static void send(ResponseEntity<?> answer, HttpServletResponse response) throws IOException {
		response.setStatus(answer.getStatusCode().value());
		HttpHeaders headers = answer.getHeaders();
		headers.forEach((name, values) -> {
			if (!HttpHeaders.VARY.equalsIgnoreCase(name)) {
				values.forEach((value) -> response.addHeader(name, value));
			}
		});
		for (String vary : headers.getVary()) {
			if (!response.getHeaders(HttpHeaders.VARY).contains(vary)) {
				response.addHeader(HttpHeaders.VARY, vary);
			}
		}
		Object body = answer.getBody();
		if (body instanceof byte[] bytes) {
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
		}
		else if (body instanceof GraphQlTransport.JoinedBody joined) {
			response.setContentLengthLong(joined.length());
			joined.writeTo(response.getOutputStream());
		}
	}

	/**
	 * PUT, PATCH and DELETE get the same GraphQL-shaped 405 as a mutation over GET, not
	 * the servlet container's error page, saying that nothing here changes anything.
	 */
	@RequestMapping(path = "${spring.graphql.http.path:/graphql}",
			method = { RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE })
	ResponseEntity<byte[]> otherMethods(HttpServletRequest servlet) {
		HttpHeaders allow = new HttpHeaders();
		allow.setAllow(ALLOWED);
		return this.transport.refuse(new TransportException(ErrorCode.METHOD_NOT_ALLOWED,
				servlet.getMethod()
						+ " is not supported: Accords is read-only (no mutations); send queries with GET or POST",
				allow), MediaType.APPLICATION_JSON, null);
	}

	/**
	 * The methods that work, not every method mapped here: Spring's own OPTIONS answer
	 * would list PUT, PATCH and DELETE, which only serve the 405 above. CORS preflights
	 * never reach this (Spring answers them from the CORS configuration).
	 */
	@RequestMapping(path = "${spring.graphql.http.path:/graphql}", method = RequestMethod.OPTIONS)
	ResponseEntity<Void> options() {
		return ResponseEntity.noContent().allow(ALLOWED.toArray(HttpMethod[]::new)).build();
	}

	/**
	 * {@code /graphql/} is not served as {@code /graphql}, but answered with a
	 * GraphQL-shaped 404 that names the address, whatever the method: one address keeps
	 * one cache entry, one ETag, one CORS and rate-limit rule and one line of metrics per
	 * query, and {@code /graphql/} is the parent of {@code /graphql/schema} and
	 * {@code /graphql/ws}, not the endpoint. A redirect would not do: a browser does not
	 * follow one in a CORS preflight, and curl does not without {@code -L}. Its CORS rule
	 * is the endpoint's, so a page on another origin reads this message, not a CORS
	 * failure.
	 */
	@RequestMapping(path = "${spring.graphql.http.path:/graphql}/", method = { RequestMethod.GET, RequestMethod.HEAD,
			RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE, RequestMethod.OPTIONS })
	ResponseEntity<byte[]> trailingSlash(HttpServletRequest servlet) {
		String path = servlet.getRequestURI().substring(0, servlet.getRequestURI().length() - 1);
		return this.transport.refuse(
				new TransportException(ErrorCode.NOT_FOUND, "Nothing is served at " + path
						+ "/: send GraphQL requests to " + path + ", without the trailing slash"),
				MediaType.APPLICATION_JSON, null);
	}

	/**
	 * Any other address under {@code /graphql/} (a typo such as {@code /graphql/query} or
	 * {@code /graphql/v1}) is answered as {@code /graphql/} is: a GraphQL-shaped 404 that
	 * names the endpoint, under the endpoint's CORS rule, rather than Spring's bare error
	 * JSON, which a page on another origin could not even read (a CORS failure in its
	 * console). {@code /graphql/schema} and {@code /graphql/ws} are mapped ahead of this.
	 */
	@RequestMapping(path = "${spring.graphql.http.path:/graphql}/**", method = { RequestMethod.GET, RequestMethod.HEAD,
			RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE, RequestMethod.OPTIONS })
	ResponseEntity<byte[]> notServed(HttpServletRequest servlet,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		String endpoint = servlet.getContextPath() + path;
		return this.transport.refuse(
				new TransportException(ErrorCode.NOT_FOUND, "Nothing is served at " + servlet.getRequestURI()
						+ ": send GraphQL requests to " + endpoint + " (the schema is at " + endpoint + "/schema)"),
				MediaType.APPLICATION_JSON, null);
	}

	/** A bug of ours still answers in GraphQL's shape, without its details. */
	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<byte[]> internalError(RuntimeException ex) {
		logger.error("Internal error serving /graphql", ex);
		return this.transport.refuse(new TransportException(ErrorCode.INTERNAL, "Internal error"),
				MediaType.APPLICATION_JSON, null);
	}

	/**
	 * The media type answered for the Accept header's value: the one chosen before for
	 * the same value, else {@link #choose}'s (remembered for up to {@link #NEGOTIATED}
	 * values). Parsing and sorting the same few Accept values again for each request was
	 * a few percent of the CPU of an answer from the response cache, and of a 304.
	 */
	MediaType negotiate(HttpServletRequest servlet) {
		String accept = servlet.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return MediaTypes.APPLICATION_GRAPHQL_RESPONSE;
		}
		MediaType chosen = this.negotiated.get(accept);
		if (chosen == null) {
			// a refused value throws, and is parsed again when it comes again
			chosen = choose(accept);
			if (this.negotiated.size() < NEGOTIATED) {
				this.negotiated.put(accept, chosen);
			}
		}
		return chosen;
	}

	/** How many Accept values have their media type remembered. */
	int negotiatedValues() {
		return this.negotiated.size();
	}

	/** The media type answered for an Accept value that is not blank. */
	static MediaType choose(String accept) {
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			throw new TransportException(ErrorCode.BAD_REQUEST, "The Accept header is malformed");
		}
		if (accepted.size() > MAX_ACCEPTED) {
			// Spring refuses to sort longer lists (a guard against quadratic sorting)
			throw new TransportException(ErrorCode.BAD_REQUEST,
					"The Accept header lists " + accepted.size() + " media types, more than " + MAX_ACCEPTED);
		}
		org.springframework.util.MimeTypeUtils.sortBySpecificity(accepted);
		for (MediaType candidate : accepted) {
			if (candidate.getQualityValue() <= 0) {
				continue;
			}
			if ((candidate.isWildcardType() || candidate.isWildcardSubtype())
					&& candidate.isCompatibleWith(MediaType.APPLICATION_JSON)) {
				// a range (*/*, application/*) names no GraphQL type: a browser opening a
				// query's link, fetch() and curl by default. application/json, which
				// browsers display where they download graphql-response+json, and which
				// the specification's audit asks for */* (graphql-http, Apollo Server and
				// Yoga answer it); its statuses are the ones the client did not opt out
				// of
				return MediaType.APPLICATION_JSON;
			}
			for (MediaType produced : PRODUCED) {
				if (candidate.isCompatibleWith(produced)) {
					return produced;
				}
			}
		}
		String acceptable = "Accept one of application/graphql-response+json, application/json, text/csv";
		if (accepted.stream().anyMatch((type) -> type.isCompatibleWith(MediaType.TEXT_EVENT_STREAM))) {
			// a POST asking for it is a subscription's, taken by its own route; here it
			// is a GET, as new EventSource('/graphql?query=subscription …') sends
			throw new TransportException(ErrorCode.NOT_ACCEPTABLE, acceptable
					+ "; text/event-stream answers a subscription POSTed here (graphql-sse): EventSource cannot POST,"
					+ " read the stream with fetch, or use the WebSocket at /graphql/ws");
		}
		throw new TransportException(ErrorCode.NOT_ACCEPTABLE, acceptable);
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
			// say what was received: a page's fetch() sends a JSON string as text/plain
			// unless told, and "send the body as JSON" would not tell its author what to
			// change
			String send = "send the JSON body with the header Content-Type: application/json";
			throw new TransportException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
					(contentType == null) ? "The request has no Content-Type header: " + send
							: (type == null)
									? "The request's Content-Type " + Echo.quoted(contentType)
											+ " is not a media type: " + send
									: "The request's Content-Type is " + Echo.bounded(type.toString())
											+ ", not application/json: " + send + sentBy(type));
		}
	}

	/** Which common client sends this type by itself, and how to make it send JSON's. */
	private static String sentBy(MediaType type) {
		if (MediaType.TEXT_PLAIN.equalsTypeAndSubtype(type)) {
			return " (fetch() labels a string body text/plain unless its headers say otherwise)";
		}
		if (MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(type)) {
			return " (curl -d labels its body a form unless -H 'Content-Type: application/json' says otherwise)";
		}
		if ("graphql".equals(type.getSubtype())) {
			// application/graphql, which express-graphql read and the GraphQL-over-HTTP
			// specification dropped: the body is a document, not JSON
			return " (a document sent as the whole body is not read: send it as the query of a JSON object,"
					+ " {\"query\": \"{ … }\"})";
		}
		return "";
	}

}
