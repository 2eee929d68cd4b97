package org.accords;

import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.core.env.StandardEnvironment;

/**
 * The JVM's logging, for tests that start applications by hand. Spring Boot sets logging
 * up once per JVM (the first application to start does, the last to close tears it down),
 * so two applications started at once race: one resets the logger context while the other
 * configures it, and its start fails.
 */
public final class TestLogging {

	private TestLogging() {
	}

	/**
	 * Sets the JVM's logging up again in the plain format, as an application started
	 * without a profile would, whatever an earlier application left.
	 */
	public static void setUpPlain() {
		// Boot leaves a structured format in a system property: later applications in
		// this JVM would log JSON too
		System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
		LoggingSystem system = LoggingSystem.get(TestLogging.class.getClassLoader());
		system.cleanUp();
		system.beforeInitialize();
		system.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
	}

}
