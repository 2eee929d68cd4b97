package org.accords.graphql.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import graphql.schema.idl.SchemaPrinter;
import org.accords.graphql.Hashes;
import org.accords.http.ETags;
import org.accords.http.Gzip;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
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
	 * one too many ({@link RequestBodies#MAX_BODIES_PER_ADDRESS}), held a thread as long
	 * as it liked.
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
		SchemaDocument document = SchemaDocument.of(sdl);
		// HEAD too, as for every static page: link checkers and caches ask it first
		return new GraphQlRouteMapping.Route(RouterFunctions.route()
			.GET("/graphql/schema", document::serve)
			.HEAD("/graphql/schema", document::serve)
			.build());
	}

	/**
	 * The SDL as served: its bytes and their gzip, made once, and a strong ETag from its
	 * hash, so that a client (a code generator, an IDE, a CDN) revalidates it with
	 * {@code If-None-Match} and gets a 304 until a deploy changes the schema. It is
	 * gzipped here, as the downloads are, since the servlet container does not compress
	 * an answer with a strong ETag.
	 *
	 * @param identity the SDL's UTF-8 bytes
	 * @param gzip their gzip
	 * @param etag the strong ETag of the identity bytes; the gzip's is its
	 * {@link Gzip#variant}
	 */
	record SchemaDocument(byte[] identity, byte[] gzip, String etag) {

		static SchemaDocument of(String sdl) {
			byte[] identity = sdl.getBytes(StandardCharsets.UTF_8);
			ByteArrayOutputStream gzip = new ByteArrayOutputStream(identity.length / 4);
			try (OutputStream out = Gzip.compressing(gzip)) {
				out.write(identity);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			String etag = "\"schema-" + Hashes.hex(Hashes.sha256(identity)).substring(0, 32) + "\"";
			return new SchemaDocument(identity, gzip.toByteArray(), etag);
		}

		ServerResponse serve(ServerRequest request) {
			HttpServletRequest servlet = request.servletRequest();
			boolean gzip = Gzip.accepted(servlet);
			String served = gzip ? Gzip.variant(this.etag) : this.etag;
			// either copy's tag names a schema the client holds: a 304 names that copy
			ETags.Precondition precondition = ETags.precondition(servlet, this.etag, true);
			if (precondition != null && precondition.failed()) {
				return ServerResponse.status(precondition.status()).build();
			}
			String held = (precondition != null) ? precondition.etag() : null;
			ServerResponse.BodyBuilder answer = (held != null) ? ServerResponse.status(HttpStatus.NOT_MODIFIED)
					: ServerResponse.ok();
			answer.eTag((held != null) ? held : served)
				.cacheControl(CacheControl.noCache())
				.varyBy(HttpHeaders.ACCEPT_ENCODING);
			if (held != null) {
				return answer.build();
			}
			answer.contentType(SDL);
			if (gzip) {
				answer.header(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			return answer.body(gzip ? this.gzip : this.identity);
		}

	}

}
