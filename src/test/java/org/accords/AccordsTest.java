package org.accords;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application against the embedded store's memory backend, with the seed data
 * loaded, on a random port: one application context shared by the test classes that use
 * it and by those that ask for the same (the HTTP tests with no settings of their own),
 * so that it starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "accords.store.embedded-mode=memory")
public @interface AccordsTest {

}
