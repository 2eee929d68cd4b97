package org.accords.graphql.http;

import java.nio.charset.StandardCharsets;
import java.util.List;

import graphql.schema.idl.SchemaPrinter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What Spring Boot's GraphQL web configuration would provide, less its HTTP endpoint
 * (ours is {@link GraphQlEndpoint}): the web handler with its interceptors, and the
 * schema as SDL unless introspection is switched off.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlWebConfiguration {

	static final MediaType SDL = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	/**
	 * Tomcat answers a 413 without waiting for the rest of the body: by default it reads
	 * (swallows) what is left before closing, on the request thread, waiting its
	 * connection timeout for each next byte, so a slow sender refused as too large, or as
	 * one too many ({@link GraphQlEndpoint#MAX_BODIES_PER_ADDRESS}), held a thread as
	 * long as it liked.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> refusedBodiesNotSwallowed() {
		return (factory) -> factory.addContextCustomizers((context) -> context.setSwallowAbortedUploads(false));
	}

	@Bean
	WebGraphQlHandler webGraphQlHandler(ExecutionGraphQlService service, List<WebGraphQlInterceptor> interceptors) {
		return WebGraphQlHandler.builder(service).interceptors(interceptors).build();
	}

	/**
	 * The SDL says what introspection would: switched off with it. Labelled UTF-8: its
	 * descriptions hold non-ASCII text (`…`, `«»`, names), which a browser shown a bare
	 * {@code text/plain} decodes as windows-1252.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "spring.graphql.schema.introspection.enabled", matchIfMissing = true)
	GraphQlRouteMapping.Route schemaSdl(GraphQlSource source) {
		// with the schema definition, which carries the schema's own description (the
		// printer leaves it out where the root types have their usual names)
		String sdl = new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeSchemaDefinition(true))
			.print(source.schema());
		// HEAD too, as for every static page: link checkers and caches ask it first
		return new GraphQlRouteMapping.Route(RouterFunctions.route()
			.GET("/graphql/schema", (request) -> ServerResponse.ok().contentType(SDL).body(sdl))
			.HEAD("/graphql/schema", (request) -> ServerResponse.ok().contentType(SDL).body(sdl))
			.build());
	}

}
