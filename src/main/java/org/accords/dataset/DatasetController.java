package org.accords.dataset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accords.store.EntityCatalog;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code dataset} query: version, licence, citation, counts and changelog.
 */
@Controller
class DatasetController {

	/** Where the downloads are listed; the BibTeX entry points there. */
	static final String DATA_PATH = "/data";

	private final Changelog changelog;

	private final DatasetState state;

	DatasetController(Changelog changelog, DatasetState state) {
		this.changelog = changelog;
		this.state = state;
	}

	/**
	 * The dataset as GraphQL shows it.
	 *
	 * @param version hash of the seed files
	 * @param loadedAt when it was loaded
	 * @param licence licence of the curated data
	 * @param citation how to cite it
	 * @param bibtex how to cite it in BibTeX
	 * @param counts entities per collection
	 */
	record Dataset(String version, Instant loadedAt, Licence licence, String citation, String bibtex, Counts counts) {
	}

	/** Number of entities per collection. */
	record Counts(long agreements, long statements, long signatories, long cooperationAreas, long commitments,
			long people, long organizations, long countries, long articles, long posts, long events, long programmes) {

		static Counts of(Map<String, Long> byType) {
			return new Counts(byType.getOrDefault("Agreement", 0L), byType.getOrDefault("Statement", 0L),
					byType.getOrDefault("Signatory", 0L), byType.getOrDefault("CooperationArea", 0L),
					byType.getOrDefault("Commitment", 0L), byType.getOrDefault("Person", 0L),
					byType.getOrDefault("Organization", 0L), byType.getOrDefault("Country", 0L),
					byType.getOrDefault("Article", 0L), byType.getOrDefault("Post", 0L),
					byType.getOrDefault("Event", 0L), byType.getOrDefault("Programme", 0L));
		}

	}

	/**
	 * A licence.
	 *
	 * @param name short name
	 * @param url where its text is
	 * @param note what it covers
	 */
	record Licence(String name, String url, String note) {
	}

	static final Licence LICENCE = new Licence(Citation.LICENCE_NAME, Citation.LICENCE_URL, Citation.LICENCE_NOTE);

	/**
	 * One version in the changelog.
	 *
	 * @param version the version
	 * @param previousVersion the version it replaced
	 * @param publishedAt when
	 * @param collections what changed, per collection
	 */
	record VersionChanges(String version, @Nullable String previousVersion, Instant publishedAt,
			List<CollectionChanges> collections) {
	}

	/**
	 * The changes to one collection in one version; the ids are fetched only when asked
	 * for.
	 *
	 * @param version the version
	 * @param collection GraphQL type name
	 * @param file the collection's CSV download, as changelog.json names it; null for a
	 * type no longer served
	 * @param addedCount number of added entities
	 * @param changedCount number of changed entities
	 * @param removedCount number of removed entities
	 */
	record CollectionChanges(String version, String collection, @Nullable String file, long addedCount,
			long changedCount, long removedCount) {
	}

	/**
	 * A version the store keeps.
	 *
	 * @param version the version
	 * @param publishedAt when it was published
	 * @param current whether it is the version served when a request names none
	 * @param counts entities per collection
	 */
	record DatasetVersion(String version, Instant publishedAt, boolean current, Counts counts) {
	}

	/**
	 * The version the request reads, or the kept one {@code version} names (an unknown or
	 * deleted one is a {@code VERSION_NOT_KEPT} error listing those kept).
	 */
	@QueryMapping
	Dataset dataset(@Argument @Nullable String version,
			@ContextValue(name = DatasetContext.INFO) DatasetInfo requestInfo,
			@ContextValue(name = DatasetContext.BASE_URL) String baseUrl) {
		DatasetInfo info = (version == null || version.equals(requestInfo.version())) ? requestInfo
				: this.state.info(version);
		return new Dataset(info.version(), info.loadedAt(), LICENCE, Citation.text(info),
				Citation.bibtex(info, baseUrl + DATA_PATH), Counts.of(info.counts()));
	}

	/**
	 * The seed files of the version, read only when asked for (10,000 at 100k
	 * statements).
	 */
	@SchemaMapping(typeName = "Dataset")
	List<DatasetInfo.SourceFile> sources(Dataset dataset) {
		return this.state.sources(dataset.version());
	}

	@QueryMapping
	List<DatasetVersion> datasetVersions() {
		return this.state.kept()
			.stream()
			.map((kept) -> new DatasetVersion(kept.version(), kept.publishedAt(), kept.current(),
					Counts.of(kept.counts())))
			.toList();
	}

	@SchemaMapping(typeName = "Dataset")
	List<VersionChanges> changelog(Dataset dataset) {
		List<VersionChanges> versions = new ArrayList<>();
		for (ChangelogEntry entry : this.changelog.entries()) {
			versions.add(new VersionChanges(entry.version(), entry.previousVersion(), entry.publishedAt(),
					entry.collections()
						.stream()
						.map((c) -> new CollectionChanges(entry.version(), c.collection(),
								EntityCatalog.file(c.collection()), c.added(), c.changed(), c.removed()))
						.toList()));
		}
		return versions;
	}

	@BatchMapping(typeName = "CollectionChanges")
	Map<CollectionChanges, List<String>> added(List<CollectionChanges> changes) {
		return ids(changes, Changelog.Change.ADDED);
	}

	@BatchMapping(typeName = "CollectionChanges")
	Map<CollectionChanges, List<String>> changed(List<CollectionChanges> changes) {
		return ids(changes, Changelog.Change.CHANGED);
	}

	@BatchMapping(typeName = "CollectionChanges")
	Map<CollectionChanges, List<String>> removed(List<CollectionChanges> changes) {
		return ids(changes, Changelog.Change.REMOVED);
	}

	private Map<CollectionChanges, List<String>> ids(List<CollectionChanges> changes, Changelog.Change change) {
		Map<String, Map<Changelog.Change, List<String>>> ids = this.changelog
			.ids(changes.stream().map((c) -> Changelog.key(c.version(), c.collection())).toList());
		Map<CollectionChanges, List<String>> result = new LinkedHashMap<>();
		changes.forEach((c) -> result.put(c, Changelog.idsOf(ids, Changelog.key(c.version(), c.collection()), change)));
		return result;
	}

}
