package org.accords.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * A CORS preflight's {@code Allow} lists the methods CORS allows there (and OPTIONS).
 * Spring answers a preflight from the CORS configuration and sets no {@code Allow}, so
 * the servlet's own OPTIONS answer added one naming every method it could dispatch (PUT,
 * DELETE, PATCH too), which {@code /graphql} answers with 405. Set on every handler
 * mapping; requests that are not preflights are passed on unchanged.
 */
@Component
class PreflightAllow implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractHandlerMapping mapping) {
			mapping.setCorsProcessor(new Processor());
		}
		return bean;
	}

	static final class Processor extends DefaultCorsProcessor {

		@Override
		public boolean processRequest(@Nullable CorsConfiguration config, HttpServletRequest request,
				HttpServletResponse response) throws IOException {
			if (config != null && CorsUtils.isPreFlightRequest(request)) {
				List<String> allowed = config.getAllowedMethods();
				if (allowed != null && !allowed.contains(CorsConfiguration.ALL)) {
					List<String> methods = new ArrayList<>(allowed);
					if (!methods.contains("OPTIONS")) {
						methods.add("OPTIONS");
					}
					response.setHeader(HttpHeaders.ALLOW, String.join(", ", methods));
				}
			}
			return super.processRequest(config, request, response);
		}

	}

}
