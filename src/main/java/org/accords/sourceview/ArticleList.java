package org.accords.sourceview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Template;
import org.accords.article.Article;
import org.accords.web.Templates;

/**
 * The list of articles at {@code /articles}, each linked to its source view, the
 * curator's desk's list of files, and the page for errors there: the templates
 * {@code templates/articles/*.mustache}, which escape every value.
 */
final class ArticleList {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; "
			+ "form-action 'none'; frame-ancestors 'none'";

	private static final Template LIST = Templates.compile("articles/list");

	private static final Template DESK = Templates.compile("articles/desk");

	private static final Template MESSAGE = Templates.compile("articles/message");

	private ArticleList() {
	}

	/**
	 * @param pinned whether the list was read by its version, which its links then keep
	 */
	static String html(List<Article> articles, int page, int pages, long total, String version, boolean pinned) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("title", "Articles");
		model.put("total", total);
		model.put("version", version);
		model.put("pinned", pinned ? List.of(version) : List.of());
		model.put("articles", articles.stream().map(ArticleList::row).toList());
		model.put("page", page);
		model.put("pages", pages);
		model.put("previous", (page > 1) ? List.of(page - 1) : List.of());
		model.put("next", (page < pages) ? List.of(page + 1) : List.of());
		return LIST.execute(model);
	}

	private static Map<String, String> row(Article article) {
		String title = (article.title() != null && !article.title().isBlank()) ? article.title() : article.file();
		return Map.of("publishedOn", article.publishedOn(), "publisher", article.publisher(), "id", article.id(),
				"title", title);
	}

	/**
	 * The curator's desk: each curated file ({@code name}) with its {@code status}, from
	 * the seed folder at {@code location}.
	 */
	static String desk(String location, List<Map<String, String>> files) {
		return DESK.execute(Map.of("title", "Curator's desk", "location", location, "files", files));
	}

	static String message(String message) {
		return MESSAGE.execute(Map.of("title", "Article not available", "message", message));
	}

}
