package org.accords.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

	static List<String> extensions() {
		return Arrays.stream(values()).map(Format::extension).toList();
	}

}
