package org.accords;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.accords.seed.SeedLoader;
import org.accords.store.StoreCommands;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The application on a random port with an empty embedded store (nothing is loaded at
 * startup, the store is not polled for other instances' versions, export sizes are not
 * measured): each test class using it loads a corpus of its own before its tests and
 * reads only the version it loaded, so the classes share one application context. The
 * store keeps the latest three versions (the test of that setting counts on it); the
 * store client's commands are counted ({@link StoreCommands}). A class whose corpus is a
 * fixture folder names it in {@link #fixtures()}, loaded before each of its tests (a load
 * of unchanged files publishes nothing).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accords.store.embedded-mode=memory", "accords.seed.load-on-startup=false",
				"accords.dataset.refresh-interval=1h", "accords.export.measure-sizes=false",
				"accords.dataset.keep-versions=3" })
@Import(StoreCommands.Counting.class)
@ExtendWith(GeneratedCorpusTest.Fixtures.class)
@Tag(QuickTier.STARTS_APPLICATION)
public @interface GeneratedCorpusTest {

	/**
	 * A seed location loaded before each test (e.g. {@code classpath:model-fixtures/}).
	 */
	String fixtures() default "";

	/** Loads {@link #fixtures()} on the shared application before each test. */
	class Fixtures implements BeforeEachCallback {

		@Override
		public void beforeEach(ExtensionContext context) {
			AnnotationSupport.findAnnotation(context.getRequiredTestClass(), GeneratedCorpusTest.class)
				.map(GeneratedCorpusTest::fixtures)
				.filter((location) -> !location.isEmpty())
				.ifPresent((location) -> SpringExtension.getApplicationContext(context)
					.getBean(SeedLoader.class)
					.load(location));
		}

	}

}
