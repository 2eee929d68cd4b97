package org.accords.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Which addresses a webhook may be sent to: only public ones unless the operator allows
 * private receivers, so that a setting cannot turn the server into a client of its own
 * network (SSRF). The host is resolved and every address it resolves to is checked.
 */
final class WebhookTargets {

	private WebhookTargets() {
	}

	/**
	 * Checks a receiver's URL.
	 * @throws RefusedTargetException naming the URL and the reason, if it may not be
	 * called
	 */
	static void check(URI url, boolean allowPrivate) {
		String scheme = url.getScheme();
		if (!("https".equals(scheme) || "http".equals(scheme)) || url.getHost() == null) {
			throw new RefusedTargetException(url + " is not an http or https URL with a host");
		}
		if (allowPrivate) {
			return;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(url.getHost());
		}
		catch (UnknownHostException ex) {
			throw new RefusedTargetException(url.getHost() + " does not resolve");
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				throw new RefusedTargetException(url.getHost() + " resolves to " + address.getHostAddress()
						+ ", a loopback, private, link-local or otherwise non-public address;"
						+ " set accords.webhooks.allow-private=true to allow it");
			}
		}
	}

	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			// 0/8 this network, 100.64/10 carrier-grade NAT, 192.0.0/24 protocol
			// assignments, 198.18/15 benchmarking, 240/4 reserved and broadcast
			return !(first == 0 || (first == 100 && second >= 64 && second < 128)
					|| (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second & 0xfe) == 18)
					|| first >= 240);
		}
		if (address instanceof Inet6Address) {
			int first = b[0] & 0xff;
			// fc00::/7 unique local; an IPv4-mapped address is judged as its IPv4 address
			if ((first & 0xfe) == 0xfc) {
				return false;
			}
			boolean mapped = true;
			for (int i = 0; i < 10; i++) {
				mapped &= b[i] == 0;
			}
			if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
				try {
					return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
				}
				catch (UnknownHostException ex) {
					return false;
				}
			}
		}
		return true;
	}

	/** A receiver this server refuses to call. */
	static final class RefusedTargetException extends RuntimeException {

		RefusedTargetException(String message) {
			super(message);
		}

	}

}
