package org.accords.graphql.http;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.accords.AccordsProperties;
import org.accords.graphql.guard.SubscriptionAdmission;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;

/**
 * GraphQL subscriptions over Spring for GraphQL's own handlers, wired here because Boot's
 * GraphQL web configuration is switched off (our {@link GraphQlEndpoint} serves
 * {@code /graphql}); they read Boot's settings as Boot would:
 * <ul>
 * <li>graphql-sse (distinct connections mode): {@code POST /graphql} with
 * {@code Accept: text/event-stream} ({@code spring.graphql.http.path},
 * {@code spring.graphql.http.sse.keep-alive} and {@code .timeout});</li>
 * <li>graphql-transport-ws: a WebSocket at {@code spring.graphql.websocket.path}
 * ({@code /graphql/ws}; none when unset), its handshake's {@code Origin} checked against
 * {@code accords.http.cors-allowed-origins} as CORS is.</li>
 * </ul>
 * Both go through {@link SubscriptionAdmission}.
 */
@Configuration(proxyBeanMethods = false)
class SubscriptionTransports {

	@Bean
	GraphQlSseHandler graphQlSseHandler(WebGraphQlHandler handler, GraphQlProperties properties) {
		GraphQlProperties.Sse sse = properties.getHttp().getSse();
		return new GraphQlSseHandler(handler, sse.getTimeout(), sse.getKeepAlive());
	}

	/**
	 * Ahead of {@link GraphQlEndpoint} ({@link GraphQlRouteMapping} is asked first), for
	 * the requests that ask for {@code text/event-stream} by name only:
	 * {@code *}{@code /*} stays with the JSON transport.
	 */
	@Bean
	GraphQlRouteMapping.Route graphQlSseRoute(GraphQlSseHandler handler,
			@Value("${spring.graphql.http.path:/graphql}") String path, GraphQlTransport transport,
			RequestBodies bodies, JsonMapper json) {
		// Accept is parsed only when it names an event stream at all: parsing it was 3%
		// of the CPU of each JSON answer from the response cache
		RequestPredicate eventStream = (request) -> request.method().equals(HttpMethod.POST)
				&& request.path().equals(path)
				&& request.headers()
					.header(HttpHeaders.ACCEPT)
					.stream()
					.anyMatch(SubscriptionTransports::namesEventStream)
				&& request.headers()
					.accept()
					.stream()
					.anyMatch((type) -> type.getQualityValue() > 0 && !type.isWildcardType()
							&& !type.isWildcardSubtype() && type.isCompatibleWith(MediaType.TEXT_EVENT_STREAM));
		return new GraphQlRouteMapping.Route(RouterFunctions.route(eventStream, (received) -> {
			// the handler would read any body whole (three of 228 MB ran a 512 MB heap
			// out
			// of memory): read it here, bounded as /graphql's, and refused as there
			HttpServletRequest servlet = received.servletRequest();
			byte[] body;
			try {
				body = bodies.read(servlet);
				// Spring's handler reads a key named twice as its last value: refused as
				// /graphql refuses it
				GraphQlHttpRequest.checkNamesOnce(body, json);
			}
			catch (TransportException ex) {
				ResponseEntity<byte[]> refused = transport.refuseCharged(ex, MediaType.APPLICATION_JSON, servlet, null);
				return ServerResponse.status(refused.getStatusCode())
					.headers((headers) -> headers.addAll(refused.getHeaders()))
					.body(Objects.requireNonNull(refused.getBody()));
			}
			ServerRequest request = ServerRequest.create(new ReadBody(servlet, body), received.messageConverters());
			request.attributes().put(SubscriptionAdmission.SSE, Boolean.TRUE);
			// its errors carry the X-Request-Id's id, as /graphql's errors do
			RequestTrace trace = RequestTrace.of(request.servletRequest());
			if (trace != null && !trace.id.isEmpty()) {
				request.attributes().put(SubscriptionAdmission.REQUEST_ID, trace.id);
			}
			return handler.handleRequest(request);
		}));
	}

	/** A request whose body was read already: it is read again from the bytes. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] bytes, int offset, int length) {
					return in.read(bytes, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

	}

	/**
	 * Whether an Accept value could list {@code text/event-stream}: a media type of it is
	 * that text, in any case, so a value without it lists none.
	 */
	static boolean namesEventStream(String accept) {
		return accept.toLowerCase(Locale.ROOT).contains(MediaType.TEXT_EVENT_STREAM_VALUE);
	}

