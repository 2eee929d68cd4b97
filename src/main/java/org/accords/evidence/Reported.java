package org.accords.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accords.store.Entity;
import org.jspecify.annotations.Nullable;

/**
 * A fact reported by one or more articles. The API's {@code sources},
 * {@code sourceCount}, {@code disputed}, {@code competingValues}, {@code claims},
 * {@code disputeNote}, {@code reportedOn} and {@code mergedIds} are read from these
 * getters (bean properties, so that schema inspection sees them; the stored document
 * holds only {@link #provenance()}); an entity stored before provenance was recorded
 * answers from its evidence.
 */
public interface Reported extends Entity {

	/** The words that report the fact, from every source. */
	List<Evidence> evidence();

	/**
	 * The merge of the fact's reports; null for an entity stored before it was recorded.
	 */
	@Nullable Provenance provenance();

	/** The articles that report the fact, each with its evidence, in curated order. */
	default List<Source> getSources() {
		Map<String, List<Evidence>> byArticle = new LinkedHashMap<>();
		Provenance provenance = provenance();
		if (provenance != null && provenance.sourceIds() != null) {
			provenance.sourceIds().forEach((id) -> byArticle.put(id, new ArrayList<>()));
		}
		for (Evidence evidence : evidence()) {
			byArticle.computeIfAbsent(evidence.articleId(), (id) -> new ArrayList<>()).add(evidence);
		}
		List<Source> sources = new ArrayList<>();
		byArticle.forEach((id, evidence) -> sources.add(new Source(id, List.copyOf(evidence))));
		return sources;
	}

	default int getSourceCount() {
		Provenance provenance = provenance();
		return (provenance != null) ? provenance.sourceCount() : getSources().size();
	}

	default boolean isDisputed() {
		Provenance provenance = provenance();
		return provenance != null && Boolean.TRUE.equals(provenance.disputed());
	}

	/** Every value of a field on which sources disagree, each with its sources. */
	default List<Claim> getCompetingValues() {
		return getClaims().stream().filter(Claim::competing).toList();
	}

	/**
	 * Every value its publisher withdrew in a later correction, each with the articles
	 * that gave it and those that correct it.
	 */
	default List<Claim> getCorrectedValues() {
		List<Claim> claims = getClaims();
		// most facts have no claim: no stream for each row of a download
		return claims.isEmpty() ? List.of() : claims.stream().filter((claim) -> claim.correctedBy() != null).toList();
	}

	/** Every value stated by the sources of a fact with more than one source. */
	default List<Claim> getClaims() {
		Provenance provenance = provenance();
		return (provenance != null && provenance.claims() != null) ? provenance.claims() : List.of();
	}

	default @Nullable String getDisputeNote() {
		Provenance provenance = provenance();
		return (provenance != null) ? provenance.note() : null;
	}

	default @Nullable String getReportedOn() {
		Provenance provenance = provenance();
		return (provenance != null) ? provenance.reportedOn() : null;
	}

	/** Node ids merged into this entity. */
	default List<String> getMergedIds() {
		Provenance provenance = provenance();
		return (provenance != null && provenance.retiredIds() != null) ? provenance.retiredIds() : List.of();
	}

	/** Node ids of facts the curator marks as contradicting this one. */
	default List<String> getContradictedByIds() {
		Provenance provenance = provenance();
		return (provenance != null && provenance.contradicts() != null) ? provenance.contradicts() : List.of();
	}

}
