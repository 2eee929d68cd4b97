package org.accords;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application without a web server, against the embedded store's memory backend with
 * the seed data loaded, its read caches bounded to 1 MB: one application context that the
 * store, seed, search and publishing test classes share (they call the beans, not HTTP).
 * The downloads' sizes are not measured: no class here reads them, and each version
 * published (1,500 statements by {@code QueryTablesTests}) was otherwise written whole in
 * every format in the background, beside the tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "accords.store.embedded-mode=memory", "accords.cache.max-bytes=1MB",
		"accords.export.measure-sizes=false" })
@Tag(QuickTier.STARTS_APPLICATION)
public @interface SmallCacheTest {

}
