package org.accords.graphql.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;

/**
 * Labels for Spring for GraphQL's {@code graphql.request} observation and our transport
 * meters: the operation name as a low-cardinality tag, bounded so that clients inventing
 * names cannot grow the metrics without limit.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

	/** Distinct operation names kept as labels; later ones are counted as "other". */
	static final int MAX_OPERATION_NAMES = 200;

	@Bean
	ExecutionRequestObservationConvention operationNameConvention() {
		return new DefaultExecutionRequestObservationConvention() {

			@Override
			public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
				RequestTrace trace = new RequestTrace("");
				trace.operationName = context.getExecutionInput().getOperationName();
				return super.getLowCardinalityKeyValues(context)
					.and(KeyValue.of("graphql.operation.name", trace.operationLabel()));
			}

			@Override
			public KeyValues getHighCardinalityKeyValues(ExecutionRequestObservationContext context) {
				// the operation name is a low-cardinality key now: one key, one kind
				return KeyValues.of(executionId(context));
			}

		};
	}

	@Bean
	MeterFilter boundedOperationNames() {
		return new BoundedTag(Set.of("graphql.operation.name", "operation"), MAX_OPERATION_NAMES);
	}

	/** Replaces values of the given tags beyond the first {@code limit} by "other". */
	static final class BoundedTag implements MeterFilter {

		private final Set<String> keys;

		private final int limit;

		private final Set<String> seen = ConcurrentHashMap.newKeySet();

		BoundedTag(Set<String> keys, int limit) {
			this.keys = keys;
			this.limit = limit;
		}

		@Override
		public Meter.Id map(Meter.Id id) {
			if (!id.getName().startsWith("graphql.") && !id.getName().startsWith("accords.")) {
				return id;
			}
			for (String key : this.keys) {
				String value = id.getTag(key);
				if (value != null && !this.seen.contains(value)) {
					if (this.seen.size() >= this.limit) {
						return id.replaceTags(replaced(id, key));
					}
					this.seen.add(value);
				}
			}
			return id;
		}

		private static Iterable<Tag> replaced(Meter.Id id, String key) {
			return id.getTags().stream().map((tag) -> tag.getKey().equals(key) ? Tag.of(key, "other") : tag).toList();
		}

	}

}
