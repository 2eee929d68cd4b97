package org.accords.graphql.http;

import java.util.List;

import graphql.schema.idl.SchemaPrinter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
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

	@Bean
	WebGraphQlHandler webGraphQlHandler(ExecutionGraphQlService service, List<WebGraphQlInterceptor> interceptors) {
		return WebGraphQlHandler.builder(service).interceptors(interceptors).build();
	}

	/** The SDL says what introspection would: switched off with it. */
	@Bean
	@ConditionalOnBooleanProperty(name = "spring.graphql.schema.introspection.enabled", matchIfMissing = true)
	GraphQlRouteMapping.Route schemaSdl(GraphQlSource source) {
		String sdl = new SchemaPrinter().print(source.schema());
		return new GraphQlRouteMapping.Route(RouterFunctions.route()
			.GET("/graphql/schema", (request) -> ServerResponse.ok().contentType(MediaType.TEXT_PLAIN).body(sdl))
			.build());
	}

}
