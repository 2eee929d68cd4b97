package org.accords;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;

/**
 * The quick tier of the test suite, {@code ./mvnw test -Pquick}: only the tests that
 * start no application, for the minutes between two full runs of {@code ./mvnw verify}
 * (which runs every test, and is what CI runs). A test class that starts one (a Spring
 * application in the test JVM, a JVM of its own, a browser) carries
 * {@code @Tag(QuickTier.STARTS_APPLICATION)}, directly or through {@link AccordsTest},
 * and the quick tier leaves it out. So that none is missed, an application that starts
 * while the quick tier runs fails its test with a message naming the tag (registered as a
 * run listener in {@code src/test/resources/META-INF/spring.factories}; a JVM started by
 * a test is not watched, and only makes the tier slower).
 */
public final class QuickTier implements SpringApplicationRunListener {

	/** The tag of the test classes that start an application. */
	public static final String STARTS_APPLICATION = "application";

	/** The system property the quick profile sets to {@value #QUICK}. */
	static final String PROPERTY = "accords.test.tier";

	static final String QUICK = "quick";

	private final @Nullable String tier;

	public QuickTier(SpringApplication application, String[] args) {
		this(System.getProperty(PROPERTY));
	}

	QuickTier(@Nullable String tier) {
		this.tier = tier;
	}

	@Override
	public void starting(ConfigurableBootstrapContext bootstrapContext) {
		if (QUICK.equals(this.tier)) {
			throw new IllegalStateException("This test starts an application, which the quick tier (-Pquick) runs "
					+ "without: tag its class @Tag(QuickTier.STARTS_APPLICATION) (@AccordsTest does), "
					+ "so that only ./mvnw verify runs it");
		}
	}

}
