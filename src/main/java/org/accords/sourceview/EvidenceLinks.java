package org.accords.sourceview;

import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.PropertyDataFetcher;
import org.accords.AccordsProperties;
import org.accords.actor.Organization;
import org.accords.actor.Person;
import org.accords.actor.Post;
import org.accords.agreement.Agreement;
import org.accords.agreement.AgreementLink;
import org.accords.agreement.Participant;
import org.accords.agreement.Signatory;
import org.accords.area.CooperationArea;
import org.accords.commitment.Commitment;
import org.accords.event.Event;
import org.accords.evidence.Evidence;
import org.accords.graphql.DatasetVersionSource;
import org.accords.programme.Programme;
import org.accords.statement.Statement;
import org.accords.store.Entity;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.method.annotation.ContextValue;
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
public class EvidenceLinks {

	/** Local-context key of the node id of the fact whose evidence is being resolved. */
	static final String FACT_ID = "accords.factId";

	/**
	 * The fields whose evidence, their own or that of the values they hold, supports a
	 * fact, with that fact's id: each fact's own {@code evidence}; the words that say on
	 * whose behalf someone speaks support the statement; a post's words support its
	 * person; an agreement's lifecycle events, parties and money, and a commitment's
	 * amounts, deliveries and funding source, their agreement or commitment, as the
	 * source view marks them; a link's words the agreement it is stored in, whichever end
	 * it is reached from.
	 */
	private static final List<Holder> HOLDERS = List.of(
			Holder.of(Statement.TYPE, Statement.class, "evidence", "sources", "onBehalfOfEvidence"),
			Holder.of(Signatory.TYPE, Signatory.class, "evidence", "sources"),
			Holder.of(CooperationArea.TYPE, CooperationArea.class, "evidence", "sources"),
			Holder.of(Commitment.TYPE, Commitment.class, "evidence", "sources", "amount", "quantity", "delivered",
					"fundingSource", "condition"),
			Holder.of(Agreement.TYPE, Agreement.class, "evidence", "sources", "events", "participants", "value",
					"funding"),
			Holder.of(Person.TYPE, Person.class, "evidence", "sources", "posts"),
			Holder.of(Organization.TYPE, Organization.class, "evidence", "sources"),
			Holder.of(Event.TYPE, Event.class, "evidence", "sources"),
			Holder.of(Programme.TYPE, Programme.class, "evidence", "sources"),
			new Holder(Post.TYPE, Post.class, (post) -> ((Post) post).personId(), List.of("evidence", "sources")),
			new Holder("AgreementLink", AgreementLink.class, (link) -> ((AgreementLink) link).sourceId(),
					List.of("evidence")));

	/**
	 * A GraphQL type's fields that pass a fact's id down to their evidence.
	 *
	 * @param type the GraphQL type
	 * @param record the record its values are
	 * @param factId the id of the fact its fields' evidence supports
	 * @param fields the record's components that hold evidence
	 */
	private record Holder(String type, Class<?> record, Function<Object, String> factId, List<String> fields) {

		static Holder of(String type, Class<? extends Entity> record, String... fields) {
			return new Holder(type, record, (fact) -> ((Entity) fact).id(), List.of(fields));
		}

	}

	private final String publicUrl;

	EvidenceLinks(AccordsProperties properties) {
		this.publicUrl = properties.publicUrl();
	}

	/**
	 * The link of evidence read with a version named keeps that version, so that it shows
	 * the words the evidence was read from with its fact marked, as the version cited has
	 * them; read without one, it follows the version served.
	 */
	@SchemaMapping(typeName = "Evidence")
	String sourceUrl(Evidence evidence, @LocalContextValue(name = FACT_ID, required = false) @Nullable String factId,
			@ContextValue(name = DatasetVersionSource.CONTEXT_KEY, required = false) @Nullable String version,
			@ContextValue(name = DatasetVersionSource.PINNED, required = false) @Nullable Boolean pinned) {
		return of(this.publicUrl, evidence.articleId(), factId, Boolean.TRUE.equals(pinned) ? version : null);
	}

	/**
	 * The address of an article's source view under {@code accords.public-url}, marking a
	 * fact's words when given; {@code #fact} scrolls to them without scripts. Cards link
	 * their sources by it too.
	 */
	public static String of(String publicUrl, String articleId, @Nullable String factId) {
		return of(publicUrl, articleId, factId, null);
	}

	/**
	 * The same, of the dataset version named, when one is: the source view shows that
	 * version's spans.
	 */
	public static String of(String publicUrl, String articleId, @Nullable String factId, @Nullable String version) {
		StringBuilder url = new StringBuilder(publicUrl).append("/articles/").append(articleId);
		char separator = '?';
		if (factId != null) {
			url.append(separator).append("fact=").append(URLEncoder.encode(factId, StandardCharsets.UTF_8));
			separator = '&';
		}
		if (version != null) {
			url.append(separator).append("version=").append(URLEncoder.encode(version, StandardCharsets.UTF_8));
		}
		return (factId != null) ? url.append("#fact").toString() : url.toString();
	}

	@Bean
	static RuntimeWiringConfigurer evidenceFactWiring() {
		return (wiring) -> {
			for (Holder holder : HOLDERS) {
				wiring.type(holder.type(), (builder) -> {
					for (String field : holder.fields()) {
						builder.dataFetcher(field, new FactIdFetcher(holder, field));
					}
					return builder;
				});
			}
		};
	}

	/**
	 * Reads a fact's field as graphql-java would and adds the fact's id to the local
	 * context; self-describing so that schema inspection knows what it returns.
	 */
	private static final class FactIdFetcher implements SelfDescribingDataFetcher<Object> {

		private final PropertyDataFetcher<Object> property;

		private final Holder holder;

		private final String field;

		private final ResolvableType returnType;

		FactIdFetcher(Holder holder, String field) {
			this.property = PropertyDataFetcher.fetching(field);
			this.holder = holder;
			this.field = field;
			this.returnType = ResolvableType.forMethodReturnType(accessor(holder.record(), field));
		}

		/**
		 * The record's component, or the getter a fact has beside them
		 * ({@code getSources}).
		 */
		private static Method accessor(Class<?> record, String field) {
			for (String name : List.of(field, "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1))) {
				try {
					return record.getMethod(name);
				}
				catch (NoSuchMethodException ex) {
					// the next form
				}
			}
			throw new IllegalStateException(record.getSimpleName() + " has no " + field);
		}

		@Override
		public @Nullable Object get(DataFetchingEnvironment env) throws Exception {
			Object value = this.property.get(env);
			if (this.holder.type().equals(Agreement.TYPE) && this.field.equals("participants")
					&& value instanceof List<?> participants) {
				// the one list field of a fact that takes an argument
				value = Participant.activeOn(participants.stream().map(Participant.class::cast).toList(),
						env.getArgument("activeOn"));
			}
			Object source = env.getSource();
			if (value == null || !this.holder.record().isInstance(source)) {
				return value;
			}
			GraphQLContext.Builder local = GraphQLContext.newContext();
			if (env.getLocalContext() instanceof GraphQLContext outer) {
				local.of(outer);
			}
			return DataFetcherResult.newResult()
				.data(value)
				.localContext(local.of(FACT_ID, this.holder.factId().apply(source)).build())
				.build();
		}

		@Override
		public String getDescription() {
			return "EvidenceLinks." + this.holder.type() + "." + this.field + " (passes the fact id to its evidence)";
		}

		@Override
		public ResolvableType getReturnType() {
			return this.returnType;
		}

	}

}
