package org.accords.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ETag;

/**
 * The gzip coding of a download: whether a request's {@code Accept-Encoding} takes it,
 * and the stream that writes it. Downloads compress themselves rather than through the
 * servlet container's compression, which turns down responses with a strong ETag (every
 * download has one) and, by media type, would also compress the GraphQL answers, which
 * keep their own cache and are left as they are.
 */
final class Gzip {

	/**
	 * The deflate level, zlib's default. On a generated 50,000-statement corpus's
	 * statements.csv (38.5 MB) level 1 wrote 3.41 MB in about 0.11 s of CPU, level 6 2.66
	 * MB in about 0.28 s: 2.5 times the CPU of level 1 for a file 22% smaller (the JSON
	 * alike). Writing that file from the store takes 3.0 to 3.4 s of CPU, so level 6 adds
	 * some 5% to a download's CPU for a fifth fewer bytes, which are what a reader on a
	 * slow link waits for and what an operator pays egress for.
	 */
	static final int LEVEL = 6;

	/** The ETag suffix of the gzip variant. */
	static final String VARIANT = "-gzip";

	private Gzip() {
	}

	/**
	 * Whether the request's {@code Accept-Encoding} headers take gzip: {@code gzip} (or
	 * {@code x-gzip}) named with a quality above 0, or not named and {@code *} with a
	 * quality above 0 (RFC 9110, 12.5.3). A quality that does not parse takes nothing.
	 */
	static boolean accepted(HttpServletRequest request) {
		Enumeration<String> headers = request.getHeaders("Accept-Encoding");
		return accepted((headers != null) ? Collections.list(headers) : java.util.List.of());
	}

	static boolean accepted(Iterable<String> headers) {
		Double gzip = null;
		Double any = null;
		for (String header : headers) {
			for (String element : header.split(",")) {
				String[] parts = element.split(";");
				String coding = parts[0].trim().toLowerCase(Locale.ROOT);
				double quality = quality(parts);
				if (coding.equals("gzip") || coding.equals("x-gzip")) {
					gzip = (gzip == null) ? quality : Math.max(gzip, quality);
				}
				else if (coding.equals("*")) {
					any = (any == null) ? quality : Math.max(any, quality);
				}
			}
		}
		if (gzip != null) {
			return gzip > 0;
		}
		return any != null && any > 0;
	}

	private static double quality(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].trim();
			if (parameter.length() >= 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
				try {
					double quality = Double.parseDouble(parameter.substring(2).trim());
					return (quality >= 0 && quality <= 1) ? quality : 0;
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

	/** Writes gzip at {@link #LEVEL} to {@code out}; closing it finishes the stream. */
	static OutputStream compressing(OutputStream out) throws IOException {
		return new GZIPOutputStream(out, 64 * 1024) {
			{
				this.def.setLevel(LEVEL);
			}
		};
	}

	/** Whether an {@code If-None-Match} header names {@code etag} (weak comparison). */
	static boolean named(@Nullable String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		ETag wanted = ETag.create(etag);
		return ETag.parse(ifNoneMatch).stream().anyMatch((tag) -> tag.compare(wanted, false));
	}

}
