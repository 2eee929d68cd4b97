package org.accords.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Accords-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.body" with the partner's secret>}. The timestamp inside the signed text lets a
 * receiver refuse replays of old deliveries.
 */
public final class WebhookSignature {

	/** Header name. */
	public static final String HEADER = "X-Accords-Signature";

	private WebhookSignature() {
	}

	public static String header(String secret, long unixSeconds, byte[] body) {
		return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds, body);
	}

	/** Hex HMAC-SHA256 of {@code "<t>.<body>"}. */
	public static String hmac(String secret, long unixSeconds, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
