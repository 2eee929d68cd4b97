package org.accords;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The quick tier's watch: while {@code -Pquick} runs, an application that starts fails,
 * naming the tag that would leave its test out; in a full run it starts as ever.
 */
class QuickTierTests {

	@Test
	void anApplicationStartingInTheQuickTierFailsNamingTheTag() {
		assertThatIllegalStateException().isThrownBy(() -> new QuickTier(QuickTier.QUICK).starting(null))
			.withMessageContaining("@Tag(QuickTier.STARTS_APPLICATION)")
			.withMessageContaining("-Pquick");
	}

	@Test
	void anApplicationStartsInAFullRun() {
		assertThatNoException().isThrownBy(() -> new QuickTier((String) null).starting(null));
	}

	/**
	 * What the watch cannot see where it runs: a class that starts its application only
	 * where Docker is (the real-MongoDB suites, skipped here), or that says
	 * {@code @SpringBootTest} and is run alone. Every such class is tagged.
	 */
	@Test
	void everyClassThatSaysItStartsAnApplicationOrAContainerIsTagged() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return !definition.getMetadata().isAnnotation();
			}

		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(SpringBootTest.class));
		scanner.addIncludeFilter(new AnnotationTypeFilter(Testcontainers.class));
		List<String> untagged = new ArrayList<>();
		int found = 0;
		for (BeanDefinition definition : scanner.findCandidateComponents("org.accords")) {
			Class<?> type = Class.forName(definition.getBeanClassName());
			found++;
			boolean tagged = MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY)
				.stream(Tag.class)
				.anyMatch((tag) -> QuickTier.STARTS_APPLICATION.equals(tag.getString("value")));
			if (!tagged) {
				untagged.add(type.getName());
			}
		}
		assertThat(found).as("classes found").isGreaterThan(50);
		assertThat(untagged).as("classes starting an application or a container without the tag").isEmpty();
	}

	@Test
	void everyApplicationOfTheTestsIsWatched() {
		List<SpringApplicationRunListener> listeners = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(SpringApplicationRunListener.class,
					ArgumentResolver.of(SpringApplication.class, new SpringApplication())
						.and(String[].class, new String[0]));
		assertThat(listeners).hasAtLeastOneElementOfType(QuickTier.class);
	}

}
