package org.accords.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The client an anonymous remote address stands for, wherever one is given a budget or a
 * number of places (rate limits, subscriptions, WebSockets, the changes stream): an IPv4
 * address itself, an IPv6 address its /64, the least a network hands one subscriber (2^64
 * addresses, each of which had a budget of its own).
 */
public final class ClientNetwork {

	private ClientNetwork() {
	}

	/** The IPv4 address, or the IPv6 address's /64 ({@code 2001:db8:1:2:0:0:0:0/64}). */
	public static String of(String address) {
		if (address.indexOf(':') < 0) {
			return address;
		}
		try {
			// an address literal, as the servlet container gives it: no name lookup
			InetAddress parsed = InetAddress.getByName(address);
			if (!(parsed instanceof Inet6Address)) {
				return parsed.getHostAddress();
			}
			byte[] masked = Arrays.copyOf(Arrays.copyOf(parsed.getAddress(), 8), 16);
			return InetAddress.getByAddress(masked).getHostAddress() + "/64";
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

}
