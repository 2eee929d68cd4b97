package org.accords.article;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
	 */
	record ArticleFilter(@Nullable String publisher, @Nullable LocalDate publishedFrom,
			@Nullable LocalDate publishedTo) {

		/** Adds the conditions this filter sets to {@code where}. */
		Where where(Where where) {
			return where.is("publisher", this.publisher).between("publishedOn", this.publishedFrom, this.publishedTo);
		}

	}

	@QueryMapping
	Connection<Article> articles(@Argument @Nullable ArticleFilter filter, PageArguments page,
			@ContextValue String datasetVersion) {
		return this.store.page(datasetVersion, Article.ENTITY, Where.of(filter, ArticleFilter::where),
				Sort.by("publishedOn", "_id"), page);
	}

	@BatchMapping(typeName = "Article", field = "corrects")
	Map<Article, List<Article>> corrects(List<Article> articles, @ContextValue String datasetVersion) {
		return this.store.many(datasetVersion, articles, Article::corrects, Article.ENTITY);
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
