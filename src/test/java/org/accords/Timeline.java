package org.accords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where the test suite's wall time goes: with {@code -Daccords.test.timeline=FILE}
 * ({@code ./mvnw -o -B -ntp verify -Daccords.test.timeline=/tmp/timeline.txt}) each test
 * class, each test method that took more than 300 ms and each application start (Spring
 * Boot's, in the test JVM) appends a line to FILE: {@code class|test|app NAME START END
 * THREAD}, the times in epoch milliseconds, so that the lane's classes (one thread) and
 * those beside it can be told apart and added up. Without the property it writes nothing.
 * Registered as a JUnit Platform listener
 * ({@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}) and a run
 * listener ({@code META-INF/spring.factories}); docs/operations.md#testing-and-ci gives
 * its figures.
 */
public final class Timeline implements TestExecutionListener, SpringApplicationRunListener {

	static final @Nullable String FILE = System.getProperty("accords.test.timeline");

	/** When each class or test still running started, by its unique id. */
	static final Map<String, Long> STARTED = new ConcurrentHashMap<>();

	public Timeline() {
	}

	public Timeline(SpringApplication application, String[] args) {
	}

	@Override
	public void executionStarted(TestIdentifier identifier) {
		if (identifier.isTest() || identifier.getSource().orElse(null) instanceof ClassSource) {
			STARTED.put(identifier.getUniqueId(), System.currentTimeMillis());
		}
	}

	@Override
	public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
		if (identifier.getSource().orElse(null) instanceof ClassSource source) {
			Long started = STARTED.remove(identifier.getUniqueId());
			if (started != null) {
				write("class " + source.getClassName() + " " + started + " " + System.currentTimeMillis());
			}
		}
		else if (identifier.isTest()) {
			Long started = STARTED.remove(identifier.getUniqueId());
			long now = System.currentTimeMillis();
			if (started != null && now - started > 300) {
				write("test " + identifier.getUniqueId().replace(' ', '_') + " " + started + " " + now);
			}
		}
	}

	@Override
	public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
		long now = System.currentTimeMillis();
		write("app " + context.getId() + " " + (now - timeTaken.toMillis()) + " " + now);
	}

	static synchronized void write(String line) {
		if (FILE == null) {
			return;
		}
		try {
			Files.writeString(Path.of(FILE), line + " " + Thread.currentThread().getName() + "\n",
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
