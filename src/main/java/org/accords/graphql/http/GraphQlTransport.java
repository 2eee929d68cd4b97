package org.accords.graphql.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import jakarta.servlet.http.HttpServletRequest;
import org.accords.AccordsProperties;
import org.accords.graphql.ConnectionCsv;
import org.accords.graphql.CsvNextPage;
import org.accords.graphql.CsvRows;
import org.accords.graphql.DatasetVersionSource;
import org.accords.graphql.ErrorCode;
import org.accords.graphql.Hashes;
import org.accords.graphql.InputRefusals;
import org.accords.graphql.VersionNotKeptException;
import org.accords.paging.InvalidInputException;
import org.accords.graphql.guard.Admission;
import org.accords.graphql.guard.QueryTimeout;
import org.accords.graphql.guard.RateLimiter;
import org.accords.graphql.guard.Refusal;
import org.accords.http.Bom;
import org.accords.http.ETags;
import org.accords.http.Gzip;
import org.accords.http.Release;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriUtils;

/**
 * Runs one GraphQL-over-HTTP request once {@link GraphQlEndpoint} has read it, as a
 * pipeline read top to bottom in {@link #serve}: the dataset version and the client from
 * the HTTP request; the {@link Admission} (persisted query, limits, cost, rate limit),
 * which admits or refuses it; HTTP caching ({@code If-None-Match} answered with 304,
 * whole responses from the response cache); execution with a timeout; the answer written
 * as JSON or CSV, stored in the response cache when it may be shared.
 */
@Component
class GraphQlTransport implements DisposableBean {

	/**
	 * The first connection of a query's result as a spreadsheet: {@link ConnectionCsv}.
	 */
	static final MediaType CSV = MediaType.parseMediaType(ConnectionCsv.MEDIA_TYPE);

	/**
	 * The shortest answer sent in gzip to a client that takes it. Shorter ones are sent
	 * as they are: an answer of 1 KiB or less and its headers fit in one TCP segment
	 * (1,460 bytes) either way, so gzip would save no packet and no round trip, and the
	 * few hundred bytes of a small answer often grow by gzip's 18 bytes of framing.
	 */
	static final int GZIP_MIN = 1024;

	/** How long after the timeout a cancelled execution is waited for. */
	private static final Duration CANCELLATION_GRACE = Duration.ofMillis(250);

	/**
	 * The longest {@code Link} to a next page written: Tomcat refuses a request line over
	 * 8 KB ({@code server.max-http-request-header-size}), method and version included.
	 */
	private static final int MAX_LINK_LENGTH = 8000;

	private final WebGraphQlHandler handler;

	private final ObjectMapper json;

	private final ObjectMapper canonicalJson;

	private final Admission admission;

	private final ResponseCache responseCache;

	private final QueryTimeout timeout;

	private final DatasetVersionSource versions;

	private final AccordsProperties.Http settings;

	/** Where a CSV answer's next page is linked: {@code accords.public-url}. */
	private final String publicUrl;

	private final String apiKeyHeader;

	/** Request headers the answers depend on, besides the URL. */
	private final List<String> vary;

	/** {@link #vary} as one header value, joined once. */
	private final String varyValue;

	/**
	 * The {@code Cache-Control} of a GET answer for anyone, and for one client, written
	 * once: building it per answer was work of every 304.
	 */
	private final String publicCacheControl;

	private final String privateCacheControl;

	private final ExecutorService executor;

	/** Whose tag the ETags carry beside the request's hash. */
	private final Release release;

	private final Scheduler executions;

