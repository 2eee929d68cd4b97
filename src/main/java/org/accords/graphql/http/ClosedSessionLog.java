package org.accords.graphql.http;

import java.util.concurrent.RejectedExecutionException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.stereotype.Component;

/**
 * One line at WARN, not Spring's ERROR and two stack traces (about 100 lines), when a
 * graphql-transport-ws session the server closed still had a message on its way: a second
 * {@code subscribe} reusing an active id is closed with 4409 from within its own stream,
 * whose completion then finds the session's scheduler disposed
 * ({@code RejectedExecutionException}) and Spring logs it as an unexpected error. Only
 * that: any other error of the handler is logged as before.
 */
@Component
class ClosedSessionLog extends TurboFilter {

	private static final Log logger = LogFactory.getLog(ClosedSessionLog.class);

	private static final String HANDLER = GraphQlWebSocketHandler.class.getName();

	/**
	 * What Spring's {@code ExceptionWebSocketHandlerDecorator.tryCloseWithError} logs.
	 */
	private static final String CLOSING = "Closing session due to exception for ";

	private final @Nullable LoggerContext context;

	ClosedSessionLog() {
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		this.context = (factory instanceof LoggerContext logback) ? logback : null;
		start();
		register();
	}

	/**
	 * Adds this filter to Logback's unless there already: a logging system initialised
	 * again (another application context in the same JVM, as in the tests) resets the
	 * filters, so each new WebSocket session calls this.
	 */
	void register() {
		LoggerContext context = this.context;
		if (context != null && !context.getTurboFilterList().contains(this)) {
			context.addTurboFilter(this);
		}
	}

	@PreDestroy
	void remove() {
		if (this.context != null) {
			this.context.getTurboFilterList().remove(this);
		}
	}

	@Override
	public FilterReply decide(@Nullable Marker marker, @Nullable Logger log, @Nullable Level level,
			@Nullable String format, Object @Nullable [] params, @Nullable Throwable thrown) {
		if (thrown == null || format == null || log == null || level != Level.ERROR || !HANDLER.equals(log.getName())
				|| !format.startsWith(CLOSING) || !rejected(thrown)) {
			return FilterReply.NEUTRAL;
		}
		logger.warn("WebSocket session closed by the server (such as 4409 for a subscribe reusing an active id)"
				+ " while a message was on its way; nothing else to do: " + format.substring(CLOSING.length()));
		return FilterReply.DENY;
	}

	/**
	 * Whether {@code thrown} is, or was caused by, a task refused by a disposed
	 * scheduler.
	 */
	private static boolean rejected(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof RejectedExecutionException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
