package org.accords.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;

/**
 * A single byte range of a download (RFC 9110, 14), so that a broken download resumes
 * ({@code curl -C -}, a browser's resume: {@code Range} with {@code If-Range}). A
 * download's bytes are the same every time for a version and variant, so a range is
 * served by writing the file again and keeping only its bytes ({@link #slice}).
 *
 * @param first the first byte's offset
 * @param last the last byte's offset, inclusive
 */
record ByteRange(long first, long last) {

	/** What a request's {@code Range} asks of a representation of a known length. */
	sealed interface Answer {

	}

	/** The whole representation: no range, several, an unknown unit or a bad one. */
	record Whole() implements Answer {

	}

	/** A part: 206 Partial Content. */
	record Part(ByteRange range) implements Answer {

	}

	/** A range that starts after the end: 416 Range Not Satisfiable. */
	record Unsatisfiable() implements Answer {

	}

	private static final Answer WHOLE = new Whole();

	long length() {
		return this.last - this.first + 1;
	}

	/** {@code Content-Range} of a part. */
	String contentRange(long total) {
		return "bytes " + this.first + "-" + this.last + "/" + total;
	}

	/** {@code Content-Range} of a 416. */
	static String unsatisfied(long total) {
		return "bytes */" + total;
	}

	/**
	 * What a GET asks of the representation whose entity tag is {@code etag} and whose
	 * length is {@code total}: a range only when the request has one {@code Range} and
	 * its {@code If-Range}, if any, is that entity tag (strong comparison; a date, a weak
	 * tag or another tag means the client's copy is not this one: the whole).
	 */
	static Answer of(HttpServletRequest request, String etag, long total) {
		List<String> ranges = Collections.list(request.getHeaders(HttpHeaders.RANGE));
		if (ranges.size() != 1) {
			return WHOLE;
		}
		String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
		if (ifRange != null && !ifRange.trim().equals(etag)) {
			return WHOLE;
		}
		return parse(ranges.get(0), total);
	}

	/**
	 * One {@code bytes} range of {@code total} bytes ({@code a-b}, {@code a-} or the
	 * suffix {@code -n}), read by Spring's {@link HttpRange}. Several ranges are answered
	 * with the whole (allowed: a server may ignore {@code Range}), as is anything that
	 * does not parse.
	 */
	static Answer parse(String header, long total) {
		String value = header.trim();
		int equals = value.indexOf('=');
		List<HttpRange> ranges;
		try {
			// range units are case-insensitive (RFC 9110, 14.1); HttpRange reads "bytes="
			ranges = HttpRange
				.parseRanges((equals < 0) ? value : value.substring(0, equals).trim().toLowerCase(Locale.ROOT) + "="
						+ value.substring(equals + 1).trim());
		}
		catch (IllegalArgumentException ex) {
			return WHOLE;
		}
		if (ranges.size() != 1) {
			return WHOLE;
		}
		HttpRange range = ranges.get(0);
		long first = range.getRangeStart(total);
		long last = range.getRangeEnd(total);
		// a start past the end, or the last 0 bytes
		return (first >= total || last < first) ? new Unsatisfiable() : new Part(new ByteRange(first, last));
	}

	/**
	 * Passes on only this range's bytes of what is written to it; once they are out it
	 * ends the writing (with {@link Done}), so that the rest is not generated.
	 */
	OutputStream slice(OutputStream out) {
		return new FilterOutputStream(out) {

			private long position;

			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				long start = Math.max(this.position, first());
				long end = Math.min(this.position + len, last() + 1);
				if (start < end) {
					this.out.write(b, off + (int) (start - this.position), (int) (end - start));
				}
				this.position += len;
				if (this.position > last()) {
					throw new Done();
				}
			}

		};
	}

	/** The range is written: the rest of the file is not needed. */
	static final class Done extends IOException {

		private static final long serialVersionUID = 1L;

		Done() {
			super("range written");
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	}

}
