package org.accords.article;

import java.util.ArrayList;
import java.util.List;

import org.accords.evidence.WithdrawnFact;
import org.accords.store.FactStore;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The corrections of a dataset version that withdrew facts whole, and what each withdrew:
 * one store query per version, which the store's query cache keeps (they are few, and the
 * embedded store reads every article to find them). The source view labels the words of
 * withdrawn facts by them; a withdrawn fact's page and card say by whom it was withdrawn.
 */
@Component
public class Withdrawals {

	/**
	 * Field of an article that holds the evidence of the facts it withdrew whole, with
	 * the node ids of the reports' articles and its own.
	 */
	static final String WITHDRAWN_EVIDENCE_ARTICLE = "withdraws.evidence.articleId";

	private static final Sort BY_ID = Sort.by("_id");

	private final FactStore store;

	Withdrawals(FactStore store) {
		this.store = store;
	}

	/**
	 * A fact withdrawn whole, and the corrections of the version that withdraw it.
	 *
	 * @param fact what the corrections keep of it
	 * @param corrections the articles withdrawing it, in id order: at least one
	 */
	public record Withdrawn(WithdrawnFact fact, List<Article> corrections) {
	}

	/** Every article of {@code version} that withdraws a fact whole, in id order. */
	public List<Article> corrections(String version) {
		return this.store.all(version, Article.ENTITY, Criteria.where(WITHDRAWN_EVIDENCE_ARTICLE).exists(true), BY_ID);
	}

	/**
	 * The fact of node id {@code nodeId} when a correction of {@code version} withdrew it
	 * whole; null when none did (an id the version never had, or one it serves).
	 */
	public @Nullable Withdrawn of(String version, String nodeId) {
		WithdrawnFact found = null;
		List<Article> by = new ArrayList<>();
		for (Article correction : corrections(version)) {
			for (WithdrawnFact fact : correction.withdrawnFacts()) {
				if (fact.value().equals(nodeId)) {
					found = (found != null) ? found : fact;
					by.add(correction);
					break;
				}
			}
		}
		return (found != null) ? new Withdrawn(found, List.copyOf(by)) : null;
	}

}
