package org.accords.sourceview;

import java.util.List;
import java.util.Map;

import org.accords.article.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of {@code templates/articles}: what they list, and that every value reaches
 * the page escaped, whether in text or in an attribute.
 */
class ArticleListTests {

	static final String HOSTILE = "\"><script>alert('x')</script><img src=x onerror=alert(1)>";

	@Test
	void theListLinksEveryArticleAndPagesWithEveryValueEscaped() {
		Article article = new Article("QXJ0aWNsZTphLzE" + HOSTILE, "a.txt", "Publisher " + HOSTILE, "2024-03-01", "en",
				null, "Title " + HOSTILE, "text", "hash", "rights", List.of());
		String html = ArticleList.html(List.of(article), 2, 3, 41, "v1" + HOSTILE, false);
		assertThat(html).startsWith("<!doctype html>")
			.contains("<title>Articles</title>", "<h1>Articles</h1>", "41 articles in dataset version <code>v1",
					"<td>2024-03-01</td>", "<a href=\"/articles?page=1\">previous</a>",
					"<a href=\"/articles?page=3\">next</a>", "Page 2 of 3",
					"href=\"/articles/QXJ0aWNsZTphLzE&quot;&gt;&lt;script&gt;")
			.doesNotContain("<script", "<img", "onerror=alert(1)>", "'x'");
		Article untitled = new Article("id", "untitled.txt", "P", "2024-03-01", "en", null, null, "text", "hash",
				"rights", List.of());
		assertThat(ArticleList.html(List.of(untitled), 1, 1, 1, "v1", false)).contains(">untitled.txt</a>")
			.doesNotContain("previous", "next");
		// read by its version, the list keeps it in every link
		assertThat(ArticleList.html(List.of(untitled), 2, 3, 201, "v1", true)).contains(
				"<a href=\"/articles?page=1&amp;version=v1\">previous</a>",
				"<a href=\"/articles?page=3&amp;version=v1\">next</a>", "<a href=\"/articles/id?version=v1\">");
	}

	@Test
	void theDeskAndTheMessagePageEscapeWhatTheyShow() {
		String desk = ArticleList.desk("file:/seed" + HOSTILE + "/",
				List.of(Map.of("name", "a" + HOSTILE + ".yaml", "status", "3 entries" + HOSTILE)));
		assertThat(desk)
			.contains("<title>Curator&#39;s desk</title>", "<h1>Curator's desk</h1>",
					"<a href=\"/desk/articles/a&quot;&gt;&lt;script&gt;")
			.doesNotContain("<script", "<img");
		String message = ArticleList.message("No article " + HOSTILE);
		assertThat(message).contains("<h1>Article not available</h1>", "<p>No article &quot;&gt;&lt;script&gt;")
			.doesNotContain("<script", "<img");
	}

}