	GraphQlTransport(WebGraphQlHandler handler, JsonMapper json, Admission admission, ResponseCache responseCache,
			QueryTimeout timeout, DatasetVersionSource versions, AccordsProperties properties, Release release) {
		this.handler = handler;
		this.release = release;
		this.json = json;
		this.canonicalJson = json.rebuild().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
		this.admission = admission;
		this.responseCache = responseCache;
		this.timeout = timeout;
		this.versions = versions;
		this.settings = properties.http();
		this.publicUrl = properties.publicUrl();
		this.apiKeyHeader = properties.rateLimit().apiKeyHeader();
		// JSON or CSV by Accept; gzip or not by Accept-Encoding; the budget in the
		// headers and body by the API key
		this.vary = properties.rateLimit().enabled()
				? List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_ENCODING, DatasetVersionSource.HEADER,
						this.apiKeyHeader)
				: List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_ENCODING, DatasetVersionSource.HEADER);
		this.varyValue = String.join(", ", this.vary);
		this.publicCacheControl = Objects
			.requireNonNull(CacheControl.maxAge(this.settings.maxAge()).cachePublic().getHeaderValue());
		this.privateCacheControl = Objects
			.requireNonNull(CacheControl.maxAge(this.settings.maxAge()).cachePrivate().getHeaderValue());
		// a thread per execution, as the request threads: a pool of a fixed size would
		// make
		// bystanders queue behind executions that are being cancelled
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "graphql-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		// not interrupted when the answer gives up on it: an interrupt would close the
		// store connection the execution is reading from; it stops at the cancellation
		this.executions = Schedulers.fromExecutor(this.executor::execute);
	}

	ResponseEntity<?> serve(HttpMethod method, GraphQlHttpRequest received, MediaType format,
			HttpServletRequest servlet) {
		RequestTrace trace = traceOf(servlet);
		trace.operationName = received.operationName();
		// 1. read: the version is fixed first: it is the one priced, keyed, executed and
		// named
		String version = version(servlet);
		// whether it named that version: its links then keep it (Evidence.sourceUrl)
		boolean pinned = DatasetVersionSource.pinned(servlet);
		boolean bom = CSV.equals(format) && method == HttpMethod.GET && bom(servlet);
		// 2. admit: charged before the caches are asked, so that a cached answer or a 304
		// costs the client what executing it would, and caching cannot exceed a budget
		Admission.Decision decision = this.admission.admit(new Admission.Request(received.query(),
				received.operationName(), received.variables(), received.extensions(), version, client(servlet)),
				(kind) -> served(method, kind));
		if (decision instanceof Admission.Refused refused) {
			return refused(refused, format, servlet, received, trace);
		}
		boolean gzip = Gzip.accepted(servlet);
		Exchange exchange = exchange((Admission.Admitted) decision, received, format, version, pinned, gzip, bom,
				method == HttpMethod.GET, trace);
		// 3. HTTP caching: a 304, or the answer from the response cache
		ResponseEntity<?> cached = cached(exchange, method, servlet, trace);
		if (cached != null) {
			// a hit's BOM variant is marked (and gzipped, once) there
			return cached;
		}
		// 4. execute
		trace.outcome = RequestTrace.Outcome.EXECUTED;
		WebGraphQlResponse response = execute(exchange.request(), servlet, version, pinned, CSV.equals(format));
		if (response.isValid()) {
			// parsed, validated and executed: the document may be stored now
			this.admission.executed(exchange.admitted());
		}
		// 5. write
		ResponseEntity<?> written = write(exchange, response, trace);
		return bom ? encoded(withBom(written), gzip, null, null) : written;
	}

	/**
	 * A CSV answer with a UTF-8 byte order mark, for Excel, which reads a double-clicked
	 * CSV in the legacy code page without one: {@code ?bom=true} on a GET, as on the
	 * downloads, saved under its own name ({@code -bom.csv}); as the downloads' copy for
	 * spreadsheets, each cell that a spreadsheet would run as a formula is led by an
	 * apostrophe ({@link CsvRows#defused(byte[])}). Its next page is one too: each page a
	 * spreadsheet opens is a file of its own, and one appended to another keeps its cells
	 * defused (its mark goes with the header row an appending program drops), so its
	 * {@code Link} keeps {@code bom=true}. The cache holds the answer without it; errors
	 * (JSON) and 304s are left as they are.
	 */
	private static ResponseEntity<?> withBom(ResponseEntity<?> answer) {
		if (!(answer.getBody() instanceof byte[] body) || answer.getStatusCode() != HttpStatus.OK
				|| !CSV.equals(answer.getHeaders().getContentType())) {
			return answer;
		}
		// the copy for spreadsheets: no cell of it runs as a formula there
		byte[] cells = CsvRows.defused(body);
		byte[] marked = new byte[cells.length + 3];
		marked[0] = (byte) 0xEF;
		marked[1] = (byte) 0xBB;
		marked[2] = (byte) 0xBF;
		System.arraycopy(cells, 0, marked, 3, cells.length);
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(answer.getHeaders());
		String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
		if (disposition != null) {
			headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition.replace(".csv\"", "-bom.csv\""));
		}
		String link = headers.getFirst(HttpHeaders.LINK);
		if (link != null) {
			int end = link.indexOf('>');
			String next = link.substring(1, end) + "&" + Bom.PARAMETER + "=true";
			// no link rather than one that fails, as nextPage decides
			if (next.length() > MAX_LINK_LENGTH) {
				headers.remove(HttpHeaders.LINK);
			}
			else {
				headers.set(HttpHeaders.LINK, "<" + next + link.substring(end));
			}
		}
		headers.remove(HttpHeaders.CONTENT_LENGTH);
		return ResponseEntity.ok().headers(headers).body(marked);
	}

	/**
	 * An admitted request on its way through the transport.
	 *
	 * @param admitted what the admission decided
	 * @param request the request with the document it runs
	 * @param format the media type answered
	 * @param version the dataset version it reads; null while none is loaded
	 * @param key its response-cache key; null while no version is loaded
	 * @param headers the headers of its answer
	 * @param cost its {@code extensions.cost}
	 * @param gzip whether its answer is sent in gzip when {@linkplain #GZIP_MIN long
	 * enough}: the client takes gzip (so the {@code -gzip} ETag it holds may be current)
	 * @param bom whether its answer is a CSV marked for Excel ({@link #withBom}), which
	 * is gzipped once marked, by {@link #serve}
	 * @param get whether it is a GET (or HEAD), whose answer says how long it may be kept
	 */
	private record Exchange(Admission.Admitted admitted, GraphQlHttpRequest request, MediaType format,
			@Nullable String version, @Nullable String key, HttpHeaders headers, Map<String, Object> cost, boolean gzip,
			boolean bom, boolean get) {

		RateLimiter.Charge charge() {
			return this.admitted.charge();
		}

		/**
		 * Whether its answer is gzipped as it is written: a BOM is added after the cached
		 * body, and that answer gzipped per request once marked.
		 */
		boolean gzipWritten() {
			return this.gzip && !this.bom;
		}

		/** Whether an answer may be stored in the response cache. */
		boolean storable(WebGraphQlResponse response) {
			return this.key != null && this.admitted.kind() == OperationDefinition.Operation.QUERY
					&& this.version != null && this.version.equals(executedVersion(response));
		}

	}

	private Exchange exchange(Admission.Admitted admitted, GraphQlHttpRequest received, MediaType format,
			@Nullable String version, boolean pinned, boolean gzip, boolean bom, boolean get, RequestTrace trace) {
		trace.cost = admitted.cost();
		trace.partner = partner(admitted.charge());
		GraphQlHttpRequest request = received.withQuery(admitted.query());
		// an answer that lists the changelog or the versions kept changes as versions are
		// published, even for the version it reads: neither cached nor tagged by it
		// a request that names its version is answered with links that keep it: another
		// answer than the plain one, even of the same version
		String key = (version != null && !admitted.growing())
				? cacheKey(DatasetVersionSource.variant(version, pinned), format, request) : null;
		return new Exchange(admitted, request, format, version, key, headers(admitted.charge(), version),
				this.admission.cost(admitted.cost(), admitted.charge()), gzip, bom, get);
	}

	/**
	 * The answer without execution: 412 or 304 to a GET by its preconditions, else the
	 * answer from the response cache; null when execution must answer.
	 */
	private @Nullable ResponseEntity<?> cached(Exchange exchange, HttpMethod method, HttpServletRequest servlet,
			RequestTrace trace) {
		String key = exchange.key();
		if (key == null) {
			if (exchange.get()) {
				// an answer that grows as versions are published (the changelog, the
				// versions kept): no ETag, which names a version's answer, but kept as
				// long as any answer of the version served, which a publication outdates
				// as much; a CDN would otherwise keep it by its own heuristics
				exchange.headers().setCacheControl(cacheControl(exchange.charge()));
			}
			return null;
		}
		HttpHeaders headers = exchange.headers();
		// a document that does not parse (no kind) is answered by execution, with its
		// syntax error: never a 304, whatever If-None-Match says (* matches anything)
		if (method == HttpMethod.GET && exchange.admitted().kind() != null) {
			// weak: the body's extensions.cost.remaining differs from one answer to the
			// next; the key names the version and the request, the release's tag what
			// wrote the answer
			String etag = "W/\"" + key.substring(0, 32) + "~" + this.release.tag() + "\"";
			// the gzip copy has an ETag of its own (ETags.held); the tag is weak, so an
			// If-Match other than * is answered 412
			ETags.Precondition answer = ETags.precondition(servlet, etag, exchange.gzip());
			if (answer != null && answer.failed()) {
				return ResponseEntity.status(answer.status()).headers(headers).build();
			}
			headers.setETag(etag);
			headers.setCacheControl(cacheControl(exchange.charge()));
			if (answer != null) {
				// nothing is stored: an ETag is a hash the client can compute (or *), so
				// a 304 does not show that the document was ever served
				trace.outcome = RequestTrace.Outcome.NOT_MODIFIED;
				headers.setETag(answer.etag());
				return ResponseEntity.status(answer.status()).headers(headers).build();
			}
		}
		ResponseCache.Entry cached = this.responseCache.get(key);
		if (cached == null) {
			return null;
		}
		this.admission.executed(exchange.admitted());
		trace.outcome = RequestTrace.Outcome.HIT;
		if (cached.disposition() != null) {
			headers.set(HttpHeaders.CONTENT_DISPOSITION, cached.disposition());
		}
		if (cached.link() != null) {
			headers.set(HttpHeaders.LINK, cached.link());
		}
		ResponseEntity<?> answer = ResponseEntity.ok()
			.headers(headers)
			.contentType(cached.contentType())
			.body(CSV.equals(exchange.format()) ? (Object) cached.body()
					: withExtensions(cached.body(), servedExtensions(exchange.cost(), exchange.version())));
		if (exchange.bom()) {
			ResponseEntity<?> marked = withBom(answer);
			// the marked CSV's gzip is kept with the entry, as the CSV's is: made once,
			// not per request
			return (marked.getBody() instanceof byte[] body && exchange.gzip() && body.length >= GZIP_MIN
					&& marked.getHeaders().getVary().contains(HttpHeaders.ACCEPT_ENCODING))
							? gzipped(marked, this.responseCache.bomGzip(key, cached, body), new byte[0])
							: encoded(marked, exchange.gzip(), null, null);
		}
		return encoded(answer, exchange.gzipWritten(), key, cached);
	}

	/**
	 * The answer in gzip ({@code Content-Encoding: gzip}, the ETag's {@code -gzip}
	 * variant) when {@code gzip} and it is {@link #GZIP_MIN} bytes or longer, else as it
	 * is. An answer of the response cache is deflated once, kept with its entry
	 * ({@link ResponseCache#gzip}); its {@code extensions}, written per request, end the
	 * stream ({@link Gzip#finish}). Any other is deflated here. Never one without
	 * {@code Vary: Accept-Encoding}.
	 */
	private ResponseEntity<?> encoded(ResponseEntity<?> answer, boolean gzip, @Nullable String key,
			ResponseCache.@Nullable Entry entry) {
		byte[] head;
		int headLength;
		byte[] tail;
		if (answer.getBody() instanceof JoinedBody joined) {
			head = joined.head();
			headLength = joined.headLength();
			tail = joined.tail();
		}
		else if (answer.getBody() instanceof byte[] bytes) {
			head = bytes;
			headLength = bytes.length;
			tail = new byte[0];
		}
		else {
			return answer;
		}
		// never an answer that does not say it varies by Accept-Encoding: a shared cache
		// would hand its gzip to clients that cannot read it
		if (!gzip || (long) headLength + tail.length < GZIP_MIN
				|| !answer.getHeaders().getVary().contains(HttpHeaders.ACCEPT_ENCODING)) {
			return answer;
		}
		Gzip.Opened opened = (key != null && entry != null && head == entry.body())
				? this.responseCache.gzip(key, entry, headLength) : Gzip.open(head, 0, headLength);
		return gzipped(answer, opened, tail);
	}

	/**
	 * The answer as {@code opened} followed by {@code tail}, in gzip: its
	 * {@code Content-Encoding}, and the ETag's {@code -gzip} variant.
	 */
	private static ResponseEntity<?> gzipped(ResponseEntity<?> answer, Gzip.Opened opened, byte[] tail) {
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(answer.getHeaders());
		headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
		String etag = headers.getETag();
		if (etag != null) {
			headers.setETag(Gzip.variant(etag));
		}
		headers.remove(HttpHeaders.CONTENT_LENGTH);
		return ResponseEntity.status(answer.getStatusCode())
			.headers(headers)
			.body(new JoinedBody(opened.bytes(), opened.bytes().length, Gzip.finish(opened, tail)));
	}

	/**
	 * Writes an executed answer as JSON (or CSV), with its codes, cost and version;
	 * stores it in the response cache when it may be shared.
	 */
	private ResponseEntity<?> write(Exchange exchange, WebGraphQlResponse response, RequestTrace trace) {
		String version = exchange.version();
		HttpStatus status = status(response, exchange.format());
		Map<String, Object> result = withCodes(response.toMap(), trace);
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (result.remove("extensions") instanceof Map<?, ?> own) {
			own.forEach((name, value) -> extensions.put(String.valueOf(name), value));
		}
		extensions.put("cost", exchange.cost());
		boolean ownExtensions = extensions.size() > 1;
		boolean executedVersion = version != null && version.equals(executedVersion(response));
		if (executedVersion) {
			extensions.put("datasetVersion", version);
		}
		boolean csv = CSV.equals(exchange.format());
		if (csv && status == HttpStatus.OK && response.getErrors().isEmpty() && result.get("data") instanceof Map) {
			return csv(exchange, response, result);
		}
		// JSON, and the errors of a CSV request: the same body, labelled as JSON; 400
		// when the CSV would have been written from a result with errors
		byte[] body = this.json.writeValueAsBytes(result);
		HttpHeaders headers = exchange.headers();
		ResponseCache.Entry stored = null;
		if (!csv && exchange.storable(response) && status == HttpStatus.OK && response.getErrors().isEmpty()
				&& !ownExtensions) {
			stored = new ResponseCache.Entry(body, exchange.format());
			this.responseCache.put(Objects.requireNonNull(exchange.key()), stored);
		}
		else {
			headers = headers(exchange.charge(), executedVersion ? version : null);
			if (exchange.get()) {
				// an answer with errors (a bad argument, a document that does not
				// validate, a timeout) is about this request: kept by no cache, and
				// without the ETag a 304 would confirm it with
				headers.setCacheControl((status == HttpStatus.OK && response.getErrors().isEmpty() && executedVersion)
						? cacheControl(exchange.charge()) : "no-store");
			}
		}
		return encoded(ResponseEntity.status((csv && status == HttpStatus.OK) ? HttpStatus.BAD_REQUEST : status)
			.headers(headers)
			.contentType(csv ? MediaType.APPLICATION_JSON : exchange.format())
			.body(withExtensions(body, extensions)), exchange.gzipWritten(), exchange.key(), stored);
	}

	/**
	 * What {@code /graphql} serves: subscriptions are a stream of events, not one
	 * response, so they are refused rather than left hanging; GET runs only queries. The
	 * only other kind is a mutation: a 405 over GET, as the GraphQL-over-HTTP
	 * specification asks, saying what a POSTed one is told (not to POST it, which would
	 * lead nowhere).
	 */
	private static Admission.@Nullable Refused served(HttpMethod method, OperationDefinition.@Nullable Operation kind) {
		if (kind == OperationDefinition.Operation.SUBSCRIPTION) {
			return Admission.Refused.of(ErrorCode.BAD_REQUEST,
					"Subscriptions are not answered with one response: POST them to this path with Accept: text/event-stream (graphql-sse), or use the WebSocket at /graphql/ws (graphql-transport-ws)");
		}
		if (method == HttpMethod.GET && kind != null && kind != OperationDefinition.Operation.QUERY) {
			return Admission.Refused.of(ErrorCode.METHOD_NOT_ALLOWED, Admission.READ_ONLY);
		}
		return null;
	}

	/**
	 * Answers a refused request: one the client's budget could not cover with 429 and
	 * that budget; an unknown API key as it is (charged to its address already); any
	 * other charged as a refusal ({@link #refuseCharged}).
	 */
	private ResponseEntity<byte[]> refused(Admission.Refused refused, MediaType format, HttpServletRequest servlet,
			GraphQlHttpRequest received, RequestTrace trace) {
		if (refused.cost() >= 0) {
			trace.cost = refused.cost();
		}
		RateLimiter.Charge charge = refused.charge();
		if (charge == null) {
			return refused.charged() ? refuse(exception(refused), format, null)
					: refuseCharged(exception(refused), format, servlet, received);
		}
		trace.partner = partner(charge);
		return refuse(exception(refused), format, this.admission.cost(refused.cost(), charge));
	}

	/** A refusal with the headers HTTP gives its code. */
	private TransportException exception(Admission.Refused refused) {
		HttpHeaders headers = new HttpHeaders();
		switch (refused.code()) {
			case RATE_LIMITED -> headers.addAll(Objects.requireNonNull(refused.charge()).headers());
			case UNAUTHENTICATED ->
				headers.set(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + this.apiKeyHeader + "\"");
			// only GET refuses with it here: every other operation may be POSTed
			case METHOD_NOT_ALLOWED -> headers.setAllow(Set.of(HttpMethod.POST));
			default -> {
			}
		}
		return new TransportException(refused.code(), refused.message(), headers, refused.extensions());
	}

	/** Who a request is charged to: its API key, else its address. */
	private Admission.Client client(HttpServletRequest servlet) {
		return new Admission.Client(servlet.getHeader(this.apiKeyHeader), servlet.getRemoteAddr());
	}

	/** The partner a budget is of, for the access log; null for anonymous clients. */
	private static @Nullable String partner(RateLimiter.Charge charge) {
		return (charge.policy() != null && !RateLimiter.ANONYMOUS.equals(charge.policy().name()))
				? charge.policy().name() : null;
	}

	/**
	 * The headers of every answer: the client's budget, and {@code Vary} naming what the
	 * body depends on besides the URL, for browser and shared caches.
	 */
	private HttpHeaders headers(RateLimiter.Charge charge) {
		HttpHeaders headers = charge.headers();
		headers.set(HttpHeaders.VARY, this.varyValue);
		return headers;
	}

	/** The headers of an answer of {@code version}, which they name when known. */
	private HttpHeaders headers(RateLimiter.Charge charge, @Nullable String version) {
		HttpHeaders headers = headers(charge);
		if (version != null) {
			headers.set(DatasetVersionSource.HEADER, version);
		}
		return headers;
	}

	/**
	 * Whether {@code ?bom=} asks for a byte order mark, read as the {@code /data}
	 * downloads read theirs ({@link Bom}).
	 * @throws TransportException 400 for a value that is not a boolean word, rather than
	 * ignoring it
	 */
	private static boolean bom(HttpServletRequest servlet) {
		String value = servlet.getParameter(Bom.PARAMETER);
		Boolean bom = Bom.parse(value);
		if (bom == null) {
			throw new TransportException(ErrorCode.BAD_REQUEST, Bom.refusal(value));
		}
		return bom;
	}

	/**
	 * The dataset version a request reads: the one its {@code Accords-Version} header or
	 * {@code version} parameter names, if kept, else the current one; null while none is
	 * loaded.
	 * @throws TransportException 404 {@code VERSION_NOT_KEPT} naming the versions kept,
	 * or 400 when the header and the parameter disagree
	 */
	private @Nullable String version(HttpServletRequest servlet) {
		String requested;
		try {
			requested = DatasetVersionSource.requested(servlet);
		}
		catch (InvalidInputException ex) {
			throw new TransportException(ErrorCode.BAD_REQUEST, ex.getMessage());
		}
		try {
			return this.versions.resolve(requested);
		}
		catch (VersionNotKeptException ex) {
			throw new TransportException(ErrorCode.VERSION_NOT_KEPT, ex.getMessage(), new HttpHeaders(),
					InputRefusals.notKeptExtensions(ex));
		}
	}

	/** The extensions of a cached answer: what it cost, and which version it is of. */
	private static Map<String, Object> servedExtensions(Map<String, Object> cost, @Nullable String version) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("cost", cost);
		extensions.put("datasetVersion", version);
		return extensions;
	}

	/**
	 * Public when the answer says nothing about its client; private when it carries the
	 * client's budget (the {@code RateLimit} headers and
	 * {@code extensions.cost.remaining}), so that a shared cache never hands one client's
	 * budget to another.
	 */
	private String cacheControl(RateLimiter.Charge charge) {
		return (charge.policy() != null) ? this.privateCacheControl : this.publicCacheControl;
	}

	/**
	 * Answers a request refused before execution (malformed, too large, over a limit, an
	 * unknown persisted query), charging its client {@link Admission#refusalCost}:
	 * refusing costs work too, so refusals cannot be sent without limit.
	 */
	ResponseEntity<byte[]> refuseCharged(TransportException ex, MediaType format, HttpServletRequest servlet,
			@Nullable GraphQlHttpRequest request) {
		long price = Admission.refusalCost(sentCharacters(servlet, request));
		RateLimiter.Charge charge;
		try {
			charge = this.admission.chargeRefusal(client(servlet), price);
		}
		catch (Refusal unknownKey) {
			// charged to the address as a guess: 401, or 429 once it cannot cover that
			return refuse(exception(Admission.Refused.of(unknownKey, -1)), format, null);
		}
		Map<String, Object> cost = (charge.policy() != null) ? this.admission.cost(price, charge) : null;
		if (!charge.allowed()) {
			return refuse(exception(Admission.overBudget(price, charge)), format, cost);
		}
		HttpHeaders headers = headers(charge);
		headers.addAll(ex.headers());
		return refuse(new TransportException(ex.code(), ex.getMessage(), headers, ex.extensions()), format, cost);
	}

	/** The size of what was sent: the body, the query string or the document. */
	private static long sentCharacters(HttpServletRequest servlet, @Nullable GraphQlHttpRequest request) {
		long size = Math.max(0, servlet.getContentLengthLong());
		if (servlet.getQueryString() != null) {
			size = Math.max(size, servlet.getQueryString().length());
		}
		if (request != null && request.query() != null) {
			size = Math.max(size, request.query().length());
		}
		return size;
	}

	/**
	 * Adds {@code extensions} to a serialized response, which is a JSON object without
	 * them: cached bodies are shared, what is said about the client is not. The body is
	 * not copied: the answer is written as the body without its closing brace, then the
	 * extensions and the brace.
	 */
	private JoinedBody withExtensions(byte[] body, Map<String, Object> extensions) {
		byte[] more = this.json.writeValueAsBytes(extensions);
		byte[] tail = new byte[EXTENSIONS.length + more.length + 1];
		System.arraycopy(EXTENSIONS, 0, tail, 0, EXTENSIONS.length);
		System.arraycopy(more, 0, tail, EXTENSIONS.length, more.length);
		tail[tail.length - 1] = '}';
		return new JoinedBody(body, body.length - 1, tail);
	}

	/** What joins a body and its extensions. */
	private static final byte[] EXTENSIONS = ",\"extensions\":".getBytes(StandardCharsets.UTF_8);

	/**
	 * A body written in two parts, so that a shared cached body is not copied per answer.
	 *
	 * @param head bytes of which the first {@code headLength} are written first
	 * @param headLength how many bytes of {@code head} are written
	 * @param tail the bytes written after them
	 */
	record JoinedBody(byte[] head, int headLength, byte[] tail) {

		long length() {
			return (long) this.headLength + this.tail.length;
		}

		void writeTo(OutputStream out) throws IOException {
			out.write(this.head, 0, this.headLength);
			out.write(this.tail);
		}

		/** The whole body as one array (tests, and callers that need one). */
		byte[] toBytes() {
			byte[] joined = Arrays.copyOf(this.head, this.headLength + this.tail.length);
			System.arraycopy(this.tail, 0, joined, this.headLength, this.tail.length);
			return joined;
		}

	}

	/**
	 * Answers {@code Accept: text/csv} to a query that succeeded: its first connection as
	 * CSV (cached like JSON), the cost in the headers. Errors are written as JSON answers
	 * are ({@link #write}).
	 */
	private ResponseEntity<?> csv(Exchange exchange, WebGraphQlResponse response, Map<String, Object> result) {
		byte[] body;
		@SuppressWarnings("unchecked")
		Map<String, ?> fields = (Map<String, ?>) Objects.requireNonNull(result.get("data"));
		try {
			body = ConnectionCsv
				.toCsv(fields, this.admission.document(exchange.admitted().query()), exchange.request().operationName())
				.getBytes(StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new TransportException(ErrorCode.BAD_REQUEST,
					"text/csv needs a query whose result holds a connection (edges { node { … } } or nodes { … }) or a root list of objects"
							+ " (commitmentTotals { … })");
		}
		// saved as the downloads are, by version and collection, not as "graphql"
		Object executed = executedVersion(response);
		String disposition = csvDisposition((executed != null) ? executed.toString() : exchange.version(),
				ConnectionCsv.connectionName(fields));
		HttpHeaders headers = exchange.headers();
		headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition);
		String link = nextPage(exchange, response, fields, (executed != null) ? executed.toString() : null);
		if (link != null) {
			headers.set(HttpHeaders.LINK, link);
		}
		ResponseCache.Entry stored = null;
		if (exchange.storable(response)) {
			stored = new ResponseCache.Entry(body, CSV, disposition, link);
			this.responseCache.put(Objects.requireNonNull(exchange.key()), stored);
		}
		return encoded(ResponseEntity.ok().headers(headers).contentType(CSV).body(body), exchange.gzipWritten(),
				exchange.key(), stored);
	}

	/**
	 * {@code <…/graphql?query=…>; rel="next"} when the root connection a CSV answer holds
	 * has a next page: the same query with {@code after:} its end cursor, its operation
	 * name and variables, and the version read (cursors belong to it), so that a client
	 * follows it as it follows GitHub's or any paged REST API's links; null when there is
	 * no next page, the connection is not a root field written in the operation, or the
	 * address would be longer than a request line may be.
	 */
	private @Nullable String nextPage(Exchange exchange, WebGraphQlResponse response, Map<String, ?> data,
			@Nullable String version) {
		String name = ConnectionCsv.rootConnectionName(data);
		String query = exchange.request().query();
		String cursor = (name != null) ? CsvNextPage.nextCursor(response.getExecutionInput().getGraphQLContext(), name)
				: null;
		Document document = (cursor != null && query != null) ? this.admission.document(query) : null;
		Document next = (document != null) ? CsvNextPage.after(document, exchange.request().operationName(),
				Objects.requireNonNull(name), Objects.requireNonNull(cursor)) : null;
		if (next == null) {
			return null;
		}
		StringBuilder url = new StringBuilder(this.publicUrl).append("/graphql?query=")
			.append(queryParameter(AstPrinter.printAstCompact(next)));
		String operationName = exchange.request().operationName();
		if (operationName != null) {
			url.append("&operationName=").append(queryParameter(operationName));
		}
		if (!exchange.request().variables().isEmpty()) {
			url.append("&variables=")
				.append(queryParameter(this.json.writeValueAsString(exchange.request().variables())));
		}
		if (version != null) {
			url.append('&').append(DatasetVersionSource.PARAMETER).append('=').append(queryParameter(version));
		}
		// Tomcat refuses a request line over 8 KB: no link rather than one that fails
		return (url.length() > MAX_LINK_LENGTH) ? null : "<" + url + ">; rel=\"next\"";
	}

	/**
	 * A query parameter's value, percent-encoded (every character outside RFC 3986's
	 * unreserved ones; {@code %20} for a space).
	 */
	private static String queryParameter(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * {@code attachment; filename="accords-<version>-<connection>.csv"}: the name a CSV
	 * answer is saved under, as the downloads name theirs.
	 */
	static String csvDisposition(@Nullable String version, @Nullable String connection) {
		String name = "accords" + ((version != null) ? "-" + version : "") + "-"
				+ ((connection != null) ? connection : "query") + ".csv";
		return ContentDisposition.attachment().filename(name).build().toString();
	}

	private WebGraphQlResponse execute(GraphQlHttpRequest request, HttpServletRequest servlet, @Nullable String version,
			boolean pinned, boolean csv) {
		HttpHeaders headers = new HttpHeaders();
		for (String name : Collections.list(servlet.getHeaderNames())) {
			headers.put(name, Collections.list(servlet.getHeaders(name)));
		}
		// the execution reads the version the cache key and the cost were made for, even
		// if a newer one is published meanwhile (it stays kept: keep-versions is at least
		// 2)
		if (version != null) {
			headers.set(DatasetVersionSource.HEADER, version);
		}
		// messages in English whatever Accept-Language says: documents are cached with
		// their validation errors and shared by every client
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(URI.create(servlet.getRequestURL().toString()),
				headers, new LinkedMultiValueMap<>(),
				new InetSocketAddress(servlet.getRemoteAddr(), servlet.getRemotePort()),
				new LinkedHashMap<>(Map.of(DatasetVersionSource.PINNED, pinned)), request.toBody(),
				UUID.randomUUID().toString(), Locale.ENGLISH);
		// graphql-java reads the document the admission parsed (DocumentCache knows it by
		// these parser options)
		// a CSV answer names its next page (CsvNextPage), which its rows do not say
		graphQlRequest.configureExecutionInput((input, builder) -> builder.graphQLContext((context) -> {
			context.put(ParserOptions.class, this.admission.parserOptions());
			if (csv) {
				CsvNextPage.record(context);
			}
		}).build());
		// executed on its own thread, so that this one can answer at the timeout:
		// QueryTimeout cancels the execution then, and graphql-java stops before the next
		// field; a fetcher stuck in one long call is not waited for beyond a grace period
		return Objects.requireNonNull(this.handler.handleRequest(graphQlRequest)
			.subscribeOn(this.executions)
			.timeout(this.timeout.timeout().plus(CANCELLATION_GRACE), Mono.fromSupplier(
					() -> new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(graphQlRequest.toExecutionInput(),
							ExecutionResult.newExecutionResult().addError(this.timeout.error()).build()))))
			.block());
	}

	/** The request's trace; a throwaway one when no filter made one (direct calls). */
	private static RequestTrace traceOf(HttpServletRequest servlet) {
		RequestTrace trace = RequestTrace.of(servlet);
		return (trace != null) ? trace : new RequestTrace("");
	}

	private static @Nullable Object executedVersion(WebGraphQlResponse response) {
		return response.getExecutionInput().getGraphQLContext().get(DatasetVersionSource.CONTEXT_KEY);
	}

	/**
	 * The status of an executed answer: 503 when an error's code says the store or
	 * dataset is unavailable or the query timed out (the client may retry, and proxies
	 * and load balancers see it); 500 when an internal error left no data; else 400 for a
	 * request that left no data (syntax, validation, variables, an argument error in a
	 * non-null field), 404 for a version not kept ({@code dataset(version:)}, as when the
	 * {@code Accords-Version} header names it), when the client reads
	 * {@code application/graphql-response+json}; 200 for {@code application/json}, as the
	 * specification asks. The statuses are the codes' own ({@link ErrorCode#status()}).
	 */
	private static HttpStatus status(WebGraphQlResponse response, MediaType format) {
		Set<HttpStatus> statuses = EnumSet.noneOf(HttpStatus.class);
		for (var error : response.getErrors()) {
			ErrorCode code = ErrorCode.of(error.getExtensions().get("code"));
			if (code != null) {
				statuses.add(code.status());
			}
		}
		if (statuses.contains(HttpStatus.SERVICE_UNAVAILABLE)) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		if (response.isValid()) {
			return HttpStatus.OK;
		}
		if (statuses.contains(HttpStatus.INTERNAL_SERVER_ERROR)) {
			// a bug of ours left no data: not the client's fault
			return HttpStatus.INTERNAL_SERVER_ERROR;
		}
		if (format.equals(MediaType.APPLICATION_JSON)) {
			return HttpStatus.OK;
		}
		return statuses.contains(HttpStatus.NOT_FOUND) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
	}

	/**
	 * Gives every error a stable {@code extensions.code}, and the request id that finds
	 * it in the logs.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> withCodes(Map<String, Object> result, RequestTrace trace) {
		if (!(result.get("errors") instanceof List<?> errors)) {
			return result;
		}
		List<Object> coded = new ArrayList<>();
		for (Object item : errors) {
			Map<String, Object> error = new LinkedHashMap<>((Map<String, Object>) item);
			// an error of no place in the document has no locations, not an empty list
			if (error.get("locations") instanceof List<?> locations && locations.isEmpty()) {
				error.remove("locations");
			}
			Map<String, Object> extensions = new LinkedHashMap<>(
					(error.get("extensions") instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of());
			extensions.computeIfAbsent("code",
					(k) -> ErrorCode.ofClassification(extensions.get("classification")).name());
			if (!trace.id.isEmpty()) {
				extensions.put("requestId", trace.id);
			}
			trace.error(extensions.get("code"));
			error.put("extensions", extensions);
			coded.add(error);
		}
		Map<String, Object> copy = new LinkedHashMap<>(result);
		copy.put("errors", coded);
		return copy;
	}

	private String cacheKey(String version, MediaType format, GraphQlHttpRequest request) {
		ResponseCache.Request parts = new ResponseCache.Request(version, format,
				(request.operationName() != null) ? request.operationName() : "",
				Objects.requireNonNull(request.query()));
		return request.variables().isEmpty() ? this.responseCache.key(parts, (same) -> digest(same, Map.of()))
				: digest(parts, request.variables());
	}

	private String digest(ResponseCache.Request parts, Map<String, Object> variables) {
		return Hashes.sha256Hex(String.join("\u0000", parts.version(), parts.format().toString(), parts.operationName(),
				parts.query(), this.canonicalJson.writeValueAsString(variables)));
	}

	/**
	 * A request refused before execution, as a GraphQL-shaped error: JSON, labelled
	 * {@code application/json} when CSV was asked for, since the body is not CSV.
	 */
	ResponseEntity<byte[]> refuse(TransportException ex, MediaType format, @Nullable Map<String, Object> cost) {
		RequestTrace trace = RequestTrace.current();
		Map<String, Object> codes = new LinkedHashMap<>();
		codes.put("code", ex.code().name());
		codes.putAll(ex.extensions());
		// when to retry (RATE_LIMITED, a 413 for too many bodies at once), as the header
		// says and as a subscription's refusal gives it: GraphQL clients hand a page the
		// errors, not the response's headers
		String retryAfter = ex.headers().getFirst(HttpHeaders.RETRY_AFTER);
		if (retryAfter != null) {
			codes.put("retryAfterSeconds", Long.parseLong(retryAfter));
		}
		if (trace != null) {
			trace.error(ex.code().name());
			codes.put("requestId", trace.id);
		}
		// message first, as in executed errors: Map.of's order changes with each JVM
		// start,
		// so that two instances wrote the same refusal in two ways
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", ex.getMessage());
		error.put("extensions", codes);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("errors", List.of(error));
		if (cost != null) {
			body.put("extensions", Map.of("cost", cost));
		}
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(ex.headers());
		if (headers.getVary().isEmpty()) {
			headers.setVary(this.vary);
		}
		// about this request (its size, its budget, a hash not stored yet), never a
		// representation to share: without it a CDN with a default lifetime kept a
		// PersistedQueryNotFound (200) for a hash and served it to everyone
		headers.setCacheControl(CacheControl.noStore());
		return ResponseEntity.status(ex.status())
			.headers(headers)
			.contentType(CSV.equals(format) ? MediaType.APPLICATION_JSON : format)
			.body(this.json.writeValueAsBytes(body));
	}

	@Override
	public void destroy() {
		this.executions.dispose();
		this.executor.shutdownNow();
	}

}
