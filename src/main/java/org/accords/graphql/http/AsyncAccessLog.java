package org.accords.graphql.http;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Writes the access log ({@link AccessLogFilter#ACCESS_LOGGER}) from a thread of its own:
 * a request thread only queues its line, and the layout (timestamp, pattern or JSON) and
 * the write to the console happen on that thread: the answer does not wait for them. No
 * line is ever dropped: the queue never discards, a full queue makes the request thread
 * wait (as a synchronous write would), and closing the application writes every queued
 * line before logging is torn down. The lines go to the appenders the logger would reach
 * without this (those of its parents, the console's as Spring Boot set it up, plain or
 * structured), so their content is the same.
 * <p>
 * Logging is the JVM's: when another application of the same JVM already made the logger
 * asynchronous, this one leaves it as it is.
 */
@Component
class AsyncAccessLog implements DisposableBean {

	static final String APPENDER = "ACCESS_ASYNC";

	/** Lines queued at most: a few seconds of answers at full speed on one core. */
	static final int QUEUE_SIZE = 8192;

	private final @Nullable Logger logger;

	private final @Nullable AsyncAppender appender;

	AsyncAccessLog() {
		this(LoggerFactory.getLogger(AccessLogFilter.ACCESS_LOGGER));
	}

	AsyncAccessLog(org.slf4j.Logger logger) {
		// Logback's, as Spring Boot sets it up; with another logging system it stays as
		// it is
		this.logger = (logger instanceof Logger logback) ? logback : null;
		this.appender = (this.logger != null) ? attach(this.logger) : null;
	}

	private static @Nullable AsyncAppender attach(Logger logger) {
		synchronized (AsyncAccessLog.class) {
			if (logger.getAppender(APPENDER) != null) {
				return null;
			}
			LoggerContext context = logger.getLoggerContext();
			ToParents parents = new ToParents(parent(context, logger));
			parents.setContext(context);
			parents.setName(APPENDER + "_PARENTS");
			parents.start();
			AsyncAppender async = new AsyncAppender();
			async.setContext(context);
			async.setName(APPENDER);
			async.setQueueSize(QUEUE_SIZE);
			// never drop a line: not the ones under INFO when the queue fills (the
			// default
			// keeps a fifth of it for WARN and over), not when it is full
			async.setDiscardingThreshold(0);
			async.setNeverBlock(false);
			// at stop, wait until the queue is written, however long it takes
			async.setMaxFlushTime(0);
			async.addAppender(parents);
			async.start();
			logger.addAppender(async);
			logger.setAdditive(false);
			return async;
		}
	}

	/** The logger's nearest ancestor: where its lines went before. */
	private static Logger parent(LoggerContext context, Logger logger) {
		String name = logger.getName();
		int dot = name.lastIndexOf('.');
		return context.getLogger((dot > 0) ? name.substring(0, dot) : org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

	/**
	 * Writes every queued line, then hands the logger back to its parents' appenders:
	 * called when the application closes, after the web server has answered its last
	 * request and before logging is torn down.
	 */
	@Override
	public void destroy() {
		AsyncAppender async = this.appender;
		Logger logger = this.logger;
		if (async == null || logger == null) {
			return;
		}
		synchronized (AsyncAccessLog.class) {
			if (logger.getAppender(APPENDER) == async) {
				logger.setAdditive(true);
				logger.detachAppender(async);
			}
			async.stop();
		}
	}

	/**
	 * Hands a line to the appenders of a logger and its ancestors, as the logging system
	 * has them when the line is written; stopping it stops none of theirs.
	 */
	static final class ToParents extends UnsynchronizedAppenderBase<ILoggingEvent> {

		private final Logger parent;

		ToParents(Logger parent) {
			this.parent = parent;
		}

		@Override
		protected void append(ILoggingEvent event) {
			this.parent.callAppenders(event);
		}

	}

}
