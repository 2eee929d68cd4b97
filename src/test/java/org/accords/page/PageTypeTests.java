package org.accords.page;

import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page addresses from node ids, as {@code changes { url }}, the feeds and the pages link
 * them: an article's is its source view, not null.
 */
class PageTypeTests {

	@Test
	void everyEntityWithAPageHasItsAddressAndAnArticlesIsItsSourceView() {
		String article = NodeId.of("Article", "elta-2024-11-05-lithuania-ukraine-memorandum");
		assertThat(PageType.pagePath(article)).isEqualTo("/articles/" + article);
		String statement = NodeId.of("Statement", "kasciunas-joint-company");
		assertThat(PageType.pagePath(statement)).isEqualTo("/statements/" + statement);
		assertThat(PageType.pagePath("not a node id")).isNull();
	}

}
