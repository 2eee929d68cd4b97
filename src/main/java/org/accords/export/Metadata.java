package org.accords.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.accords.dataset.Changelog;
import org.accords.dataset.ChangelogEntry;
import org.accords.dataset.Citation;
import org.accords.dataset.DatasetInfo;
import org.accords.store.EntityCatalog;

import org.springframework.stereotype.Component;

/**
 * The dataset's metadata: the Frictionless data package, schema.org/DCAT JSON-LD, the
 * archive's README and the changelog, as plain maps for Jackson to write.
 */
@Component
class Metadata {

	static final String DESCRIPTION = "Intergovernmental defence-industry agreements as reported in news articles: "
			+ "what was agreed, who signed on whose behalf, which cooperation areas an agreement covers, who "
			+ "committed to what, and what officials said. Every fact carries the exact words of its source "
			+ "article, with character offsets.";

	private final Changelog changelog;

	Metadata(Changelog changelog) {
		this.changelog = changelog;
	}

	/**
	 * A Frictionless tabular data package describing every CSV. Paths are relative, so
	 * the same descriptor works at {@code /data/datapackage.json} and inside the archive.
	 */
	Map<String, Object> dataPackage(DatasetInfo info) {
		Map<String, Object> descriptor = new LinkedHashMap<>();
		descriptor.put("profile", "tabular-data-package");
		descriptor.put("name", "accords");
		descriptor.put("title", Citation.TITLE);
		descriptor.put("description", DESCRIPTION);
		descriptor.put("version", info.version());
		descriptor.put("created", info.loadedAt().toString());
		descriptor.put("licenses", List.of(ordered("name", "CC-BY-4.0", "path", Citation.LICENCE_URL, "title",
				"Creative Commons Attribution 4.0 International")));
		descriptor.put("sources", List.of(ordered("title",
				"News articles, reproduced verbatim in articles.csv; the rights in each text stay with its publisher")));
		descriptor.put("keywords",
				List.of("defence industry", "intergovernmental agreements", "statements", "commitments", "open data"));
		List<Object> resources = new ArrayList<>();
		for (Table<?> table : Tables.ALL) {
			resources.add(resource(table));
		}
		descriptor.put("resources", resources);
		return descriptor;
	}

	private static Map<String, Object> resource(Table<?> table) {
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("profile", "tabular-data-resource");
		resource.put("name", table.name());
		resource.put("path", Downloads.file(table, Format.CSV));
		resource.put("title", table.title());
		resource.put("description", table.description());
		resource.put("format", "csv");
		resource.put("mediatype", "text/csv");
		resource.put("encoding", "utf-8");
		resource.put("dialect", ordered("delimiter", ",", "lineTerminator", "\r\n", "quoteChar", "\"", "doubleQuote",
				true, "header", true));
		List<Object> fields = new ArrayList<>();
		List<Object> foreignKeys = new ArrayList<>();
		for (Table.Column<?> column : table.columns()) {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("name", column.name());
			field.put("type", column.type());
			if (column.type().equals(Table.DATE)) {
				field.put("format", "default");
			}
			if (column.type().equals(Table.BOOLEAN)) {
				field.put("trueValues", List.of(Table.TRUE));
				field.put("falseValues", List.of(Table.FALSE));
			}
			field.put("description", column.description());
			Map<String, Object> constraints = new LinkedHashMap<>();
			if (column.required()) {
				constraints.put("required", true);
			}
			if (column.name().equals("id")) {
				constraints.put("unique", true);
			}
			if (!column.values().isEmpty()) {
				constraints.put("enum", column.values());
			}
			if (!constraints.isEmpty()) {
				field.put("constraints", constraints);
			}
			fields.add(field);
			if (column.references() != null) {
				foreignKeys.add(ordered("fields", List.of(column.name()), "reference",
						ordered("resource", column.references(), "fields", List.of("id"))));
			}
		}
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("fields", fields);
		schema.put("primaryKey", List.of("id"));
		schema.put("foreignKeys", foreignKeys);
		schema.put("missingValues", List.of(""));
		resource.put("schema", schema);
		return resource;
	}

	/**
	 * schema.org {@code Dataset} with DCAT terms: every download as a distribution, and
	 * the GraphQL endpoint as a DCAT data service.
	 */
	Map<String, Object> jsonLd(DatasetInfo info, String baseUrl, List<Downloads.Download> downloads) {
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("@vocab", "https://schema.org/");
		context.put("dcat", "http://www.w3.org/ns/dcat#");
		context.put("dct", "http://purl.org/dc/terms/");
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("@context", context);
		dataset.put("@type", List.of("Dataset", "dcat:Dataset"));
		dataset.put("@id", baseUrl + "/data");
		dataset.put("name", Citation.TITLE);
		dataset.put("description", DESCRIPTION);
		dataset.put("url", baseUrl + "/data");
		dataset.put("version", info.version());
		dataset.put("datePublished", Citation.date(info));
		dataset.put("dateModified", Citation.date(info));
		dataset.put("inLanguage", "en");
		dataset.put("isAccessibleForFree", true);
		dataset.put("license", Citation.LICENCE_URL);
		dataset.put("dct:license", ordered("@id", Citation.LICENCE_URL));
		dataset.put("creditText", Citation.text(info));
		dataset.put("publisher", ordered("@type", "Organization", "name", Citation.PUBLISHER));
		dataset.put("creator", ordered("@type", "Organization", "name", Citation.PUBLISHER));
		dataset.put("keywords",
				List.of("defence industry", "intergovernmental agreements", "statements", "commitments", "open data"));
		List<Object> distributions = new ArrayList<>();
		for (Downloads.Download download : downloads) {
			Map<String, Object> distribution = new LinkedHashMap<>();
			distribution.put("@type", List.of("DataDownload", "dcat:Distribution"));
			distribution.put("name", download.file());
			distribution.put("description", download.title());
			distribution.put("contentUrl", download.url());
			distribution.put("encodingFormat", download.mediaType());
			distribution.put("dcat:downloadURL", ordered("@id", download.url()));
			distribution.put("dcat:mediaType", download.mediaType());
			distribution.put("license", Citation.LICENCE_URL);
			distributions.add(distribution);
		}
		dataset.put("distribution", distributions);
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("@type", "dcat:DataService");
		service.put("dct:title", "Accords GraphQL API");
		service.put("dcat:endpointURL", ordered("@id", baseUrl + "/graphql"));
		service.put("dcat:endpointDescription", ordered("@id", baseUrl + "/graphql/schema"));
		service.put("dct:conformsTo", ordered("@id", "https://spec.graphql.org/"));
		service.put("dcat:servesDataset", ordered("@id", baseUrl + "/data"));
		dataset.put("dcat:accessService", service);
		return dataset;
	}

