package org.accords.graphql.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access log is written from a thread of its own, to the appenders its logger's
 * parents have, and no line is lost: not when the queue is full, not at close. Shown on a
 * logger of its own, so that the applications of other test classes (which make the real
 * access logger asynchronous) are left alone.
 */
class AsyncAccessLogTests {

	final Logger parent = (Logger) LoggerFactory.getLogger("org.accords.test.asyncaccess");

	final Logger logger = (Logger) LoggerFactory.getLogger("org.accords.test.asyncaccess.lines");

	final Recorder recorder = new Recorder();

	@AfterEach
	void restore() {
		this.parent.detachAppender(this.recorder);
		this.parent.setAdditive(true);
	}

	@Test
	void everyLineArrivesFromAnotherThreadIncludingThoseQueuedAtClose() {
		// a slow console: the queue fills, and the lines logged then must wait, not drop
		this.recorder.setContext(this.parent.getLoggerContext());
		this.recorder.start();
		this.parent.addAppender(this.recorder);
		this.parent.setAdditive(false);
		AsyncAccessLog log = new AsyncAccessLog(this.logger);
		assertThat(this.logger.getAppender(AsyncAccessLog.APPENDER)).isNotNull();
		assertThat(this.logger.isAdditive()).isFalse();
		// another application of the same JVM: it leaves the first one's in place, also
		// when it closes
		new AsyncAccessLog(this.logger).destroy();
		assertThat(this.logger.iteratorForAppenders()).toIterable().hasSize(1);
		assertThat(this.logger.isAdditive()).isFalse();

		int lines = 3 * AsyncAccessLog.QUEUE_SIZE;
		for (int i = 0; i < lines; i++) {
			this.logger.info("line {}", i);
		}
		// closing the application: every queued line is written before this returns
		log.destroy();

		assertThat(this.recorder.messages).hasSize(lines);
		for (int i = 0; i < lines; i++) {
			assertThat(this.recorder.messages.get(i)).isEqualTo("line " + i);
		}
		assertThat(this.recorder.threads).as("written by the appender's worker, not the caller")
			.doesNotContain(Thread.currentThread().getName());
		assertThat(this.recorder.events.get(0).getThreadName()).as("the line names the thread that logged it")
			.isEqualTo(Thread.currentThread().getName());
		// closed: the logger writes to its parents' appenders itself again
		assertThat(this.logger.getAppender(AsyncAccessLog.APPENDER)).isNull();
		assertThat(this.logger.isAdditive()).isTrue();
		this.logger.info("after close");
		assertThat(this.recorder.messages).last().isEqualTo("after close");
	}

	/** Records what it is given, slowly, and which thread gave it. */
	static final class Recorder extends AppenderBase<ILoggingEvent> {

		// appended one at a time (doAppend is synchronized) and read once the worker has
		// finished

		final List<ILoggingEvent> events = new ArrayList<>();

		final List<String> messages = new ArrayList<>();

		final Set<String> threads = ConcurrentHashMap.newKeySet();

		@Override
		protected void append(ILoggingEvent event) {
			if (this.events.size() % 1000 == 0) {
				pause(Duration.ofMillis(150));
			}
			this.events.add(event);
			this.messages.add(event.getFormattedMessage());
			this.threads.add(Thread.currentThread().getName());
		}

	}

	/**
	 * Waits, interrupted or not: stopping the appender interrupts its worker, and the
	 * lines still queued then must be as slow to write as the others.
	 */
	static void pause(Duration duration) {
		long until = System.nanoTime() + duration.toNanos();
		boolean interrupted = false;
		for (long left = duration.toNanos(); left > 0; left = until - System.nanoTime()) {
			try {
				Thread.sleep(Math.max(1, left / 1_000_000));
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
