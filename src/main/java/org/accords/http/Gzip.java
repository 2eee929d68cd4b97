package org.accords.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ETag;

/**
 * The gzip coding of a download or a GraphQL answer: whether a request's
 * {@code Accept-Encoding} takes it, the stream that writes a download, and the
 * {@linkplain #open opened} and {@linkplain #finish finished} gzip of a GraphQL answer.
 * Both compress themselves rather than through the servlet container's compression, which
 * turns down responses with a strong ETag (every download has one) and would compress a
 * cached GraphQL answer again for every request.
 */
public final class Gzip {

	/**
	 * The deflate level, zlib's default. On a generated 50,000-statement corpus's
	 * statements.csv (38.5 MB) level 1 wrote 3.41 MB in about 0.11 s of CPU, level 6 2.66
	 * MB in about 0.28 s: 2.5 times the CPU of level 1 for a file 22% smaller (the JSON
	 * alike). Writing that file from the store takes 3.0 to 3.4 s of CPU, so level 6 adds
	 * some 5% to a download's CPU for a fifth fewer bytes, which are what a reader on a
	 * slow link waits for and what an operator pays egress for.
	 */
	public static final int LEVEL = 6;

	/** The ETag suffix of the gzip variant. */
	public static final String VARIANT = "-gzip";

	private Gzip() {
	}

	/**
	 * Whether the request's {@code Accept-Encoding} headers take gzip: {@code gzip} (or
	 * {@code x-gzip}) named with a quality above 0, or not named and {@code *} with a
	 * quality above 0 (RFC 9110, 12.5.3). A quality that does not parse takes nothing.
	 */
	public static boolean accepted(HttpServletRequest request) {
		Enumeration<String> headers = request.getHeaders("Accept-Encoding");
		return accepted((headers != null) ? Collections.list(headers) : java.util.List.of());
	}

	public static boolean accepted(Iterable<String> headers) {
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
	public static OutputStream compressing(OutputStream out) throws IOException {
		return new GZIPOutputStream(out, 64 * 1024) {
			{
				this.def.setLevel(LEVEL);
			}
		};
	}

	/**
	 * The ETag of the gzip copy of the representation {@code etag} names: {@code W/"x"}
	 * gives {@code W/"x-gzip"}, {@code "x"} gives {@code "x-gzip"}.
	 */
	public static String variant(String etag) {
		ETag identity = ETag.create(etag);
		return new ETag(identity.tag() + VARIANT, identity.weak()).formattedTag();
	}

	/**
	 * The beginning of a gzip stream: the header and the deflated {@code bytes}, flushed
	 * to a byte boundary (a sync flush) but not finished, so that it can be sent again
	 * and again with another end ({@link #finish}). A cached GraphQL answer is deflated
	 * once this way; each request adds its own {@code extensions} after it.
	 *
	 * @param bytes the header and the deflate blocks, none of them the last
	 * @param crc the CRC-32 of what they hold
	 * @param length how many bytes they hold
	 */
	public record Opened(byte[] bytes, int crc, long length) {
	}

	/** gzip's header: deflate, no name, no time, no flags, an unknown system. */
	private static final byte[] HEADER = { 0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	/**
	 * Deflates {@code length} bytes of {@code data} from {@code offset} at
	 * {@link #LEVEL}.
	 */
	public static Opened open(byte[] data, int offset, int length) {
		Deflater deflater = new Deflater(LEVEL, true);
		try {
			deflater.setInput(data, offset, length);
			// deflate writes a few times fewer bytes than it reads, text and JSON alike
			ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER.length + length / 4 + 64);
			out.writeBytes(HEADER);
			byte[] buffer = new byte[Math.min(64 * 1024, Math.max(512, length / 4))];
			int written;
			// a sync flush writes everything given: it has, once it fills less than the
			// buffer
			do {
				written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
				out.write(buffer, 0, written);
			}
			while (written == buffer.length);
			CRC32 crc = new CRC32();
			crc.update(data, offset, length);
			return new Opened(out.toByteArray(), (int) crc.getValue(), length);
		}
		finally {
			deflater.end();
		}
	}

	/**
	 * What ends an {@link Opened} stream that {@code tail} follows: {@code tail} in
	 * stored (uncompressed) blocks, the last one marked last, then the CRC-32 and length
	 * of the whole. The tail of a GraphQL answer is its {@code extensions}, a hundred
	 * bytes or so: storing them costs five bytes more than deflating would, and no
	 * deflater.
	 */
	public static byte[] finish(Opened opened, byte[] tail) {
		int blocks = Math.max(1, (tail.length + STORED - 1) / STORED);
		byte[] end = new byte[tail.length + 5 * blocks + 8];
		int at = 0;
		for (int block = 0; block < blocks; block++) {
			int from = block * STORED;
			int size = Math.min(STORED, tail.length - from);
			// BFINAL on the last block, BTYPE 00 (stored); the opened stream ends on a
			// byte
			// boundary, so the block's length follows in the next bytes
			end[at++] = (byte) ((block == blocks - 1) ? 1 : 0);
			end[at++] = (byte) size;
			end[at++] = (byte) (size >>> 8);
			end[at++] = (byte) ~size;
			end[at++] = (byte) (~size >>> 8);
			System.arraycopy(tail, from, end, at, size);
			at += size;
		}
		int crc = crc32(opened.crc(), tail, 0, tail.length);
		long length = opened.length() + tail.length;
		for (int i = 0; i < 4; i++) {
			end[at + i] = (byte) (crc >>> (8 * i));
			end[at + 4 + i] = (byte) (length >>> (8 * i));
		}
		return end;
	}

	/** The most bytes a stored deflate block holds. */
	private static final int STORED = 0xffff;

	/** CRC-32 (gzip's, zlib's), by byte, as zlib's table. */
	private static final int[] CRC_TABLE = new int[256];

	static {
		for (int n = 0; n < 256; n++) {
			int c = n;
			for (int k = 0; k < 8; k++) {
				c = ((c & 1) != 0) ? (0xedb88320 ^ (c >>> 1)) : (c >>> 1);
			}
			CRC_TABLE[n] = c;
		}
	}

	/**
	 * The CRC-32 of what {@code crc} was computed over followed by {@code length} bytes
	 * of {@code data}, as zlib's {@code crc32(crc, buf, len)}: a cached answer's CRC is
	 * carried on over each request's tail, not computed over the whole answer again
	 * ({@link java.util.zip.CRC32} cannot start from a value).
	 */
	static int crc32(int crc, byte[] data, int offset, int length) {
		int c = ~crc;
		for (int i = offset; i < offset + length; i++) {
			c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
		}
		return ~c;
	}

}
