package org.accords.dataset;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.accords.graphql.DatasetVersionSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.support.ContextValueMethodArgumentResolver;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Handler methods read the request's dataset version as {@code @ContextValue String
 * datasetVersion}: the parameter's name is the context key, which works for
 * {@code @BatchMapping} methods too (they take no custom argument resolvers).
 */
class DatasetVersionParameterTests {

	/** The keys {@link DatasetContext} puts in the GraphQL context of every request. */
	private static final Set<String> KEYS = Set.of(DatasetContext.VERSION, DatasetContext.INFO, DatasetContext.BASE_URL,
			DatasetVersionSource.PINNED);

	@SuppressWarnings("unused")
	String field(@ContextValue String datasetVersion) {
		return datasetVersion;
	}

	@Test
	void theVersionKeyIsTheParameterNameControllersUse() {
		assertThat(DatasetContext.VERSION).isEqualTo("datasetVersion");
	}

	@Test
	void everyUnnamedContextValueOfAControllerIsAKeyTheRequestCarries() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		List<String> unknown = new ArrayList<>();
		int checked = 0;
		for (BeanDefinition definition : scanner.findCandidateComponents("org.accords")) {
			Class<?> type = ClassUtils.forName(definition.getBeanClassName(), getClass().getClassLoader());
			for (Method method : type.getDeclaredMethods()) {
				for (Parameter parameter : method.getParameters()) {
					ContextValue value = parameter.getAnnotation(ContextValue.class);
					if (value == null) {
						continue;
					}
					String name = !value.name().isEmpty() ? value.name() : parameter.getName();
					checked++;
					if (!KEYS.contains(name)) {
						unknown.add(type.getSimpleName() + "." + method.getName() + "(" + name + ")");
					}
				}
			}
		}
		assertThat(checked).as("@ContextValue parameters found").isGreaterThan(30);
		assertThat(unknown).as("@ContextValue parameters that name no key DatasetContext puts").isEmpty();
	}

	@Test
	void aMissingVersionFailsNamingTheParameter() throws Exception {
		MethodParameter parameter = new MethodParameter(
				DatasetVersionParameterTests.class.getDeclaredMethod("field", String.class), 0);
		ContextValueMethodArgumentResolver resolver = new ContextValueMethodArgumentResolver();
		assertThat(resolver.supportsParameter(parameter)).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> resolver.resolveArgument(parameter,
				DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
					.graphQLContext(GraphQLContext.newContext().build())
					.build()))
			.withMessageContaining("Missing required context value for method 'field'");
	}

	@Test
	void aPresentVersionIsBound() throws Exception {
		MethodParameter parameter = new MethodParameter(
				DatasetVersionParameterTests.class.getDeclaredMethod("field", String.class), 0);
		Object version = new ContextValueMethodArgumentResolver().resolveArgument(parameter,
				DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
					.graphQLContext(GraphQLContext.newContext().of(DatasetContext.VERSION, "v1").build())
					.build());
		assertThat(version).isEqualTo("v1");
	}

}
