package org.accords.graphql.http;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.accords.AccordsProperties;
import org.accords.graphql.ErrorCode;
import org.accords.http.ClientNetwork;
import org.accords.http.PlacesPerClient;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Reads the request bodies of {@code /graphql} and of its graphql-sse route: at most
 * {@code accords.http.max-body-size} bytes each, and at most
 * {@value #MAX_BODIES_PER_ADDRESS} at once from one address. The count is the
 * application's, as its request threads are: two applications in one process (the tests'
 * contexts) do not share it.
 */
@Component
class RequestBodies {

	/**
	 * The most request bodies read at once from one address. A body is read on a request
	 * thread, and Tomcat waits up to its connection timeout for each next byte: 210
	 * connections from one address, each sending part of its body and then nothing, took
	 * all 200 threads and every other request waited.
	 */
	static final int MAX_BODIES_PER_ADDRESS = 20;

	/** Bodies being read, by address. */
	final PlacesPerClient reading = new PlacesPerClient(MAX_BODIES_PER_ADDRESS);

	private final long maxBodySize;

	private final int maxCharacters;

	RequestBodies(AccordsProperties properties) {
		this.maxBodySize = properties.http().maxBodySize().toBytes();
		this.maxCharacters = properties.limits().maxCharacters();
	}

	/**
	 * The request body, at most {@code accords.http.max-body-size} bytes: never more is
	 * read, whether its length is declared or it is chunked.
	 * @throws TransportException 413 for a longer one or one too many from its address,
	 * 400 for one that cannot be read
	 */
	byte[] read(HttpServletRequest servlet) {
		long limit = this.maxBodySize;
		long declared = servlet.getContentLengthLong();
		if (declared > limit) {
			throw tooLarge(limit);
		}
		// an IPv6 client by its /64, as its rate limit
		String address = ClientNetwork.of(servlet.getRemoteAddr());
		if (!this.reading.take(address)) {
			// 413 with Retry-After (RFC 9110: the content cannot be taken now): the one
			// status after which Tomcat does not wait for the rest of the slow body to
			// discard it (GraphQlWebConfiguration); any other would hold the thread still
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.RETRY_AFTER, "1");
			throw new TransportException(ErrorCode.PAYLOAD_TOO_LARGE,
					"Too many request bodies being sent at once from this address (at most " + MAX_BODIES_PER_ADDRESS
							+ "); send this one again when one of them has arrived",
					headers);
		}
		try (InputStream in = servlet.getInputStream()) {
			// a declared length is read into an array of that size (a client that sends
			// less is answered from what it sent); else up to one byte over the limit
			byte[] body = in.readNBytes((declared >= 0) ? (int) declared : (int) limit + 1);
			if (body.length > limit) {
				throw tooLarge(limit);
			}
			return body;
		}
		catch (IOException ex) {
			throw GraphQlHttpRequest.badRequest("The request body could not be read");
		}
		finally {
			this.reading.release(address);
		}
	}

	/**
	 * A body over the limit, saying what to send instead: the document cannot be what
	 * makes it large, since it is limited far below
	 * ({@code accords.limits.max-characters}).
	 */
	private TransportException tooLarge(long limit) {
		return new TransportException(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than " + limit
				+ " bytes: a document holds at most " + this.maxCharacters
				+ " characters, so what makes a body this large is its variables or extensions; send fewer values"
				+ " (fewer ids) in each request, over several requests");
	}

}
