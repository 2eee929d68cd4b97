package org.accords.graphql;

import java.util.List;

import org.accords.AccordsProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Web settings: our own GraphiQL page (scripts from WebJars in this jar, no CDN) at
 * {@code /graphiql}, and CORS for partner origins.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final List<String> corsAllowedOrigins;

	private final String graphQlPath;

	private final String apiKeyHeader;

	WebConfiguration(AccordsProperties properties, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		this.corsAllowedOrigins = properties.http().corsAllowedOrigins();
		this.graphQlPath = graphQlPath;
		this.apiKeyHeader = properties.rateLimit().apiKeyHeader();
	}

	/**
	 * Partner portals call the API from their pages: only the configured origins may,
	 * with GET and POST, and browsers may cache the preflight for an hour.
	 */
	@Override
	public void addCorsMappings(CorsRegistry registry) {
		if (!this.corsAllowedOrigins.isEmpty()) {
			registry.addMapping(this.graphQlPath)
				.allowedOrigins(this.corsAllowedOrigins.toArray(String[]::new))
				.allowedMethods("GET", "POST")
				.allowedHeaders("Content-Type", "Accept", "If-None-Match", this.apiKeyHeader,
						AccessLogFilter.REQUEST_ID)
				.exposedHeaders("ETag", "RateLimit", "RateLimit-Policy", "Retry-After", AccessLogFilter.REQUEST_ID)
				.maxAge(3600);
		}
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
	}

}
