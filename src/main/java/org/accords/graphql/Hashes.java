package org.accords.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest the application uses: persisted queries, cache keys, partner
 * keys, seed file and article hashes, content hashes of published entities.
 */
public final class Hashes {

	private Hashes() {
	}

	/** SHA-256 of the text's UTF-8 bytes, in lower-case hex. */
	public static String sha256Hex(String text) {
		return hex(sha256(text.getBytes(StandardCharsets.UTF_8)));
	}

	public static byte[] sha256(byte[] bytes) {
		return sha256().digest(bytes);
	}

	/** A SHA-256 digest to feed in parts. */
	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			// every Java platform has SHA-256
			throw new IllegalStateException(ex);
		}
	}

	/** Lower-case hex. */
	public static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

}
