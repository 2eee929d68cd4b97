package org.accords.graphql.guard;

import java.util.Map;

import org.accords.AccordsProperties;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.stereotype.Component;

/**
 * A partner's API key over graphql-transport-ws, where browsers cannot set headers on the
 * WebSocket handshake: taken from the {@code connection_init} payload (an entry named as
 * the key header, {@code X-API-Key} by default, or {@code apiKey}) and kept with the
 * session, so that {@link SubscriptionAdmission} charges the partner's budget, as it does
 * for a key sent in the handshake's headers.
 */
@Component
class WebSocketApiKey implements WebSocketGraphQlInterceptor {

	private static final String ATTRIBUTE = WebSocketApiKey.class.getName() + ".key";

	private final String header;

	WebSocketApiKey(AccordsProperties properties) {
		this.header = properties.rateLimit().apiKeyHeader();
	}

	@Override
	public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
		for (Map.Entry<String, Object> entry : payload.entrySet()) {
			if ((entry.getKey().equalsIgnoreCase(this.header) || entry.getKey().equals("apiKey"))
					&& entry.getValue() instanceof String key && !key.isBlank()) {
				session.getAttributes().put(ATTRIBUTE, key);
			}
		}
		return Mono.empty();
	}

	/** The key a WebSocket session gave in its {@code connection_init}; null if none. */
	static @Nullable String of(WebGraphQlRequest request) {
		return (request instanceof WebSocketGraphQlRequest webSocket)
				? (String) webSocket.getSessionInfo().getAttributes().get(ATTRIBUTE) : null;
	}

}
