package org.accords;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application on a random port with an empty embedded store (nothing is loaded at
 * startup, and no test class using it loads anything but the one that checks the first
 * load) and the curator's desk on, over the seed folder {@code target/desk-seed-<fork>},
 * which the desk reads on every request (its test class prepares it): one application
 * context that the first-load test and the desk's tests share.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accords.store.embedded-mode=memory", "accords.seed.load-on-startup=false",
				"accords.desk.enabled=true",
				"accords.seed.location=file:${user.dir}/target/desk-seed-${accords.test.fork:1}/" })
@Tag(QuickTier.STARTS_APPLICATION)
public @interface EmptyStoreTest {

}
