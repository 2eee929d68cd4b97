package org.accords.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accords.dataset.ChangelogEntry;
import org.accords.dataset.Citation;
import org.accords.dataset.DatasetInfo;
import org.accords.graphql.DatasetVersionSource;
import org.accords.graphql.MisspeltParameters;
import org.accords.graphql.Suggestions;
import org.accords.graphql.VersionNotKeptException;
import org.accords.http.Bom;
import org.accords.http.ETags;
import org.accords.http.Echo;
import org.accords.http.Gzip;
import org.accords.paging.InvalidInputException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The files of {@code /data}: each collection as CSV, JSON and NDJSON, the archive, and
 * the dataset's metadata, each with its version's ETag. The format is the file name's
 * extension, whatever the request's {@code Accept} says (a browser following a link asks
 * for HTML); for a collection named without one, the format {@code ?format=} names, else
 * Spring MVC picks the handler by the {@code produces} its {@code Accept} header names
 * ({@link #anyFormat} takes the rest: anything, or a 406). Downloads stream straight from
 * the store; a client that goes away mid-stream only ends the stream (the store cursor is
 * closed on the way out). An address with nothing behind it is a
 * {@link DownloadNotFoundException}, answered by {@link DataErrors}.
 */
@Controller
@RequestMapping("/data")
class DownloadController {

	private static final Log logger = LogFactory.getLog(DownloadController.class);

	/**
	 * The query parameters a collection's file reads; one a slip away from these
	 * ({@code ?versoin=}, {@code ?bmo=true}) is refused ({@link MisspeltParameters})
	 * rather than served as the current version's plain copy.
	 */
	private static final List<String> PARAMETERS = List.of(DatasetVersionSource.PARAMETER, Bom.PARAMETER,
			Format.PARAMETER);

	private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	private static final MediaType BIBTEX = MediaType.parseMediaType("application/x-bibtex; charset=utf-8");

	private final DataRequests requests;

	private final TableWriter writer;

	private final Archive archive;

	private final DownloadSizes sizes;

	DownloadController(DataRequests requests, TableWriter writer, Archive archive, DownloadSizes sizes) {
		this.requests = requests;
		this.writer = writer;
		this.archive = archive;
		this.sizes = sizes;
	}

	@GetMapping("/" + Downloads.DATAPACKAGE)
	ResponseEntity<byte[]> dataPackage(HttpServletRequest request) {
		DatasetInfo info = this.requests.info(request);
		return metadata(info, request, MediaType.APPLICATION_JSON, "",
				() -> Archive.JSON.writeValueAsBytes(this.requests.metadata().dataPackage(info)));
	}

	@GetMapping("/" + Downloads.JSON_LD)
	ResponseEntity<byte[]> jsonLd(HttpServletRequest request) {
		DatasetInfo info = this.requests.info(request);
		// its links keep the version the request named: another answer, another tag
		boolean pinned = DatasetVersionSource.pinned(request);
		return metadata(info, request, JSON_LD, DatasetVersionSource.variant("", pinned),
				() -> this.requests.jsonLdBytes(info, this.requests.all(info, pinned)));
	}

	@GetMapping("/" + Downloads.BIBTEX)
	ResponseEntity<byte[]> bibtex(HttpServletRequest request) {
		DatasetInfo info = this.requests.info(request);
		return metadata(info, request, BIBTEX, "", () -> this.requests.bibtexBytes(info));
	}

	@GetMapping("/" + Downloads.LATEST_ARCHIVE)
	void latestArchive(HttpServletRequest request, HttpServletResponse response) throws IOException {
		archive(this.requests.info(request), request, response);
	}

	@GetMapping("/accords-{version}.zip")
	void versionArchive(@PathVariable String version, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		DatasetInfo current = this.requests.state().current();
		DatasetInfo info;
		try {
			info = this.requests.state().info(version);
		}
		catch (VersionNotKeptException ex) {
			throw new DownloadNotFoundException(
					"accords-" + version + ".zip is not the version served nor one kept here; the current archive is "
							+ Downloads.archive(current.version()) + " (or " + Downloads.LATEST_ARCHIVE + "). "
							+ ex.getMessage(),
					ex);
		}
		archive(info, request, response);
	}

	/*
	 * A collection's file: the extension names the format, whatever the request's Accept
	 * says (a browser following a link asks for HTML first), so these map no produces.
	 */

	@GetMapping("/{collection:[a-z-]+}.csv")
	void csvFile(@PathVariable String collection, @RequestParam(defaultValue = "false") boolean bom,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		serve(table(collection), extension(collection, Format.CSV, request), bom, "", request, response);
	}

	@GetMapping("/{collection:[a-z-]+}.json")
	void jsonFile(@PathVariable String collection, @RequestParam(defaultValue = "false") boolean bom,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		serve(table(collection), extension(collection, Format.JSON, request), bom, "", request, response);
	}

	@GetMapping("/{collection:[a-z-]+}.ndjson")
	void ndjsonFile(@PathVariable String collection, @RequestParam(defaultValue = "false") boolean bom,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		serve(table(collection), extension(collection, Format.NDJSON, request), bom, "", request, response);
	}

	/** Any other name with a dot: no such collection, or no such format. */
	@GetMapping("/{file:.*\\..*}")
	void otherFile(@PathVariable String file) {
		int dot = file.lastIndexOf('.');
		String extension = file.substring(dot + 1);
		table(file.substring(0, dot));
		String hint = Suggestions.didYouMean(extension, Format.extensions());
		throw new DownloadNotFoundException((extension.isEmpty() ? Echo.quoted(file) + " has no format."
				: "Format " + Echo.quoted(extension) + " is not offered" + hintOrStop(hint)) + " Formats: "
				+ String.join(", ", Format.extensions()) + ", as in " + file.substring(0, dot) + ".csv.");
	}

	/*
	 * A collection named without an extension (/data/statements): Spring MVC picks the
	 * mapping whose produces the Accept header names; each representation has an ETag of
	 * its own and the responses vary by Accept.
	 */

	@GetMapping(path = "/{collection:[a-z-]+}", produces = "text/csv")
	void csv(@PathVariable String collection, @RequestParam(defaultValue = "false") boolean bom,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		negotiated(collection, Format.CSV, bom, request, response);
	}

	@GetMapping(path = "/{collection:[a-z-]+}", produces = MediaType.APPLICATION_JSON_VALUE)
	void json(@PathVariable String collection, @RequestParam(defaultValue = "false") boolean bom,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		negotiated(collection, Format.JSON, bom, request, response);
	}

	@GetMapping(path = "/{collection:[a-z-]+}", produces = MediaType.APPLICATION_NDJSON_VALUE)
	void ndjson(@PathVariable String collection, @RequestParam(defaultValue = "false") boolean bom,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		negotiated(collection, Format.NDJSON, bom, request, response);
	}

	/**
	 * The rest of the Accept headers, which the produces mappings above do not settle:
	 * one led by {@code *}{@code /*} (curl, a browser), none at all or a malformed one
	 * (Spring MVC picks a mapping without produces for these, and would otherwise tie the
	 * three), where CSV comes first unless the header turns it down by name; and one that
	 * takes none of the formats, a 406 that names them and the extension URLs.
	 */
	@GetMapping("/{collection:[a-z-]+}")
	void anyFormat(@PathVariable String collection, @RequestParam(defaultValue = "false") boolean bom,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		negotiated(collection, null, bom, request, response);
	}

	/**
	 * The format {@code ?format=} names, letter case aside; null when the request names
	 * none (blank names none, as {@code ?version=} does). A format not offered is a 400
	 * naming those that are and their addresses.
	 */
	private static @Nullable Format named(String collection, HttpServletRequest request) {
		String name = request.getParameter(Format.PARAMETER);
		if (name == null || name.isBlank()) {
			return null;
		}
		table(collection);
		String extension = name.trim().toLowerCase(Locale.ROOT);
		return Format.of(extension)
			.orElseThrow(() -> new InvalidInputException("Format " + Echo.quoted(name) + " is not offered"
					+ hintOrStop(Suggestions.didYouMean(extension, Format.extensions())) + " Formats: "
					+ String.join(", ", Format.extensions()) + ", as in "
					+ Format.extensions()
						.stream()
						.map((ext) -> "/data/" + collection + "." + ext)
						.collect(Collectors.joining(", "))
					+ "."));
	}

	/**
	 * The format of a file named with its extension; a {@code ?format=} that names
	 * another is a 400 naming the file of that format, rather than one of them served as
	 * if the other had not been asked for.
	 */
	private static Format extension(String collection, Format format, HttpServletRequest request) {
		Format named = named(collection, request);
		if (named != null && named != format) {
			throw new InvalidInputException(Format.PARAMETER + "=" + request.getParameter(Format.PARAMETER)
					+ " asks for another format than the file's extension, ." + format.extension() + ": the "
					+ named.name() + " file is /data/" + collection + "." + named.extension() + ".");
		}
		return format;
	}

	/**
	 * Whether the Accept header turns the format down by name ({@code q=0}), which Spring
	 * MVC's produces matching does not read: such a request is negotiated as the ones
	 * without a matching produces are.
	 */
	private static boolean refusedByName(HttpServletRequest request, Format format) {
		return Format.accepted(request.getHeader(HttpHeaders.ACCEPT), format).isEmpty();
	}

	/** The format the Accept header prefers, CSV first, or a 406 that names them. */
	private static Format chosen(String collection, HttpServletRequest request) {
		table(collection);
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return Format.accepted(accept)
			.orElseThrow(() -> new FormatNotAcceptableException("/data/" + collection + " is offered as "
					+ Format.mediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "))
					+ "; the Accept header (" + accept
					+ ") takes none of them. Accept one of them, or name the format: "
					+ Format.extensions()
						.stream()
						.map((ext) -> "/data/" + collection + "." + ext)
						.collect(Collectors.joining(", "))
					+ "."));
	}

	/**
	 * A collection named without an extension: in the format {@code ?format=} names,
	 * whatever the Accept header says (an address that names its format answers the same
	 * to every client), else in the one the Accept header prefers.
	 * @param matched the format of the {@code produces} mapping Spring MVC matched the
	 * Accept header to; null for {@link #anyFormat}
	 */
	private void negotiated(String collection, @Nullable Format matched, boolean bom, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Table<?> table = table(collection);
		Format format = named(collection, request);
		if (format == null) {
			format = (matched != null && !refusedByName(request, matched)) ? matched : chosen(collection, request);
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		}
		// one URL, several representations: each its own ETag
		serve(table, format, bom, "-" + format.extension(), request, response);
	}

	private static Table<?> table(String name) {
		return Tables.named(name)
			.orElseThrow(() -> new DownloadNotFoundException("There is no collection " + Echo.quoted(name)
					+ hintOrStop(Suggestions.didYouMean(name, Tables.names())) + " Collections: "
					+ String.join(", ", Tables.names()) + "; each as " + String.join(", ", Format.extensions()) + "."));
	}

	/** A typo's "did you mean" ends the sentence, else a full stop does. */
	private static String hintOrStop(String hint) {
		return hint.isEmpty() ? "." : hint;
	}

	private void serve(Table<?> table, Format format, boolean bom, String variant, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		String misspelt = MisspeltParameters.refusal(Collections.list(request.getParameterNames()), PARAMETERS);
		if (misspelt != null) {
			throw new InvalidInputException(misspelt);
		}
		DatasetInfo info = this.requests.info(request);
		boolean withBom = bom && format == Format.CSV;
		// the BOM variant is other bytes: another name, so that both can be saved side by
		// side (curl -OJ refuses to overwrite)
		String download = "accords-" + info.version() + "-" + table.name() + (withBom ? "-bom." : ".")
				+ format.extension();
		String identity = variant + (withBom ? "-bom" : "");
		// gzip when the client takes it, unless it names the identity copy: a 304 with
		// that copy's ETag serves it as well as the gzip one would, and a resumed
		// download (If-Match) goes on with the bytes it holds
		boolean gzip = Gzip.accepted(request) && !ETags.holdsIdentity(request, this.requests.etag(info, identity));
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		String selected = gzip ? identity + Gzip.VARIANT : identity;
		if (!prepare(info, selected, request, response)) {
			return;
		}
		// the length of the representation selected (the gzip bytes when gzip), once
		// measured: a range needs it (curl -C - and browsers ask for "from here to the
		// end")
		Long measured = this.sizes.of(info.version(), table, format, selected.substring(variant.length()));
		long total = (measured != null) ? measured : -1;
		if (total >= 0) {
			response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
		}
		// Range is defined for GET only: a HEAD answers as the whole GET would
		ByteRange.Answer answer = (total < 0 || !HttpMethod.GET.matches(request.getMethod())) ? new ByteRange.Whole()
				: ByteRange.of(request, this.requests.etag(info, selected), total);
		if (answer instanceof ByteRange.Unsatisfiable) {
			response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
			response.setHeader(HttpHeaders.CONTENT_RANGE, ByteRange.unsatisfied(total));
			// about this request's Range, not the file: no cache keeps it for others
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setContentLength(0);
			return;
		}
		// held until the client has the last byte: a slow reader holds a request thread
		try (DataRequests.Place place = this.requests.place(request)) {
			if (HttpMethod.GET.matches(request.getMethod())) {
				// a range is charged as the whole file: the file is written from its
				// start
				this.requests.charge(cost(info, table), request);
			}
			describe(download, format.mediaType(), response);
			if (gzip) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			ByteRange range = (answer instanceof ByteRange.Part part) ? part.range() : null;
			if (range == null && total >= 0) {
				// the whole file's length, once measured: progress bars and download
				// managers
				// show how much is left, and a client sees a download that broke off as
				// short
				response.setContentLengthLong(total);
			}
			if (HttpMethod.HEAD.matches(request.getMethod())) {
				// the headers are those of the GET; the body is not written at all
				return;
			}
			if (range != null) {
				response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
				response.setHeader(HttpHeaders.CONTENT_RANGE, range.contentRange(total));
				response.setContentLengthLong(range.length());
			}
			stream(response, gzip, range, (out) -> this.writer.write(table, format, info.version(), out, bom));
		}
	}

	/**
	 * Anything else below /data: say what exists, and the address meant when one name
	 * below /data is a slip away from a collection's or the changelog's
	 * ({@code /data/Statements}).
	 */
	@GetMapping("/**")
	void unknown(HttpServletRequest request) {
		String path = request.getRequestURI();
		String name = path.startsWith("/data/") ? path.substring("/data/".length()) : "";
		List<String> names = new ArrayList<>(Tables.names());
		names.add("changelog");
		List<String> meant = name.contains("/") ? List.of() : Suggestions.close(name, names);
		throw new DownloadNotFoundException(
				"There is no " + path + (meant.isEmpty() ? "." : "; did you mean /data/" + meant.get(0) + "?"));
	}

	private void archive(DatasetInfo info, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (prepare(info, "", request, response)) {
			try (DataRequests.Place place = this.requests.place(request)) {
				// a GET pays before any header is set (a refusal is an answer of its
				// own);
				// the changelog, read once, is both the charge's and the archive's
				List<ChangelogEntry> changelog = List.of();
				if (HttpMethod.GET.matches(request.getMethod())) {
					changelog = this.requests.metadata().changelogEntriesUpTo(info.version());
					this.requests.charge(archiveCost(info, changelog), request);
				}
				describe(Downloads.archive(info.version()), "application/zip", response);
				// once measured, its length, as a collection's file says it: the
				// archive's bytes are the same for a version on this instance (Archive)
				Long measured = this.sizes.of(info.version()).get(Downloads.archive(info.version()));
				if (measured != null) {
					response.setContentLengthLong(measured);
				}
				if (HttpMethod.HEAD.matches(request.getMethod())) {
					return;
				}
				// a zip is compressed already; no ranges: its entries carry the time this
				// instance loaded the version, so its bytes are not the same everywhere
				List<ChangelogEntry> entries = changelog;
				stream(response, false, null, (out) -> this.archive.write(info, entries, out));
			}
		}
	}

	/**
	 * What writing a collection's file costs the client's budget: what asking /graphql
	 * for every row and each of its columns would, one point per row and one per value,
	 * plus {@value #DOWNLOAD_COST}. The archive costs its collections' sum.
	 */
	static long cost(DatasetInfo info, Table<?> table) {
		long rows = info.counts().getOrDefault(table.type(), 0L);
		return DOWNLOAD_COST + rows * (1 + table.columns().size());
	}

	/**
	 * What the archive costs: what it holds, each file as its own download costs: every
	 * collection's file, {@code changelog.json} (one point per id listed), and the README
	 * and {@code datapackage.json}, {@value #DOWNLOAD_COST} each as every metadata file.
	 */
	static long archiveCost(DatasetInfo info, List<ChangelogEntry> changelog) {
		return Tables.ALL.stream().mapToLong((table) -> cost(info, table)).sum() + DOWNLOAD_COST
				+ Metadata.ids(changelog) + 2 * DOWNLOAD_COST;
	}

	/** What every download written costs, however few its rows. */
	static final long DOWNLOAD_COST = 10;

	/**
	 * Sets the headers every answer about a download has; returns false when the client's
	 * copy is current (304).
	 */
	private boolean prepare(DatasetInfo info, String variant, HttpServletRequest request,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.requests.cacheControl().getHeaderValue());
		response.setHeader(HttpHeaders.LINK, "<" + Citation.LICENCE_URL + ">; rel=\"license\"");
		response.setHeader(DatasetVersionSource.HEADER, info.version());
		response.addHeader(HttpHeaders.VARY, DatasetVersionSource.HEADER);
		return !ETags.answered(request, response, this.requests.etag(info, variant));
	}

	/** The headers of a download's body: its type and the name to save it under. */
	private static void describe(String filename, String contentType, HttpServletResponse response) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
	}

	private interface Body {

		void write(OutputStream out) throws IOException;

	}

	/**
	 * Writes a download, or only {@code range} of its bytes (of the gzip bytes when
	 * {@code gzip}): the file is written from its start and the rest is not written once
	 * the range is out.
	 */
	private static void stream(HttpServletResponse response, boolean gzip, @Nullable ByteRange range, Body body)
			throws IOException {
		OutputStream target = (range != null) ? range.slice(response.getOutputStream()) : response.getOutputStream();
		try (OutputStream out = buffered(gzip ? Gzip.compressing(target) : target)) {
			body.write(out);
		}
		catch (ByteRange.Done ex) {
			// the range is written
		}
		catch (RuntimeException ex) {
			// the CSV writer (Jackson) wraps what its target throws
			if (!(ex.getCause() instanceof ByteRange.Done)) {
				throw ex;
			}
		}
		catch (IOException ex) {
			// the client went away: the store cursor is already closed, nothing to report
			logger.debug("Download ended early: " + ex.getMessage());
		}
	}

	/**
	 * The writers write a field at a time: buffered before the deflater, which costs a
	 * native call per write ({@link DownloadSizes} measures through the same buffering).
	 */
	static OutputStream buffered(OutputStream out) {
		return new BufferedOutputStream(out, 64 * 1024);
	}

	/**
	 * A metadata file, built per request: charged {@value #DOWNLOAD_COST} (what any
	 * download costs, however few its rows), for a HEAD too (it is built to be measured),
	 * unless the client's copy is current (304).
	 */
	private ResponseEntity<byte[]> metadata(DatasetInfo info, HttpServletRequest request, MediaType type,
			String variant, Supplier<byte[]> body) {
		String etag = this.requests.etag(info, variant);
		ETags.Precondition precondition = ETags.precondition(request, etag, false);
		if (precondition != null && precondition.failed()) {
			return ResponseEntity.status(precondition.status()).build();
		}
		boolean current = precondition != null;
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(current ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
			.cacheControl(this.requests.cacheControl())
			.eTag(etag)
			.header(HttpHeaders.LINK, "<" + Citation.LICENCE_URL + ">; rel=\"license\"")
			.header(DatasetVersionSource.HEADER, info.version())
			.varyBy(DatasetVersionSource.HEADER);
		if (current) {
			// the client's copy is current: nothing is built, nothing charged
			return answer.build();
		}
		this.requests.charge(DOWNLOAD_COST, request);
		return answer.contentType(type).body(body.get());
	}

}
