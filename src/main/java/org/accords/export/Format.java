package org.accords.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.accords.web.ContentNegotiation;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;

/** The formats every collection is offered in. */
enum Format {

	/**
	 * RFC 4180: comma-separated, CRLF line ends, quoted where needed, a header row,
	 * UTF-8.
	 */
	CSV("csv", "text/csv; charset=utf-8; header=present"),
	/** One JSON array of entities, as stored, with every evidence excerpt. */
	JSON("json", "application/json"),
	/** Newline-delimited JSON: one entity per line, for streaming tools. */
	NDJSON("ndjson", "application/x-ndjson");

	/**
	 * The query parameter that names a collection's format by its extension
	 * ({@code /data/statements?format=json}).
	 */
	static final String PARAMETER = "format";

	private final String extension;

	private final String mediaType;

	Format(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	String extension() {
		return this.extension;
	}

	/** The Content-Type of a download. */
	String mediaType() {
		return this.mediaType;
	}

	/** The media type without parameters, as metadata lists it. */
	String encodingFormat() {
		int semicolon = this.mediaType.indexOf(';');
		return (semicolon < 0) ? this.mediaType : this.mediaType.substring(0, semicolon);
	}

	static Optional<Format> of(String extension) {
		return Arrays.stream(values()).filter((format) -> format.extension.equals(extension)).findFirst();
	}

	/** The media types offered, without parameters, in order of preference. */
	static List<MediaType> mediaTypes() {
		return Arrays.stream(values()).map((format) -> MediaType.parseMediaType(format.encodingFormat())).toList();
	}

	/**
	 * The format an {@code Accept} header prefers (CSV when it takes anything); empty
	 * when it takes none of them.
	 */
	static Optional<Format> accepted(@Nullable String accept) {
		return accepted(accept, values());
	}

	/**
	 * The format among {@code formats} an {@code Accept} header prefers; empty when it
	 * takes none of them.
	 */
	static Optional<Format> accepted(@Nullable String accept, Format... formats) {
		MediaType preferred = ContentNegotiation.preferred(accept,
				Arrays.stream(formats).map((format) -> MediaType.parseMediaType(format.encodingFormat())).toList());
		return Arrays.stream(values())
			.filter((format) -> preferred != null && format.encodingFormat().equals(preferred.toString()))
			.findFirst();
	}

	static List<String> extensions() {
		return Arrays.stream(values()).map(Format::extension).toList();
	}

}
