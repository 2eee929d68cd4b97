package org.accords.article;

import java.util.List;

import org.accords.evidence.WithdrawnFact;
import org.accords.store.Entity;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * A source article, its text verbatim as received.
 *
 * @param id node id
 * @param file name of the seed file the text came from
 * @param publisher who published it
 * @param publishedOn date from the article's header, ISO-8601
 * @param language BCP 47 language tag
 * @param url where it was published, when known
 * @param title its headline, when known
 * @param text the body, verbatim: evidence offsets count into it
 * @param contentHash SHA-256 of the body's UTF-8 bytes, hex
 * @param rights whose rights apply to the text
 * @param editions other publications of the same text
 * @param corrects node ids of the earlier articles of the same publisher that this one
 * corrects: where it gives another value for a field, theirs is withdrawn
 * @param withdraws the facts of those articles that it withdraws whole (not served); null
 * when none, so that an article that withdraws none is stored as before
 */
public record Article(String id, String file, String publisher, String publishedOn, String language,
		@Nullable String url, @Nullable String title, String text, String contentHash, String rights,
		List<Edition> editions, List<String> corrects, @Nullable List<WithdrawnFact> withdraws) implements Entity {

	/** GraphQL type name, also the base name of its collection. */
	public static final String TYPE = "Article";

	/** Its entry in the {@link EntityCatalog}, bound to this record. */
	public static final EntityType<Article> ENTITY = EntityType.of(EntityCatalog.ARTICLE, Article.class);

	/**
	 * An entity stored before {@code editions} or {@code corrects} were recorded reads as
	 * having none.
	 */
	public Article {
		editions = (editions != null) ? editions : List.of();
		corrects = (corrects != null) ? corrects : List.of();
		withdraws = (withdraws != null && !withdraws.isEmpty()) ? withdraws : null;
	}

	/** An article that withdraws no fact whole. */
	public Article(String id, String file, String publisher, String publishedOn, String language, @Nullable String url,
			@Nullable String title, String text, String contentHash, String rights, List<Edition> editions,
			List<String> corrects) {
		this(id, file, publisher, publishedOn, language, url, title, text, contentHash, rights, editions, corrects,
				null);
	}

	/** The facts it withdraws whole; empty when none. */
	public List<WithdrawnFact> withdrawnFacts() {
		return (this.withdraws != null) ? this.withdraws : List.of();
	}

	/** This article withdrawing {@code facts} whole. */
	public Article withWithdraws(List<WithdrawnFact> facts) {
		return new Article(this.id, this.file, this.publisher, this.publishedOn, this.language, this.url, this.title,
				this.text, this.contentHash, this.rights, this.editions, this.corrects, List.copyOf(facts));
	}

	/** An article that corrects none. */
	public Article(String id, String file, String publisher, String publishedOn, String language, @Nullable String url,
			@Nullable String title, String text, String contentHash, String rights, List<Edition> editions) {
		this(id, file, publisher, publishedOn, language, url, title, text, contentHash, rights, editions, List.of());
	}

	/**
	 * Entities are the same when their ids are: cheap, as batch loading keys maps by
	 * them.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Article that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