	/**
	 * An object of these keys and values in this order: {@code Map.of} of two or more
	 * entries iterates in an order that changes from one JVM start to the next, and these
	 * bytes are tagged by their version alone.
	 */
	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/** Every version's changes with their ids, newest first. */
	List<Map<String, Object>> changelog() {
		return changelog(changelogEntries());
	}

	/** Every version's counts, newest first: what {@link #changelog(List)} lists. */
	List<ChangelogEntry> changelogEntries() {
		return this.changelog.entries();
	}

	/**
	 * The versions published up to and including {@code version}, newest first: what an
	 * archive of that version lists, so that its bytes stay that version's while later
	 * ones are published. Every version when the changelog does not name it.
	 */
	List<ChangelogEntry> changelogEntriesUpTo(String version) {
		List<ChangelogEntry> entries = changelogEntries();
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i).version().equals(version)) {
				return entries.subList(i, entries.size());
			}
		}
		return entries;
	}

	/** How many ids the changelog of {@code entries} lists. */
	static long ids(List<ChangelogEntry> entries) {
		return entries.stream()
			.flatMap((entry) -> entry.collections().stream())
			.mapToLong((counts) -> counts.added() + counts.changed() + counts.removed())
			.sum();
	}

	/** The changes of {@code entries} with their ids. */
	List<Map<String, Object>> changelog(List<ChangelogEntry> entries) {
		List<Map<String, Object>> versions = new ArrayList<>();
		for (ChangelogEntry entry : entries) {
			Map<String, Map<Changelog.Change, List<String>>> ids = this.changelog.ids(entry.collections()
				.stream()
				.map((counts) -> Changelog.key(entry.version(), counts.collection()))
				.toList());
			Map<String, Object> version = new LinkedHashMap<>();
			version.put("version", entry.version());
			version.put("previousVersion", entry.previousVersion());
			version.put("publishedAt", entry.publishedAt().toString());
			List<Object> collections = new ArrayList<>();
			for (ChangelogEntry.Counts counts : entry.collections()) {
				Map<Changelog.Change, List<String>> changes = Objects
					.requireNonNull(ids.get(Changelog.key(entry.version(), counts.collection())));
				Map<String, Object> collection = new LinkedHashMap<>();
				collection.put("collection", counts.collection());
				// the file a journalist opens; the type stays for programs that read it
				collection.put("file", EntityCatalog.file(counts.collection()));
				collection.put("addedCount", counts.added());
				collection.put("changedCount", counts.changed());
				collection.put("removedCount", counts.removed());
				collection.put("added", changes.get(Changelog.Change.ADDED));
				collection.put("changed", changes.get(Changelog.Change.CHANGED));
				collection.put("removed", changes.get(Changelog.Change.REMOVED));
				collections.add(collection);
			}
			version.put("collections", collections);
			versions.add(version);
		}
		return versions;
	}

	/** The archive's README: what is in it, the licence, how to cite. */
	String readme(DatasetInfo info) {
		StringBuilder text = new StringBuilder();
		text.append(Citation.TITLE)
			.append("\r\nDataset version ")
			.append(info.version())
			.append(", published ")
			.append(Citation.date(info))
			.append("\r\n\r\n")
			.append(DESCRIPTION)
			.append("\r\n\r\nFiles\r\n");
		for (Table<?> table : Tables.ALL) {
			text.append("  ")
				.append(Downloads.file(table, Format.CSV))
				.append("  ")
				.append(table.description())
				.append("\r\n");
		}
		text.append("  ").append(Downloads.DATAPACKAGE).append("  every column described (Frictionless Data)\r\n");
		text.append("  ").append(Downloads.CHANGELOG).append("  what each version added, changed and removed\r\n");
		text.append("\r\nCSV: RFC 4180, UTF-8 without a byte order mark, CRLF line ends. In Excel use Data > From ")
			.append("Text/CSV and choose UTF-8 (65001); LibreOffice, Numbers and Google Sheets detect UTF-8.\r\n")
			.append("Cells hold the words as the articles give them, so a spreadsheet may run one that starts with\r\n")
			.append("=, +, - or @ as a formula: to open a collection in a spreadsheet, download\r\n")
			.append("/data/<collection>.csv?bom=true, whose such cells are led by an apostrophe.\r\n");
		text.append("\r\nLicence: ")
			.append(Citation.LICENCE_NAME)
			.append(", ")
			.append(Citation.LICENCE_URL)
			.append("\r\n")
			.append(Citation.LICENCE_NOTE)
			.append("\r\n\r\nCite as: ")
			.append(Citation.text(info))
			.append("\r\n");
		return text.toString();
	}

}
