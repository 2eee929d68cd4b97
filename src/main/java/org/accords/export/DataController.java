package org.accords.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accords.AccordsProperties;
import org.accords.dataset.Citation;
import org.accords.dataset.DatasetInfo;
import org.accords.dataset.DatasetState;
import org.accords.graphql.DatasetVersionSource;
import org.accords.graphql.ErrorCode;
import org.accords.paging.InvalidInputException;
import org.accords.graphql.ServiceUnavailableException;
import org.accords.graphql.VersionNotKeptException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code /data}: the list of downloads (HTML for people, JSON for programs), each
 * collection as CSV, JSON and NDJSON, the archive, and the dataset's metadata. Downloads
 * stream straight from the store; a client that goes away mid-stream only ends the stream
 * (the store cursor is closed on the way out).
 */
@Controller
@RequestMapping("/data")
class DataController {

	private static final Log logger = LogFactory.getLog(DataController.class);

	private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	private static final MediaType BIBTEX = MediaType.parseMediaType("application/x-bibtex; charset=utf-8");

	private final DatasetState state;

	private final Downloads downloads;

	private final Metadata metadata;

	private final TableWriter writer;

	private final Archive archive;

	private final CacheControl cacheControl;

	private final String publicUrl;

	DataController(DatasetState state, Downloads downloads, Metadata metadata, TableWriter writer, Archive archive,
			AccordsProperties properties) {
		this.state = state;
		this.downloads = downloads;
		this.metadata = metadata;
		this.writer = writer;
		this.archive = archive;
		this.cacheControl = CacheControl.maxAge(properties.export().maxAge()).cachePublic();
		this.publicUrl = properties.publicUrl();
	}

	/** What a client would rather read. */
	enum Reader {

		/** a browser: asks for text/html */
		PERSON,
		/** asks for JSON */
		PROGRAM,
		/** asks for anything (curl): plain text for messages */
		TERMINAL;

