package org.accords.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accords.dataset.DatasetInfo;
import org.accords.dataset.DatasetState;
import org.accords.graphql.ErrorCode;
import org.accords.paging.InvalidInputException;
import org.accords.graphql.ServiceUnavailableException;
import org.accords.graphql.VersionNotKeptException;
import org.accords.http.Bom;
import org.accords.web.ChargeRefusedException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The errors of {@code /data}: a 404 that says what exists (an HTML page for people, JSON
 * for programs, plain text for a terminal), 400 when the header and the parameter name
 * different versions, 503 while no dataset is served.
 */
@ControllerAdvice(assignableTypes = { DataListingController.class, DownloadController.class })
class DataErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DatasetState state;

	DataErrors(DatasetState state) {
		this.state = state;
	}

	/** A version that is not kept: say which are. */
	@ExceptionHandler
	@Nullable ModelAndView notKept(VersionNotKeptException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		return notFound(request, response, ex.getMessage(), ex);
	}

	@ExceptionHandler
	@Nullable ModelAndView notFound(DownloadNotFoundException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		return notFound(request, response, ex.getMessage(), ex.notKept());
	}

	/**
	 * The header and the parameter name different versions, or a parameter is misspelt.
	 */
	@ExceptionHandler
	void badVersion(InvalidInputException ex, HttpServletResponse response) throws IOException {
		text(response, HttpStatus.BAD_REQUEST, ex.getMessage() + "\n");
	}

	/**
	 * A {@code ?bom=} that is not a boolean word: said as the GraphQL CSV answer says it
	 * ({@link Bom}), rather than Spring's bare 400.
	 */
	@ExceptionHandler
	void mistyped(MethodArgumentTypeMismatchException ex, HttpServletResponse response) throws IOException {
		String message = Bom.PARAMETER.equals(ex.getName()) ? Bom.refusal(ex.getValue())
				: "Parameter '" + ex.getName() + "' cannot be '" + ex.getValue() + "'";
		text(response, HttpStatus.BAD_REQUEST, message + "\n");
	}

	/** No format of a download the client accepts: say which are offered. */
	@ExceptionHandler
	void notAcceptable(FormatNotAcceptableException ex, HttpServletResponse response) throws IOException {
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		text(response, HttpStatus.NOT_ACCEPTABLE, ex.getMessage() + "\n");
	}

	/**
	 * A download the client's budget cannot cover yet: 429 with the budget's headers, as
	 * /graphql answers; or an unknown API key: 401, as /graphql answers, rather than
	 * served anonymously. Not the file's ETag or caching.
	 */
	@ExceptionHandler
	void refused(ChargeRefusedException ex, HttpServletResponse response) throws IOException {
		unfiled(response);
		ex.headers().forEach((name, values) -> values.forEach((value) -> response.setHeader(name, value)));
		String uncharged = (ex.status() == HttpStatus.TOO_MANY_REQUESTS)
				? ". HEAD and conditional requests (If-None-Match) are not charged." : "";
		text(response, ex.status(), ex.getMessage() + uncharged + "\n");
	}

	/**
	 * Too many downloads being written to the address at once: 429, as for a spent
	 * budget; one of them finishing frees a place, so the retry is soon.
	 */
	@ExceptionHandler
	void tooMany(TooManyDownloadsException ex, HttpServletResponse response) throws IOException {
		unfiled(response);
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		text(response, HttpStatus.TOO_MANY_REQUESTS, ex.getMessage() + "\n");
	}

	/** Takes back what was set about the file before it was refused. */
	private static void unfiled(HttpServletResponse response) {
		response.setHeader(HttpHeaders.ETAG, null);
		response.setHeader(HttpHeaders.ACCEPT_RANGES, null);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	/** No dataset yet, or the store is away: a download cannot start, try again later. */
	@ExceptionHandler
	void unavailable(ServiceUnavailableException ex, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		text(response, HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage() + "\n");
	}

	/**
	 * An error is about its request: kept by no cache (a CDN would otherwise keep a
	 * {@code 404} of a download, or a {@code 503}, by its own heuristics).
	 */
	private static void noStore(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	private static void text(HttpServletResponse response, HttpStatus status, String body) throws IOException {
		write(response, status, new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8),
				body.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Writes an error answer itself: Spring MVC's message converters would add
	 * {@code Content-Disposition: inline;filename=f.txt} to an error at a path whose
	 * extension it does not know ({@code /data/statements.xlsx}), its guard against
	 * reflected file downloads; an error is no file, so {@code nosniff} guards instead.
	 */
	private static void write(HttpServletResponse response, HttpStatus status, MediaType type, byte[] body)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(type.toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		noStore(response);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * 404 saying what exists; for a version not kept, JSON readers also get its code
	 * ({@code VERSION_NOT_KEPT}) and the versions kept.
	 */
	private @Nullable ModelAndView notFound(HttpServletRequest request, HttpServletResponse response, String message,
			@Nullable VersionNotKeptException notKept) throws IOException {
		List<String> available = new ArrayList<>();
		Tables.ALL.forEach((table) -> Format.extensions().forEach((ext) -> available.add(table.name() + "." + ext)));
		DatasetInfo info = this.state.currentOrNull();
		if (info != null) {
			available.add(Downloads.archive(info.version()));
		}
		available.addAll(List.of(Downloads.LATEST_ARCHIVE, Downloads.DATAPACKAGE, Downloads.JSON_LD, Downloads.BIBTEX,
				"changelog", Downloads.CHANGELOG, "index.json"));
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		noStore(response);
		// the page too, not only what write() answers
		response.setHeader("X-Content-Type-Options", "nosniff");
		switch (Reader.of(request)) {
			case PERSON -> {
				ModelAndView page = DataViews.secured(response, DataViews.notFound(message, available));
				page.setStatus(HttpStatus.NOT_FOUND);
				return page;
			}
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
				write(response, HttpStatus.NOT_FOUND, MediaType.APPLICATION_JSON, JSON.writeValueAsBytes(body));
			}
			case TERMINAL -> text(response, HttpStatus.NOT_FOUND,
					message + "\n\nDownloads:\n  /data/" + String.join("\n  /data/", available) + "\n");
		}
		return null;
	}

	/**
	 * Who asked, for an error's form. Mappings cannot choose here: an error answers any
	 * request, and a terminal ({@code Accept: *}{@code /*}) reads plain text best.
	 */
	enum Reader {

		/** a browser: asks for text/html */
		PERSON,
		/** asks for JSON */
		PROGRAM,
		/** asks for anything (curl): plain text */
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

}
