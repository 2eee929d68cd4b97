package org.accords.sourceview;

import java.util.List;

import org.accords.article.Article;

/**
 * The list of articles at {@code /articles}, each linked to its source view, and the page
 * for errors there.
 */
final class ArticleList {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; "
			+ "form-action 'none'; frame-ancestors 'none'";

	private static final String STYLE = """
			body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1c1917; }
			main { max-width: 50rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
			a { color: #1d4ed8; }
			td, th { text-align: left; padding: .2rem .8rem .2rem 0; vertical-align: top; }
			table { border-collapse: collapse; }
			""";

	private ArticleList() {
	}

	static String html(List<Article> articles, int page, int pages, long total, String version) {
		StringBuilder html = start("Articles");
		html.append("<h1>Articles</h1>\n<p>")
			.append(total)
			.append(" articles in dataset version <code>")
			.append(SourcePage.esc(version))
			.append("</code>, oldest first. Each opens with the words behind every fact highlighted; ")
			.append("<code>Accept: application/json</code> on an article's address returns it with its spans.</p>\n")
			.append("<table>\n<thead><tr><th>date</th><th>publisher</th><th>article</th></tr></thead>\n<tbody>\n");
		for (Article article : articles) {
			String title = (article.title() != null && !article.title().isBlank()) ? article.title() : article.file();
			html.append("<tr><td>")
				.append(SourcePage.esc(article.publishedOn()))
				.append("</td><td>")
				.append(SourcePage.esc(article.publisher()))
				.append("</td><td><a href=\"/articles/")
				.append(SourcePage.esc(article.id()))
				.append("\">")
				.append(SourcePage.esc(title))
				.append("</a></td></tr>\n");
		}
		html.append("</tbody>\n</table>\n<p>Page ").append(page).append(" of ").append(pages);
		if (page > 1) {
			html.append(" · <a href=\"/articles?page=").append(page - 1).append("\">previous</a>");
		}
		if (page < pages) {
			html.append(" · <a href=\"/articles?page=").append(page + 1).append("\">next</a>");
		}
		return html.append("</p>\n</main>\n</body>\n</html>\n").toString();
	}

	/** A page of this look with the given body. */
	static String page(String title, String body) {
		return start(title).append(body).append("</main>\n</body>\n</html>\n").toString();
	}

	static String message(String message) {
		StringBuilder html = start("Article not available");
		html.append("<h1>Article not available</h1>\n<p>").append(SourcePage.esc(message)).append("</p>\n");
		return html.append("</main>\n</body>\n</html>\n").toString();
	}

	private static StringBuilder start(String title) {
		return new StringBuilder(16 * 1024)
			.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<link rel=\"icon\" href=\"data:,\">\n<title>")
			.append(SourcePage.esc(title))
			.append("</title>\n<style>\n")
			.append(STYLE)
			.append("</style>\n</head>\n<body>\n<main>\n")
			.append("<p><a href=\"/\">Accords</a> · <a href=\"/data\">Downloads</a> · <a href=\"/graphiql\">GraphiQL</a></p>\n");
	}

}