		static Reader of(HttpServletRequest request) {
			List<MediaType> accepted;
			try {
				accepted = new ArrayList<>(MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT)));
			}
			catch (IllegalArgumentException ex) {
				return TERMINAL;
			}
			accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
			for (MediaType type : accepted) {
				if (type.getQualityValue() > 0 && type.getType().equals("text") && type.getSubtype().equals("html")) {
					return PERSON;
				}
				if (type.getQualityValue() > 0
						&& (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
					return PROGRAM;
				}
			}
			return TERMINAL;
		}

	}

	@GetMapping({ "", "/" })
	ResponseEntity<?> index(HttpServletRequest request) {
		DatasetInfo info = info(request);
		if (Reader.of(request) == Reader.PERSON) {
			List<Downloads.Download> all = all(info);
			String jsonLd = Archive.JSON.writeValueAsString(this.metadata.jsonLd(info, baseUrl(), all));
			return negotiated(MediaType.TEXT_HTML, DataPages.index(info, all, jsonLd), info);
		}
		return negotiated(MediaType.APPLICATION_JSON, indexJson(info), info);
	}

	@GetMapping("/index.json")
	ResponseEntity<?> indexJson(HttpServletRequest request) {
		DatasetInfo info = info(request);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(DatasetVersionSource.HEADER, info.version())
			.varyBy(DatasetVersionSource.HEADER)
			.body(indexJson(info));
	}

	@GetMapping("/" + Downloads.DATAPACKAGE)
	ResponseEntity<?> dataPackage(HttpServletRequest request) {
		DatasetInfo info = info(request);
		return metadata(info, MediaType.APPLICATION_JSON,
				Archive.JSON.writeValueAsBytes(this.metadata.dataPackage(info)));
	}

	@GetMapping("/" + Downloads.JSON_LD)
	ResponseEntity<?> jsonLd(HttpServletRequest request) {
		DatasetInfo info = info(request);
		return metadata(info, JSON_LD, jsonLdBytes(info, all(info)));
	}

	@GetMapping("/" + Downloads.BIBTEX)
	ResponseEntity<?> bibtex(HttpServletRequest request) {
		DatasetInfo info = info(request);
		return metadata(info, BIBTEX, bibtexBytes(info));
	}

	@GetMapping("/changelog")
	ResponseEntity<?> changelog(HttpServletRequest request) {
		List<Map<String, Object>> versions = this.metadata.changelog();
		if (Reader.of(request) == Reader.PERSON) {
			return negotiated(MediaType.TEXT_HTML, DataPages.changelog(versions));
		}
		return negotiated(MediaType.APPLICATION_JSON, versions);
	}

	@GetMapping("/" + Downloads.CHANGELOG)
	ResponseEntity<?> changelogJson() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.metadata.changelog());
	}

	@GetMapping("/" + Downloads.LATEST_ARCHIVE)
	void latestArchive(HttpServletRequest request, HttpServletResponse response) throws IOException {
		archive(info(request), request, response);
	}

	@GetMapping("/accords-{version}.zip")
	ResponseEntity<?> versionArchive(@PathVariable String version, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		DatasetInfo current = this.state.current();
		DatasetInfo info;
		try {
			info = this.state.info(version);
		}
		catch (VersionNotKeptException ex) {
			return notFound(request,
					"accords-" + version + ".zip is not the version served nor one kept here; the current archive is "
							+ Downloads.archive(current.version()) + " (or " + Downloads.LATEST_ARCHIVE + "). "
							+ ex.getMessage(),
					ex);
		}
		archive(info, request, response);
		return null;
	}

	@GetMapping("/{file}")
	ResponseEntity<?> download(@PathVariable String file, @RequestParam(defaultValue = "false") boolean bom,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		int dot = file.lastIndexOf('.');
		String name = (dot > 0) ? file.substring(0, dot) : file;
		String extension = (dot > 0) ? file.substring(dot + 1) : "";
		Optional<Table<?>> table = Tables.named(name);
		if (table.isEmpty()) {
			return notFound(request, "There is no collection '" + name + "'. Collections: "
					+ String.join(", ", Tables.names()) + "; each as " + String.join(", ", Format.extensions()) + ".");
		}
		Optional<Format> format = Format.of(extension);
		if (format.isEmpty()) {
			return notFound(request,
					(extension.isEmpty() ? "'" + file + "' has no format" : "Format '" + extension + "' is not offered")
							+ ". Formats: " + String.join(", ", Format.extensions()) + ", as in " + name + ".csv.");
		}
		DatasetInfo info = info(request);
		// the BOM variant is other bytes: another name, so that both can be saved side by
		// side (curl -OJ refuses to overwrite)
		String download = "accords-" + info.version() + "-"
				+ ((bom && format.get() == Format.CSV) ? name + "-bom." + extension : file);
		if (!prepare(info, bom ? "-bom" : "", download, format.get().mediaType(), request, response)) {
			return null;
		}
		stream(response, (out) -> this.writer.write(table.get(), format.get(), info.version(), out, bom));
		return null;
	}

	/** A version that is not kept: say which are. */
	@org.springframework.web.bind.annotation.ExceptionHandler(VersionNotKeptException.class)
	ResponseEntity<?> notKept(VersionNotKeptException ex, HttpServletRequest request) {
		return notFound(request, ex.getMessage(), ex);
	}

	/** The header and the parameter name different versions. */
	@org.springframework.web.bind.annotation.ExceptionHandler(InvalidInputException.class)
	ResponseEntity<String> badVersion(InvalidInputException ex) {
		return ResponseEntity.badRequest()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(ex.getMessage() + "\n");
	}

	/** No dataset yet, or the store is away: a download cannot start, try again later. */
	@org.springframework.web.bind.annotation.ExceptionHandler(ServiceUnavailableException.class)
	ResponseEntity<String> unavailable(ServiceUnavailableException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(ex.getMessage() + "\n");
	}

	/** Anything else below /data: say what exists. */
	@GetMapping("/**")
	ResponseEntity<?> unknown(HttpServletRequest request) {
		return notFound(request, "There is no " + request.getRequestURI() + ".");
	}

	/**
	 * The version a request reads: the kept one its {@code Accords-Version} header or
	 * {@code version} parameter names, else the current one.
	 * @throws VersionNotKeptException when the one named is not kept
	 */
	private DatasetInfo info(HttpServletRequest request) {
		String header = blankToNull(request.getHeader(DatasetVersionSource.HEADER));
		String parameter = blankToNull(request.getParameter(DatasetVersionSource.PARAMETER));
		if (header != null && parameter != null && !header.equals(parameter)) {
			throw new InvalidInputException("The " + DatasetVersionSource.HEADER + " header (" + header + ") and the "
					+ DatasetVersionSource.PARAMETER + " parameter (" + parameter
					+ ") name different dataset versions; send one of them");
		}
		return this.state.info((header != null) ? header : parameter);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private void archive(DatasetInfo info, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (prepare(info, "", Downloads.archive(info.version()), "application/zip", request, response)) {
			stream(response, (out) -> this.archive.write(info, out));
		}
	}

	/**
	 * Sets the download's headers; returns false when the client's copy is current (304).
	 */
	private boolean prepare(DatasetInfo info, String variant, String filename, String contentType,
			HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl.getHeaderValue());
		response.setHeader(HttpHeaders.LINK, "<" + Citation.LICENCE_URL + ">; rel=\"license\"");
		response.setHeader(DatasetVersionSource.HEADER, info.version());
		response.addHeader(HttpHeaders.VARY, DatasetVersionSource.HEADER);
		if (new ServletWebRequest(request, response).checkNotModified(etag(info, variant))) {
			return false;
		}
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		return true;
	}

	private interface Body {

		void write(OutputStream out) throws IOException;

	}

	private static void stream(HttpServletResponse response, Body body) throws IOException {
		try (OutputStream out = new BufferedOutputStream(response.getOutputStream(), 64 * 1024)) {
			body.write(out);
		}
		catch (IOException ex) {
			// the client went away: the store cursor is already closed, nothing to report
			logger.debug("Download ended early: " + ex.getMessage());
		}
	}

	private ResponseEntity<?> metadata(DatasetInfo info, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(this.cacheControl)
			.eTag(etag(info, ""))
			.header(HttpHeaders.LINK, "<" + Citation.LICENCE_URL + ">; rel=\"license\"")
			.header(DatasetVersionSource.HEADER, info.version())
			.varyBy(DatasetVersionSource.HEADER)
			.body(body);
	}

	private ResponseEntity<?> negotiated(MediaType type, Object body) {
		return ResponseEntity.ok().contentType(type).varyBy(HttpHeaders.ACCEPT).body(body);
	}

	private ResponseEntity<?> negotiated(MediaType type, Object body, DatasetInfo info) {
		return ResponseEntity.ok()
			.contentType(type)
			.varyBy(HttpHeaders.ACCEPT, DatasetVersionSource.HEADER)
			.header(DatasetVersionSource.HEADER, info.version())
			.body(body);
	}

	private ResponseEntity<?> notFound(HttpServletRequest request, String message) {
		return notFound(request, message, null);
	}

	/**
	 * 404 saying what exists; for a version not kept, JSON readers also get its code
	 * ({@code VERSION_NOT_KEPT}) and the versions kept.
	 */
	private ResponseEntity<?> notFound(HttpServletRequest request, String message,
			@Nullable VersionNotKeptException notKept) {
		List<String> available = new ArrayList<>();
		Tables.ALL.forEach((table) -> Format.extensions().forEach((ext) -> available.add(table.name() + "." + ext)));
		DatasetInfo info = this.state.currentOrNull();
		if (info != null) {
			available.add(Downloads.archive(info.version()));
		}
		available.addAll(List.of(Downloads.LATEST_ARCHIVE, Downloads.DATAPACKAGE, Downloads.JSON_LD, Downloads.BIBTEX,
				"changelog", Downloads.CHANGELOG, "index.json"));
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.NOT_FOUND).varyBy(HttpHeaders.ACCEPT);
		return switch (Reader.of(request)) {
			case PERSON -> builder.contentType(MediaType.TEXT_HTML).body(DataPages.notFound(message, available));
			case PROGRAM -> {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("status", 404);
				body.put("error", "Not Found");
				body.put("message", message);
				if (notKept != null) {
					body.put("code", ErrorCode.VERSION_NOT_KEPT.name());
					body.put("kept", notKept.kept());
				}
				body.put("collections", Tables.names());
				body.put("formats", Format.extensions());
				body.put("downloads", available.stream().map((file) -> "/data/" + file).toList());
				yield builder.contentType(MediaType.APPLICATION_JSON).body(body);
			}
			case TERMINAL -> builder.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body(message + "\n\nDownloads:\n  /data/" + String.join("\n  /data/", available) + "\n");
		};
	}

	private Map<String, Object> indexJson(DatasetInfo info) {
		Map<String, Object> index = new LinkedHashMap<>();
		index.put("title", Citation.TITLE);
		index.put("description", Metadata.DESCRIPTION);
		index.put("version", info.version());
		index.put("publishedAt", info.loadedAt().toString());
		index.put("licence",
				Map.of("name", Citation.LICENCE_NAME, "url", Citation.LICENCE_URL, "note", Citation.LICENCE_NOTE));
		index.put("citation", Citation.text(info));
		index.put("graphql", baseUrl() + "/graphql");
		index.put("downloads", all(info));
		return index;
	}

	/** Every download, with the sizes of the per-request metadata files filled in. */
	private List<Downloads.Download> all(DatasetInfo info) {
		// links to an older version's files name it, so that they serve that version
		String query = info.version().equals(this.state.version()) ? ""
				: "?" + DatasetVersionSource.PARAMETER + "=" + info.version();
		List<Downloads.Download> first = this.downloads.all(info, baseUrl(), query, Map.of());
		return this.downloads.all(info, baseUrl(), query, Map.of(Downloads.JSON_LD,
				(long) jsonLdBytes(info, first).length, Downloads.BIBTEX, (long) bibtexBytes(info).length));
	}

	private byte[] jsonLdBytes(DatasetInfo info, List<Downloads.Download> all) {
		return Archive.JSON.writeValueAsBytes(this.metadata.jsonLd(info, baseUrl(), all));
	}

	private byte[] bibtexBytes(DatasetInfo info) {
		return Citation.bibtex(info, baseUrl() + "/data").getBytes(StandardCharsets.UTF_8);
	}

	private static String etag(DatasetInfo info, String variant) {
		return "\"" + info.version() + variant + "\"";
	}

	/** From {@code accords.public-url}, never from the request's Host header. */
	private String baseUrl() {
		return this.publicUrl;
	}

}