	@Bean
	@ConditionalOnProperty("spring.graphql.websocket.path")
	GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties,
			JsonMapper json, AccordsProperties accords, SubscriptionAdmission admission, ClosedSessionLog closedLog) {
		GraphQlProperties.Websocket websocket = properties.getWebsocket();
		// the handshake's Origin check, as CORS for /graphql: any origin by default
		CorsConfiguration origins = new CorsConfiguration();
		origins.setAllowedOrigins(accords.http().corsAllowedOrigins());
		return new CountedWebSocketHandler(handler, new JacksonJsonHttpMessageConverter(json),
				websocket.getConnectionInitTimeout(), websocket.getKeepAlive(), origins, admission, closedLog);
	}

	/**
	 * The graphql-transport-ws handler, with its connections counted per address
	 * ({@link SubscriptionAdmission#webSocketOpened}): one beyond
	 * {@code accords.subscriptions.max-per-client} is refused before the upgrade (429,
	 * {@link SubscriptionTransports#graphQlWebSocketMapping}); one that got past that
	 * check at the same time as others is closed at once (1013, try again later).
	 * Uncounted, a connection that never subscribed stayed open for good (the keep-alive
	 * holds it): about 5,700 from one address filled a 512 MB heap.
	 */
	static final class CountedWebSocketHandler extends GraphQlWebSocketHandler {

		/** The session attribute that marks a counted connection. */
		private static final String COUNTED = CountedWebSocketHandler.class.getName() + ".counted";

		static final CloseStatus TOO_MANY = CloseStatus.SERVICE_OVERLOAD
			.withReason("Too many WebSocket connections from this address");

		private final SubscriptionAdmission admission;

		private final ClosedSessionLog closedLog;

		CountedWebSocketHandler(WebGraphQlHandler handler, JacksonJsonHttpMessageConverter converter,
				Duration initTimeout, @Nullable Duration keepAlive, CorsConfiguration origins,
				SubscriptionAdmission admission, ClosedSessionLog closedLog) {
			super(handler, converter, initTimeout, keepAlive, origins);
			this.admission = admission;
			this.closedLog = closedLog;
		}

		@Override
		public void afterConnectionEstablished(WebSocketSession session) {
			if (!this.admission.webSocketOpened(session.getRemoteAddress())) {
				try {
					session.close(TOO_MANY);
				}
				catch (IOException ex) {
					// closed already
				}
				return;
			}
			session.getAttributes().put(COUNTED, Boolean.TRUE);
			this.closedLog.register();
			super.afterConnectionEstablished(session);
		}

		/**
		 * A {@code subscribe} whose payload Spring cannot take as a request (no
		 * {@code query} and no persisted-query hash, a {@code query} or {@code variables}
		 * of another JSON type) threw out of Spring's handler: the connection closed with
		 * 1011 (a server error), every subscription on it with it, and a stack trace of
		 * about 60 lines at ERROR that any client could repeat. Closed with 4400, as
		 * graphql-transport-ws closes an invalid message, naming the fault, and not
		 * logged.
		 */
		@Override
		protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
			try {
				super.handleTextMessage(session, message);
			}
			catch (ServerWebInputException ex) {
				session.close(new CloseStatus(4400, "Invalid subscribe payload: " + ex.getReason()));
			}
		}

		@Override
		public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
			if (session.getAttributes().remove(COUNTED) != null) {
				this.admission.webSocketClosed(session.getRemoteAddress());
				super.afterConnectionClosed(session, status);
			}
		}

	}

	/** Only WebSocket upgrades, ahead of every other mapping, as Boot maps it. */
	@Bean
	@ConditionalOnProperty("spring.graphql.websocket.path")
	HandlerMapping graphQlWebSocketMapping(GraphQlWebSocketHandler handler, GraphQlProperties properties,
			SubscriptionAdmission admission) {
		WebSocketHandlerMapping mapping = new WebSocketHandlerMapping();
		mapping.setWebSocketUpgradeMatch(true);
		WebSocketHttpRequestHandler upgrades = handler.initWebSocketHttpRequestHandler(new DefaultHandshakeHandler());
		// an address that holds its most connections is refused before the upgrade: a
		// connection closed after it stays open (and holds its buffers) for as long as
		// the client does not answer the close
		List<HandshakeInterceptor> interceptors = new ArrayList<>(upgrades.getHandshakeInterceptors());
		interceptors.add(new HandshakeInterceptor() {

			@Override
			public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
					WebSocketHandler webSocketHandler, Map<String, Object> attributes) {
				if (admission.webSocketMayOpen(request.getRemoteAddress())) {
					return true;
				}
				response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
				return false;
			}

			@Override
			public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response,
					WebSocketHandler webSocketHandler, @Nullable Exception exception) {
			}

		});
		upgrades.setHandshakeInterceptors(interceptors);
		mapping.setUrlMap(Map.of(properties.getWebsocket().getPath(), upgrades));
		mapping.setOrder(-2);
		return mapping;
	}

}
