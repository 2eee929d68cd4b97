package org.accords.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code dataset} query: version, licence, citation and counts.
 */
@Controller
class DatasetController {

	/** GraphQL field of {@code DatasetCounts} for each collection. */
	private static final Map<String, String> COUNT_FIELDS = Map.of("Agreement", "agreements", "Statement", "statements",
			"Signatory", "signatories", "CooperationArea", "cooperationAreas", "Commitment", "commitments", "Person",
			"people", "Organization", "organizations", "Country", "countries", "Article", "articles");

	/**
	 * The dataset as GraphQL shows it.
	 *
	 * @param version hash of the seed files
	 * @param loadedAt when it was loaded
	 * @param licence licence of the curated data
	 * @param citation how to cite it
	 * @param counts entities per collection
	 * @param sources the seed files
	 */
	record Dataset(String version, Instant loadedAt, Licence licence, String citation, Counts counts,
			List<DatasetInfo.SourceFile> sources) {
	}

	/** Number of entities per collection. */
	record Counts(long agreements, long statements, long signatories, long cooperationAreas, long commitments,
			long people, long organizations, long countries, long articles) {

		static Counts of(Map<String, Long> byType) {
			return new Counts(byType.getOrDefault("Agreement", 0L), byType.getOrDefault("Statement", 0L),
					byType.getOrDefault("Signatory", 0L), byType.getOrDefault("CooperationArea", 0L),
					byType.getOrDefault("Commitment", 0L), byType.getOrDefault("Person", 0L),
					byType.getOrDefault("Organization", 0L), byType.getOrDefault("Country", 0L),
					byType.getOrDefault("Article", 0L));
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

	static final Licence LICENCE = new Licence("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
			"Covers the curated data (facts, ids, offsets). Article texts are reproduced verbatim so that every "
					+ "fact can be checked; their rights stay with their publishers (see each Article's rights).");

	@QueryMapping
	Dataset dataset(@ContextValue(name = DatasetContext.INFO) DatasetInfo info) {
		return new Dataset(info.version(), info.loadedAt(), LICENCE, citation(info), Counts.of(info.counts()),
				info.sources());
	}

	static String citation(DatasetInfo info) {
		return "Accords: intergovernmental defence-industry agreements from news articles, dataset version "
				+ info.version() + " (" + info.loadedAt().toString().substring(0, 10) + "). Licensed under "
				+ LICENCE.name() + ", " + LICENCE.url();
	}

}
