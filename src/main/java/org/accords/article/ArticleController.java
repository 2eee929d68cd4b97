package org.accords.article;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.accords.evidence.Claim;
import org.accords.evidence.Evidence;
import org.accords.evidence.WithdrawnFact;
import org.accords.paging.Connection;
import org.accords.paging.PageArguments;
import org.accords.store.FactStore;
import org.accords.store.Where;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Source articles, and the article behind every piece of evidence.
 */
@Controller
class ArticleController {

	/** Oldest first, as the articles are listed. */
	private static final Sort ORDER = Sort.by("publishedOn", "_id");

	/** The stored field of the articles an article corrects. */
	private static final String CORRECTS = "corrects";

	/** The field of a withdrawn fact that was an agreement. */
	private static final String AGREEMENTS = "agreements";

	private final FactStore store;

	ArticleController(FactStore store) {
		this.store = store;
	}

	/**
	 * Filter arguments of {@code articles}.
	 *
	 * @param publisher publisher name, exact match
	 * @param publishedFrom earliest date
	 * @param publishedTo latest date
	 * @param correction whether it corrects an earlier article
	 * @param corrected whether a later article corrects it
	 */
	record ArticleFilter(@Nullable String publisher, @Nullable LocalDate publishedFrom, @Nullable LocalDate publishedTo,
			@Nullable Boolean correction, @Nullable Boolean corrected) {

		/**
		 * Adds the conditions this filter sets to {@code where}; {@code correctedIds}
		 * gives the ids of the corrected articles, asked only when {@code corrected} is
		 * set.
		 */
		Where where(Where where, Supplier<Set<String>> correctedIds) {
			where.is("publisher", this.publisher)
				.between("publishedOn", this.publishedFrom, this.publishedTo)
				.nonEmpty(CORRECTS, this.correction);
			if (this.corrected == null) {
				return where;
			}
			return this.corrected ? where.in("_id", correctedIds.get()) : where.notIn("_id", correctedIds.get());
		}

	}

	@QueryMapping
	Connection<Article> articles(@Argument @Nullable ArticleFilter filter, PageArguments page,
			@ContextValue String datasetVersion) {
		return this.store.page(datasetVersion, Article.ENTITY,
				Where.of(filter, (f, where) -> f.where(where, () -> correctedIds(datasetVersion))), ORDER, page);
	}

	/**
	 * The ids of the articles of {@code version} that a later one corrects: from the
	 * corrections, one store query per version (cached by the store; they are few).
	 */
	private Set<String> correctedIds(String version) {
		Set<String> ids = new HashSet<>();
		this.store.all(version, Article.ENTITY, Where.all().nonEmpty(CORRECTS, true).criteria(), ORDER)
			.forEach((correction) -> ids.addAll(correction.corrects()));
		return ids;
	}

	@BatchMapping(typeName = "Article", field = "corrects")
	Map<Article, List<Article>> corrects(List<Article> articles, @ContextValue String datasetVersion) {
		return this.store.many(datasetVersion, articles, Article::corrects, Article.ENTITY);
	}

	@BatchMapping(typeName = "Article", field = "correctedBy")
	Map<Article, List<Article>> correctedBy(List<Article> articles, @ContextValue String datasetVersion) {
		return this.store.referencing(datasetVersion, articles, Article.ENTITY, CORRECTS, Article::corrects, ORDER);
	}

	/**
	 * What each article withdraws whole, as claims: kept on the article, no store read.
	 */
	@BatchMapping(typeName = "Article", field = "withdraws")
	Map<Article, List<Claim>> withdraws(List<Article> articles) {
		Map<Article, List<Claim>> withdraws = new LinkedHashMap<>();
		articles.forEach((article) -> withdraws.put(article,
				article.withdrawnFacts().stream().map(WithdrawnFact::claim).toList()));
		return withdraws;
	}

	/**
	 * The agreements each article withdraws whole, with what their reports said of them:
	 * kept on the article, no store read.
	 */
	@BatchMapping(typeName = "Article", field = "withdrawnAgreements")
	Map<Article, List<WithdrawnFact>> withdrawnAgreements(List<Article> articles) {
		Map<Article, List<WithdrawnFact>> withdrawn = new LinkedHashMap<>();
		articles.forEach((article) -> withdrawn.put(article,
				article.withdrawnFacts().stream().filter((fact) -> fact.field().equals(AGREEMENTS)).toList()));
		return withdrawn;
	}

	@BatchMapping
	Map<Evidence, Article> article(List<Evidence> evidence, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, evidence, Evidence::articleId, Article.ENTITY);
	}

}
