package org.accords.sourceview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.PropertyDataFetcher;
import org.accords.AccordsProperties;
import org.accords.actor.Post;
import org.accords.evidence.Evidence;
import org.accords.store.Entity;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.method.annotation.LocalContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Controller;

/**
 * {@code Evidence.sourceUrl}: the address of the source view with the fact's words
 * marked. Evidence is a value embedded in its fact and does not know the fact's id, so
 * each fact's {@code evidence} field (and {@code Person.posts}) passes the id down in
 * graphql-java's local context; computing the link costs no store query.
 */
@Controller
class EvidenceLinks {

	/** Local-context key of the node id of the fact whose evidence is being resolved. */
	static final String FACT_ID = "accords.factId";

	/** Types whose {@code evidence} field hands their id to their evidence. */
	private static final List<String> FACT_TYPES = List.of("Statement", "Signatory", "CooperationArea", "Commitment",
			"Agreement", "Person", "Organization");

	private final String publicUrl;

	EvidenceLinks(AccordsProperties properties) {
		this.publicUrl = properties.publicUrl();
	}

	@SchemaMapping(typeName = "Evidence")
	String sourceUrl(Evidence evidence, @LocalContextValue(name = FACT_ID, required = false) @Nullable String factId) {
		return of(this.publicUrl, evidence.articleId(), factId);
	}

	/**
	 * The address of an article's source view under {@code accords.public-url}, marking a
	 * fact's words when given; {@code #fact} scrolls to them without scripts.
	 */
	static String of(String publicUrl, String articleId, @Nullable String factId) {
		String path = publicUrl + "/articles/" + articleId;
		return (factId != null) ? path + "?fact=" + URLEncoder.encode(factId, StandardCharsets.UTF_8) + "#fact" : path;
	}

	@Bean
	static RuntimeWiringConfigurer evidenceFactWiring() {
		return (wiring) -> {
			for (String type : FACT_TYPES) {
				wiring.type(type, (builder) -> builder.dataFetcher("evidence", withFactId("evidence")));
			}
			// a post's evidence supports its person
			wiring.type("Person", (builder) -> builder.dataFetcher("posts", withFactId("posts")));
		};
	}

	private static DataFetcher<Object> withFactId(String field) {
		return new FactIdFetcher(field,
				field.equals("posts") ? ResolvableType.forClassWithGenerics(List.class, Post.class)
						: ResolvableType.forClassWithGenerics(List.class, Evidence.class));
	}

	/**
	 * Reads a fact's field as graphql-java would and adds the fact's id to the local
	 * context; self-describing so that schema inspection knows what it returns.
	 */
	private static final class FactIdFetcher implements SelfDescribingDataFetcher<Object> {

		private final PropertyDataFetcher<Object> property;

		private final String field;

		private final ResolvableType returnType;

		FactIdFetcher(String field, ResolvableType returnType) {
			this.property = PropertyDataFetcher.fetching(field);
			this.field = field;
			this.returnType = returnType;
		}

		@Override
		public @Nullable Object get(DataFetchingEnvironment env) throws Exception {
			Object value = this.property.get(env);
			if (!(env.getSource() instanceof Entity entity)) {
				return value;
			}
			GraphQLContext.Builder local = GraphQLContext.newContext();
			if (env.getLocalContext() instanceof GraphQLContext outer) {
				local.of(outer);
			}
			return DataFetcherResult.newResult()
				.data(value)
				.localContext(local.of(FACT_ID, entity.id()).build())
				.build();
		}

		@Override
		public String getDescription() {
			return "EvidenceLinks." + this.field + " (passes the fact id to its evidence)";
		}

		@Override
		public ResolvableType getReturnType() {
			return this.returnType;
		}

	}

}
