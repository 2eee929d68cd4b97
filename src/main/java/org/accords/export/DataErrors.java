package org.accords.export;

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
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The errors of {@code /data}: a 404 that says what exists (an HTML page for people, JSON
 * for programs, plain text for a terminal), 400 when the header and the parameter name
 * different versions, 503 while no dataset is served.
 */
@ControllerAdvice(assignableTypes = { DataListingController.class, DownloadController.class })
class DataErrors {

	private final DatasetState state;

	DataErrors(DatasetState state) {
		this.state = state;
	}

	/** A version that is not kept: say which are. */
	@ExceptionHandler
	Object notKept(VersionNotKeptException ex, HttpServletRequest request, HttpServletResponse response) {
		return notFound(request, response, ex.getMessage(), ex);
	}

	@ExceptionHandler
	Object notFound(DownloadNotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		return notFound(request, response, ex.getMessage(), ex.notKept());
	}

	/** The header and the parameter name different versions. */
	@ExceptionHandler
	ResponseEntity<String> badVersion(InvalidInputException ex) {
		return ResponseEntity.badRequest()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(ex.getMessage() + "\n");
	}

	/** No format of a download the client accepts: say which are offered. */
	@ExceptionHandler
	ResponseEntity<String> notAcceptable(FormatNotAcceptableException ex) {
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
			.varyBy(HttpHeaders.ACCEPT)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(ex.getMessage() + "\n");
	}

	/** No dataset yet, or the store is away: a download cannot start, try again later. */
	@ExceptionHandler
	ResponseEntity<String> unavailable(ServiceUnavailableException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(ex.getMessage() + "\n");
	}

	/**
	 * 404 saying what exists; for a version not kept, JSON readers also get its code
	 * ({@code VERSION_NOT_KEPT}) and the versions kept.
	 */
	private Object notFound(HttpServletRequest request, HttpServletResponse response, String message,
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
			case PERSON -> {
				response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
				ModelAndView page = DataViews.notFound(message, available);
				page.setStatus(HttpStatus.NOT_FOUND);
				yield page;
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
				yield builder.contentType(MediaType.APPLICATION_JSON).body(body);
			}
			case TERMINAL -> builder.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body(message + "\n\nDownloads:\n  /data/" + String.join("\n  /data/", available) + "\n");
		};
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
