package org.accords;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application against the embedded store's memory backend, with the seed data
 * loaded, on a random port: one application context shared by the test classes that use
 * it (the HTTP tests with no settings of their own), so that it starts once per test JVM.
 * It captures the schema inspection's reports ({@link SchemaReports}) for the schema
 * test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "accords.store.embedded-mode=memory")
@Import(SchemaReports.Capture.class)
@Tag(QuickTier.STARTS_APPLICATION)
public @interface AccordsTest {

}
