package org.accords.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accords.graphql.Suggestions;
import org.accords.paging.NodeId;
import org.accords.web.AddressHint;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The page or card a slip of its address meant: the type in the other number
 * ({@code /statement/{id}}, {@code /embed/statements/{id}}), in capitals, or a letter or
 * two off ({@code /comitments/{id}}), found by {@link Suggestions#close}; where the id is
 * a node id, the page of its type, wherever it was put. Named by the {@code 404} of such
 * an address and by oEmbed's.
 */
@Component
class PageAddresses implements AddressHint {

	/** The names a page's address may give its type by, and the page's path segment. */
	private static final Map<String, String> PAGES = new LinkedHashMap<>();

	/** The names a card's address may give its type by, and the card's type. */
	private static final Map<String, PageType> CARDS = new LinkedHashMap<>();

	static {
		for (PageType type : PageType.values()) {
			PAGES.put(type.collection(), type.collection());
			PAGES.put(type.card(), type.collection());
			CARDS.put(type.card(), type);
			CARDS.put(type.collection(), type);
		}
		// an article's page is its source view
		PAGES.put("articles", "articles");
		PAGES.put("article", "articles");
	}

	@Override
	public @Nullable String meant(String path) {
		return pageMeant(path);
	}

	/**
	 * The path of the page or card {@code path} meant; null when it is not a slip of one
	 * (or is one's own).
	 */
	static @Nullable String pageMeant(String path) {
		String trimmed = path.startsWith("/") ? path.substring(1) : path;
		if (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		String[] parts = trimmed.split("/", -1);
		String meant = null;
		if (parts.length == 2 && !parts[1].isEmpty()) {
			String collection = closest(parts[0], PAGES);
			if (collection != null) {
				String byId = PageType.pagePath(parts[1]);
				meant = (byId != null) ? byId : "/" + collection + "/" + parts[1];
			}
		}
		else if (parts.length == 3 && parts[0].equalsIgnoreCase("embed") && !parts[2].isEmpty()) {
			PageType type = closest(parts[1], CARDS);
			String typeName = NodeId.typeOf(parts[2]);
			PageType byId = (typeName != null) ? PageType.ofType(typeName) : null;
			type = (byId != null) ? byId : type;
			if (type != null) {
				meant = "/embed/" + type.card() + "/" + parts[2];
			}
		}
		return (meant != null && !meant.equals(path)) ? meant : null;
	}

	/** What the name closest to {@code given} stands for; null when none is close. */
	private static <T> @Nullable T closest(String given, Map<String, T> names) {
		List<String> close = Suggestions.close(given, names.keySet());
		return close.isEmpty() ? null : names.get(close.get(0));
	}

}
