package org.accords.graphql.guard;

import java.util.HashMap;
import java.util.Map;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.accords.AccordsProperties;
import org.accords.StoppedClock;
import org.accords.graphql.DatasetShape;
import org.accords.paging.PageLimits;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The guards wired by hand around a small schema, for unit tests that start no
 * application: one {@link Admission} with its persisted queries, limits, cost, document
 * cache and rate limiter.
 */
final class Guards {

	static final String SCHEMA = """
			type Query {
			  articles(first: Int, last: Int, after: String): ArticleConnection!
			  article(id: ID!): Article
			  tags: [Tag!]!
			  dataset(version: String): Dataset!
			  datasetVersions: [DatasetVersion!]!
			}
			type DatasetVersion {
			  version: String!
			}
			type Dataset {
			  version: String!
			  sources: [SourceFile!]!
			  changelog: [VersionChanges!]!
			}
			type SourceFile {
			  path: ID!
			}
			type VersionChanges {
			  version: String!
			  collections: [CollectionChanges!]!
			}
			type CollectionChanges {
			  addedCount: Int!
			  added: [ID!]!
			  changed: [ID!]!
			  removed: [ID!]!
			}
			type Tag {
			  name: String!
			}
			type Mutation {
			  touch: Boolean
			}
			type Subscription {
			  changed: Article!
			}
			type ArticleConnection {
			  edges: [ArticleEdge!]!
			  nodes: [Article!]!
			  totalCount: Int!
			}
			type ArticleEdge {
			  node: Article!
			  cursor: String!
			}
			type Article {
			  id: ID!
			  title: String!
			}
			""";

	/** An address no budget is exempted for. */
	static final Admission.Client CLIENT = new Admission.Client(null, "192.0.2.1");

	final AccordsProperties properties;

	final DocumentCache documents;

	final QueryLimits limits;

	final PersistedQueries persistedQueries;

	final RateLimiter rateLimiter;

	final Admission admission;

	private Guards(Map<String, String> settings, DatasetShape.Lists lists) {
		this.properties = new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("accords",
				AccordsProperties.class);
		GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(SCHEMA));
		GraphQlSource source = new GraphQlSource() {

			@Override
			public GraphQL graphQl() {
				return GraphQL.newGraphQL(schema).build();
			}

			@Override
			public GraphQLSchema schema() {
				return schema;
			}

		};
		this.documents = new DocumentCache(this.properties,
				new StaticListableBeanFactory(Map.of("source", source)).getBeanProvider(GraphQlSource.class), true);
		QueryCost cost = new QueryCost(source, new PageLimits(this.properties), this.properties, () -> "v1",
				(version) -> DatasetShape.UNKNOWN, lists);
		this.limits = new QueryLimits(this.properties, this.documents, cost);
		this.persistedQueries = new PersistedQueries(this.properties, new PathMatchingResourcePatternResolver());
		this.rateLimiter = new RateLimiter(this.properties, StoppedClock.CLOCK);
		this.admission = new Admission(this.persistedQueries, this.limits, this.rateLimiter);
	}

	/** The guards with {@code accords.*} settings given as name, value, name, value… */
	static Guards with(String... settings) {
		return withLists(Map.of(), settings);
	}

	/**
	 * The guards with the dataset's own lists (its seed files, its changelog) bounded by
	 * {@code bounds} ({@code Type.field} to items), as the served version holds them.
	 */
	static Guards withLists(Map<String, Long> bounds, String... settings) {
		return withLists((version, field) -> bounds.get(field), settings);
	}

	/**
	 * The guards with the changelog's lists returning {@code totals} ({@code Type.field}
	 * to what it returns over all its parents), as the store holds them when asked:
	 * {@code totals} may change between requests.
	 */
	static Guards withChangelog(Map<String, DatasetShape.Total> totals, String... settings) {
		return withLists(new DatasetShape.Lists() {

			@Override
			public @org.jspecify.annotations.Nullable Long bound(String version, String field) {
				return null;
			}

			@Override
			public DatasetShape.@org.jspecify.annotations.Nullable Total total(String version, String field) {
				return totals.get(field);
			}

		}, settings);
	}

	/** The guards with the dataset's own lists bounded per version by {@code lists}. */
	static Guards withLists(DatasetShape.Lists lists, String... settings) {
		Map<String, String> map = new HashMap<>();
		for (int i = 0; i < settings.length; i += 2) {
			map.put(settings[i], settings[i + 1]);
		}
		return new Guards(map, lists);
	}

	/** A request of {@link #CLIENT} for the current version. */
	static Admission.Request request(String query) {
		return new Admission.Request(query, null, Map.of(), Map.of(), null, CLIENT);
	}

	/** A request of {@link #CLIENT} that names the version it reads. */
	static Admission.Request request(String query, String version) {
		return new Admission.Request(query, null, Map.of(), Map.of(), version, CLIENT);
	}

	/** A request sending a persisted-query hash, with its document or without. */
	static Admission.Request persisted(@org.jspecify.annotations.Nullable String query, String hash) {
		return new Admission.Request(query, null, Map.of(),
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)), null, CLIENT);
	}

	/** What a transport that serves every kind of operation accepts. */
	static final Admission.Served EVERYTHING = (kind) -> null;

	Admission.Decision admit(Admission.Request request) {
		return this.admission.admit(request, EVERYTHING);
	}

}
