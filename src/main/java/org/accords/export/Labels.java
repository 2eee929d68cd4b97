package org.accords.export;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.accords.agreement.Agreement;
import org.accords.article.Article;
import org.accords.paging.NodeId;
import org.accords.store.VersionedCollections;
import org.bson.Document;

/**
 * The human-readable label (name or title) of referenced entities during one export:
 * fetched a chunk at a time with one query per referenced type, and kept in a small
 * bounded cache because the same speakers and countries recur row after row.
 */
final class Labels {

	private static final int MAX_ENTRIES = 10_000;

	private final ChunkedReader reader;

	private final String version;

	private final Cache<String, String> cache = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

	Labels(ChunkedReader reader, String version) {
		this.reader = reader;
		this.version = version;
	}

	/** The labels of {@code ids}; ids of no entity are absent. */
	Map<String, String> of(Collection<String> ids) {
		return this.cache.getAll(Set.copyOf(ids), this::load);
	}

	private Map<String, String> load(Set<? extends String> ids) {
		Map<String, List<String>> byType = new HashMap<>();
		for (String id : ids) {
			byType.computeIfAbsent(NodeId.parse(id).type(), (type) -> new java.util.ArrayList<>()).add(id);
		}
		Map<String, String> labels = new HashMap<>();
		byType.forEach((type, typeIds) -> {
			for (Document document : this.reader.byIds(VersionedCollections.of(type, this.version), typeIds, "name",
					"title", "publisher", "publishedOn")) {
				labels.put(document.getString("_id"), label(type, document));
			}
		});
		return labels;
	}

	private static String label(String type, Document document) {
		if (type.equals(Article.TYPE)) {
			String title = document.getString("title");
			return (title != null) ? title : document.getString("publisher") + ", " + document.getString("publishedOn");
		}
		return document.getString(type.equals(Agreement.TYPE) ? "title" : "name");
	}

}
