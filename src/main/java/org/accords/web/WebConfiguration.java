package org.accords.web;

import java.util.List;

import org.accords.AccordsProperties;
import org.accords.graphql.DatasetVersionSource;
import org.accords.graphql.http.AccessLogFilter;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Web settings: our own GraphiQL page (scripts from WebJars in this jar, no CDN) at
 * {@code /graphiql} ({@code /graphiql/} redirects there), and CORS on the open reads
 * ({@code /graphql}, {@code /data/**}): any origin by default, the configured origins
 * when narrowed.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final List<String> corsAllowedOrigins;

	private final String graphQlPath;

	private final List<String> frameAncestors;

	WebConfiguration(AccordsProperties properties, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		this.corsAllowedOrigins = properties.http().corsAllowedOrigins();
		this.graphQlPath = graphQlPath;
		this.frameAncestors = properties.embed().frameAncestors();
	}

	/**
	 * Spring Boot's error page, reached by the error dispatch only (a request for it is
	 * answered 404), with a restrictive policy and {@code nosniff}
	 * ({@link ErrorPageHeaders}).
	 */
	@Bean
	FilterRegistrationBean<ErrorPageHeaders> errorPageHeaders(@Value("${server.error.path:/error}") String errorPath) {
		FilterRegistrationBean<ErrorPageHeaders> registration = new FilterRegistrationBean<>(errorPageHeadersFilter());
		registration.setDispatcherTypes(DispatcherType.ERROR, DispatcherType.REQUEST);
		registration.addUrlPatterns(errorPath);
		return registration;
	}

	private ErrorPageHeaders errorPageHeadersFilter() {
		return new ErrorPageHeaders(ContentSecurityPolicy.restrictive(this.frameAncestors));
	}

	/**
	 * The error page's attributes: a {@code 404}'s JSON says where pages and cards are
	 * ({@link NotFoundErrorAttributes}).
	 */
	@Bean
	NotFoundErrorAttributes errorAttributes(ObjectProvider<AddressHint> hints) {
		return new NotFoundErrorAttributes(hints.orderedStream().toList());
	}

	/**
	 * The landing page's and GraphiQL's policy, and {@code nosniff} on every answer
	 * ({@link StaticPageHeaders}).
	 */
	@Bean
	FilterRegistrationBean<StaticPageHeaders> staticPageHeaders() {
		return new FilterRegistrationBean<>(new StaticPageHeaders());
	}

	/**
	 * The same headers on Tomcat's own error page, which answers what it refuses before
	 * Spring sees it ({@link RejectedRequestHeaders}).
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> rejectedRequestHeaders(
			@Value("${server.servlet.context-path:}") String contextPath,
			ObjectProvider<HandlerMappingIntrospector> mappings) {
		RejectedRequestHeaders valve = new RejectedRequestHeaders(errorPageHeadersFilter(), contextPath, mappings);
		return (factory) -> factory.addEngineValves(valve);
	}

	/**
	 * Reads are open: any page may call {@code /graphql} and fetch {@code /data/**}
	 * (origin {@code *}), or only the configured origins; never with credentials, which
	 * the API has none of (no cookies, no sessions: a partner key is a header the page
	 * sends itself). Any request header may be sent: the ones a page's libraries add on
	 * their own (tracing's {@code traceparent}, {@code sentry-trace} and {@code baggage},
	 * Apollo Client's {@code apollographql-client-name}, an {@code Authorization} the API
	 * ignores) would otherwise fail the preflight, and a header grants nothing here.
	 * Browsers may cache the preflight for an hour; pages may read the headers that
	 * describe the version, the budget and the licence.
	 */
	@Override
	public void addCorsMappings(CorsRegistry registry) {
		if (this.corsAllowedOrigins.isEmpty()) {
			return;
		}
		String[] origins = this.corsAllowedOrigins.toArray(String[]::new);
		// Content-Disposition: the file name of a download or a CSV answer, for a page
		// that
		// saves it under the name curl -OJ gives it
		// Content-Range and Accept-Ranges: where a range of a download sits in the whole
		// file, for a page that resumes one or reads a slice
		String[] exposed = { "ETag", "RateLimit", "RateLimit-Policy", "Retry-After", "Link", "Content-Disposition",
				"Content-Range", "Accept-Ranges", AccessLogFilter.REQUEST_ID, DatasetVersionSource.HEADER };
		// and the addresses under it (a trailing slash, a typo), so that a page reads the
		// 404 naming the right address rather than a CORS failure
		for (String path : new String[] { this.graphQlPath, this.graphQlPath + "/**" }) {
			registry.addMapping(path)
				.allowedOrigins(origins)
				.allowedMethods("GET", "HEAD", "POST")
				.allowedHeaders("*")
				.exposedHeaders(exposed)
				.allowCredentials(false)
				.maxAge(3600);
		}
		// the pages, cards and oEmbed of org.accords.page are anonymous reads too (every
		// page type's: PageHttpTests holds this list to page/PageType), and so is an
		// article's source view, whose JSON gives the spans a portal highlights; not the
		// article list (/articles), HTML only and framed by no one: a portal reads the
		// list
		// from /graphql (articles) or /data/articles.json, which are open
		for (String path : new String[] { "/data", "/data/**", "/oembed", "/embed/**", "/statements/*", "/agreements/*",
				"/commitments/*", "/people/*", "/organizations/*", "/countries/*", "/cooperation-areas/*",
				"/signatories/*", "/events/*", "/programmes/*", "/posts/*", "/articles/*" }) {
			registry.addMapping(path)
				.allowedOrigins(origins)
				.allowedMethods("GET", "HEAD")
				.allowedHeaders("*")
				.exposedHeaders(exposed)
				.allowCredentials(false)
				.maxAge(3600);
		}
	}

	/**
	 * A 405's {@code Allow} lists what the address answers ({@link AllowedMethods}),
	 * ahead of Spring's, which listed every method mapped there.
	 */
	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(0, new AllowedMethods());
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
		// the slash a browser or a hand adds: GraphiQL's page, moved, with the query that
		// opens in it (the source view links one); for browsers and programs alike
		registry.addRedirectViewController("/graphiql/", "/graphiql")
			.setKeepQueryParams(true)
			.setStatusCode(HttpStatus.PERMANENT_REDIRECT);
	}

}
