package org.accords.store;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Every entity type, in one place: its GraphQL type name (also its node ids' prefix and
 * the base name of its versioned collection), its CSV table (the download's name), the
 * nouns a changelog title uses, and how the search index reads it. The store, node
 * resolution, the search index, the downloads and the changelog read this list; each
 * record binds its entry to its class once, as {@code ENTITY} ({@link EntityType}).
 * <p>
 * The constants are in the order a changelog title names collections: the weightiest
 * first.
 */
public enum EntityCatalog {

	AGREEMENT("Agreement", "agreements", "agreement", "agreements", new Search(3, "title", "signedOn")),

	STATEMENT("Statement", "statements", "statement", "statements", new Search(6, null, "saidOn")),

	COMMITMENT("Commitment", "commitments", "commitment", "commitments", new Search(5, null, null)),

	SIGNATORY("Signatory", "signatories", "signatory", "signatories", null),

	COOPERATION_AREA("CooperationArea", "cooperation-areas", "cooperation area", "cooperation areas",
			new Search(4, "name", null)),

	EVENT("Event", "events", "event", "events", new Search(8, "name", "date")),

	PROGRAMME("Programme", "programmes", "programme", "programmes", new Search(7, "name", null)),

	PERSON("Person", "people", "person", "people", new Search(1, "name", null)),

	ORGANIZATION("Organization", "organizations", "organization", "organizations", new Search(2, "name", null)),

	COUNTRY("Country", "countries", "country", "countries", null),

	ARTICLE("Article", "articles", "article", "articles", null),

	POST("Post", "posts", "post", "posts", null);

	/**
	 * How the search index reads an entity type.
	 *
	 * @param rank where equally relevant hits of this type are listed, from 1
	 * @param nameField the stored field indexed as the hit's name, null for none
	 * @param dateField the stored field that dates a hit for the newest-first order, null
	 * to date it by its first report
	 */
	public record Search(int rank, @Nullable String nameField, @Nullable String dateField) {
	}

	private final String typeName;

	private final String table;

	private final String singular;

	private final String plural;

	private final @Nullable Search search;

	EntityCatalog(String typeName, String table, String singular, String plural, @Nullable Search search) {
		this.typeName = typeName;
		this.table = table;
		this.singular = singular;
		this.plural = plural;
		this.search = search;
	}

	/** GraphQL type name, also the type in its node ids. */
	public String typeName() {
		return this.typeName;
	}

	/**
	 * Base name of its collections: {@code <collection>_<version>} holds the entities of
	 * one version ({@link VersionedCollections}).
	 */
	public String collection() {
		return this.typeName;
	}

	/** The collection of one dataset version. */
	public String collection(String version) {
		return VersionedCollections.of(collection(), version);
	}

	/**
	 * Name of its CSV table and download ({@code /data/
	 *
	<table>
	 * .csv}).
	 */
	public String table() {
		return this.table;
	}

	/** How a changelog title counts one of them. */
	public String singular() {
		return this.singular;
	}

	/** How a changelog title counts several of them. */
	public String plural() {
		return this.plural;
	}

	/** How the search index reads it; null when search does not cover it. */
	public @Nullable Search search() {
		return this.search;
	}

	/**
	 * The CSV download of the type whose GraphQL type name is {@code typeName}
	 * ({@code statements.csv} for {@code Statement}), the file a changelog names beside
	 * the type; null for a type no longer served.
	 */
	public static @Nullable String file(String typeName) {
		EntityCatalog entry = ofType(typeName);
		return (entry != null) ? entry.table() + ".csv" : null;
	}

	/**
	 * The type whose GraphQL type name (or node id type) is {@code typeName}, or null.
	 */
	public static @Nullable EntityCatalog ofType(String typeName) {
		for (EntityCatalog entry : values()) {
			if (entry.typeName.equals(typeName)) {
				return entry;
			}
		}
		return null;
	}

	/**
	 * The types the search index covers, in the order equally relevant hits are listed.
	 */
	public static List<EntityCatalog> searched() {
		return Arrays.stream(values())
			.filter((entry) -> entry.search != null)
			.sorted(Comparator.comparingInt((EntityCatalog entry) -> Objects.requireNonNull(entry.search).rank()))
			.toList();
	}

}
