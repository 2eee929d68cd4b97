package org.accords.page;

import java.nio.charset.StandardCharsets;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.accords.AccordsProperties;
import org.accords.graphql.DatasetVersionSource;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Cards and fact pages as the bytes sent, rendered once per dataset version, entity and
 * variant (a theme; read by its version, whose links keep it, or not): versions are
 * immutable, so a rendered card stays right for as long as its version is kept, and a
 * portal's iframe costs a lookup instead of reading the entity, its sources and relations
 * and writing the HTML again on every view. Bounded by bytes (an eighth of
 * {@code accords.cache.max-bytes}).
 */
@Component
class RenderedCards {

	private record Key(String version, PageType type, String id, String variant) {
	}

	private final FactCards cards;

	private final Cache<Key, byte[]> rendered;

	RenderedCards(FactCards cards, AccordsProperties properties) {
		this.cards = cards;
		this.rendered = Caffeine.newBuilder()
			.maximumWeight(Math.max(1, properties.cache().maxBytes().toBytes() / 8))
			.<Key, byte[]>weigher((key, bytes) -> 64 + 2 * key.id().length() + bytes.length)
			.build();
	}

	/**
	 * The card in {@code theme}; null when the version has no such entity.
	 * @param pinned whether it was asked for by its version, which its links then keep
	 * (other bytes, kept apart)
	 */
	byte @Nullable [] card(String version, PageType type, String id, String theme, String oembedBase, boolean pinned) {
		return render(cardKey(version, type, id, theme, pinned), pinned,
				(card) -> PageHtml.embed(card, theme, oembedBase));
	}

	/** The card if it is rendered already, else null: nothing is read or rendered. */
	byte @Nullable [] renderedCard(String version, PageType type, String id, String theme, boolean pinned) {
		return this.rendered.getIfPresent(cardKey(version, type, id, theme, pinned));
	}

	private static Key cardKey(String version, PageType type, String id, String theme, boolean pinned) {
		return new Key(version, type, id, DatasetVersionSource.variant("card-" + theme, pinned));
	}

	/**
	 * The fact's HTML page; null when the version has no such entity.
	 * @param pinned whether it was asked for by its version, which its links then keep
	 * (other bytes, kept apart)
	 */
	byte @Nullable [] page(String version, PageType type, String id, String oembedBase, boolean pinned) {
		return render(pageKey(version, type, id, pinned), pinned,
				(card) -> PageHtml.page(card, PageHtml.oembedUrl(oembedBase, card.url())));
	}

	/** The page if it is rendered already, else null: nothing is read or rendered. */
	byte @Nullable [] renderedPage(String version, PageType type, String id, boolean pinned) {
		return this.rendered.getIfPresent(pageKey(version, type, id, pinned));
	}

	private static Key pageKey(String version, PageType type, String id, boolean pinned) {
		return new Key(version, type, id, DatasetVersionSource.variant("page", pinned));
	}

	private byte @Nullable [] render(Key key, boolean pinned, java.util.function.Function<Card, String> html) {
		// misses (unknown ids) are not kept: anyone could fill the cache with them
		return this.rendered.get(key, (k) -> {
			Card card = this.cards.card(k.version(), k.type(), k.id(), pinned);
			return (card != null) ? html.apply(card).getBytes(StandardCharsets.UTF_8) : null;
		});
	}

}
