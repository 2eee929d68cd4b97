package org.accords.graphql.http;

import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.accept.ApiVersionStrategy;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * The router functions of the GraphQL paths (the graphql-sse route on {@code /graphql},
 * the schema at {@code /graphql/schema}), mapped ahead of the annotated controllers as
 * Spring MVC's own {@link RouterFunctionMapping} would map them, but without building a
 * {@code ServerRequest} (a copy of every header) for the requests none of them can
 * answer: a request for the GraphQL path that is not a POST naming
 * {@code text/event-stream} in its Accept goes straight to {@link GraphQlEndpoint}. That
 * copy was 5.7% of the CPU of a JSON answer from the response cache. They are
 * {@link Route} beans, not {@link RouterFunction} beans, which Spring MVC's mapping would
 * pick up and ask for every request again. Only in a servlet web application: the
 * commands and the applications started without a web server (loading, validating) have
 * no Spring MVC mapping to take after.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlRouteMapping {

	/**
	 * A router function for this mapping only.
	 *
	 * @param function the route
	 */
	record Route(RouterFunction<ServerResponse> function) {
	}

	/**
	 * Configured as Spring MVC configures its own router function mapping (its CORS
	 * configuration, path parser, interceptors and message converters), at the same
	 * order; that one finds no router function and answers nothing at once.
	 */
	@Bean
	GatedMapping graphQlRoutes(List<Route> routes, @Value("${spring.graphql.http.path:/graphql}") String path,
			@Qualifier("routerFunctionMapping") RouterFunctionMapping mvc, RequestMappingHandlerAdapter adapter) {
		RouterFunction<ServerResponse> function = routes.stream()
			.map(Route::function)
			.reduce(RouterFunction::and)
			.orElseThrow(() -> new IllegalStateException("No GraphQL route"));
		GatedMapping mapping = new GatedMapping(function, path);
		mapping.setOrder(mvc.getOrder());
		mapping.setPatternParser(mvc.getPatternParser());
		CorsConfigurationSource cors = mvc.getCorsConfigurationSource();
		if (cors != null) {
			mapping.setCorsConfigurationSource(cors);
		}
		mapping.setCorsProcessor(mvc.getCorsProcessor());
		HandlerInterceptor[] interceptors = mvc.getAdaptedInterceptors();
		if (interceptors != null) {
			mapping.setInterceptors((Object[]) interceptors);
		}
		ApiVersionStrategy versions = mvc.getApiVersionStrategy();
		if (versions != null) {
			mapping.setApiVersionStrategy(versions);
		}
		mapping.setMessageConverters(adapter.getMessageConverters());
		return mapping;
	}

	/**
	 * A router function mapping that skips its router functions for the GraphQL path
	 * unless the request is a POST whose Accept names {@code text/event-stream}: the only
	 * route on that path is graphql-sse's, which asks for both.
	 */
	static final class GatedMapping extends RouterFunctionMapping {

		private final String path;

		GatedMapping(RouterFunction<?> function, String path) {
			super(function);
			this.path = path;
		}

		@Override
		protected @Nullable Object getHandlerInternal(HttpServletRequest request) throws Exception {
			return routed(request) ? super.getHandlerInternal(request) : null;
		}

		/** Whether a router function could answer the request. */
		boolean routed(HttpServletRequest request) {
			String uri = request.getRequestURI();
			String context = request.getContextPath();
			boolean graphQl = uri.length() == context.length() + this.path.length() && uri.startsWith(context)
					&& uri.startsWith(this.path, context.length());
			return !graphQl || ("POST".equals(request.getMethod()) && namesEventStream(request));
		}

		private static boolean namesEventStream(HttpServletRequest request) {
			Enumeration<String> accept = request.getHeaders(HttpHeaders.ACCEPT);
			while (accept.hasMoreElements()) {
				if (SubscriptionTransports.namesEventStream(accept.nextElement())) {
					return true;
				}
			}
			return false;
		}

	}

}
