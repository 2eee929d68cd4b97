package org.accords.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.accords.dataset.Citation;
import org.accords.dataset.DatasetInfo;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * The HTML pages of {@code /data}: plain, accessible, self-contained (no scripts, fonts
 * or anything from another origin), in the landing page's style.
 */
final class DataPages {

	/** Ids listed per change on the changelog page; the JSON has them all. */
	static final int IDS_SHOWN = 100;

	private static final String STYLE = """
			:root { --bg: #fbfbf9; --fg: #1d232a; --muted: #56606b; --rule: #dfe2e6; --accent: #0b5cad; --code-bg: #eef1f4; }
			@media (prefers-color-scheme: dark) { :root { --bg: #14181c; --fg: #e6e9ec; --muted: #a3adb8; --rule: #2e353d; --accent: #7db7f5; --code-bg: #1f252b; } }
			body { margin: 0; background: var(--bg); color: var(--fg); font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
			main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
			h1 { font-size: 2rem; line-height: 1.2; margin: .5rem 0; }
			h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; }
			a { color: var(--accent); text-underline-offset: .15em; }
			a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
			code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; }
			:not(pre) > code { background: var(--code-bg); padding: .1em .35em; border-radius: 4px; }
			pre { background: var(--code-bg); border: 1px solid var(--rule); border-radius: 8px; padding: .8rem 1rem; white-space: pre-wrap; overflow-wrap: anywhere; }
			table { border-collapse: collapse; width: 100%; margin: 0 0 1rem; }
			th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
			td.n { text-align: right; font-variant-numeric: tabular-nums; }
			.muted { color: var(--muted); }
			details { margin: .4rem 0; }
			""";

	private DataPages() {
	}

	static String index(DatasetInfo info, List<Downloads.Download> downloads, String jsonLd) {
		StringBuilder html = page("Accords open data: downloads",
				"Every collection of the Accords dataset as CSV, JSON and NDJSON, with licence, citation and "
						+ "changelog.");
		html.append("<script type=\"application/ld+json\">\n")
			// a "</script>" inside a string would end the block early
			.append(jsonLd.replace("</", "<\\/"))
			.append("\n</script>\n</head>\n<body>\n<main>\n");
		html.append("<p><a href=\"/\">Accords</a></p>\n<h1>Open data: downloads</h1>\n");
		html.append("<p>").append(esc(Metadata.DESCRIPTION)).append("</p>\n");
		html.append("<p>Dataset version <code>")
			.append(esc(info.version()))
			.append("</code>, published ")
			.append(esc(Citation.date(info)))
			.append(". The curated data is licensed under <a rel=\"license\" href=\"")
			.append(Citation.LICENCE_URL)
			.append("\">")
			.append(Citation.LICENCE_NAME)
			.append("</a>. ")
			.append(esc(Citation.LICENCE_NOTE))
			.append("</p>\n");
		html.append("<h2 id=\"cite\">How to cite</h2>\n<p>")
			.append(esc(Citation.text(info)))
			.append("</p>\n<p><a href=\"/data/")
			.append(Downloads.BIBTEX)
			.append("\">BibTeX</a> · <a href=\"/data/changelog\">What changed in each version</a></p>\n");
		html.append("<h2 id=\"sources\">The sources</h2>\n<p><a href=\"/articles\">Every article</a>, ")
			.append("each with the words behind every fact highlighted (and as JSON with ")
			.append("<code>Accept: application/json</code>).</p>\n");
		Downloads.Download archive = downloads.stream()
			.filter((d) -> d.format().equals("zip"))
			.findFirst()
			.orElseThrow();
		html.append("<h2 id=\"everything\">Everything in one file</h2>\n<p><a href=\"/data/")
			.append(esc(archive.file()))
			.append("\" download>")
			.append(esc(archive.file()))
			.append("</a>")
			.append(size(archive.bytes()))
			.append(": ")
			.append(esc(archive.title()))
			.append(".</p>\n");
		html.append("<h2 id=\"collections\">Collections</h2>\n<table>\n<caption class=\"muted\">")
			.append("One row per entity. CSV flattens relations to an id and a name; JSON and NDJSON keep every ")
			.append("field and every evidence excerpt.</caption>\n")
			.append("<thead><tr><th scope=\"col\">Collection</th><th scope=\"col\">Rows</th>")
			.append("<th scope=\"col\">CSV</th><th scope=\"col\">JSON</th><th scope=\"col\">NDJSON</th></tr></thead>\n<tbody>\n");
		for (Table<?> table : Tables.ALL) {
			html.append("<tr><th scope=\"row\">").append(esc(table.title())).append("</th>");
			Downloads.Download first = find(downloads, Downloads.file(table, Format.CSV));
			html.append("<td class=\"n\">").append(first.rows()).append("</td>");
			for (Format format : Format.values()) {
				Downloads.Download download = find(downloads, Downloads.file(table, format));
				html.append("<td><a href=\"/data/")
					.append(esc(download.file()))
					.append("\">")
					.append(esc(download.file()))
					.append("</a>")
					.append(size(download.bytes()))
					.append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</tbody>\n</table>\n");
		html.append(
				"""
						<h2 id="spreadsheets">In a spreadsheet</h2>
						<p>The CSV files are UTF-8 (RFC 4180), so names such as Kasčiūnas keep their letters. LibreOffice,
						Numbers and Google Sheets read them as they are. Excel needs to be told: use
						<em>Data → From Text/CSV</em> and choose <em>65001: Unicode (UTF-8)</em>, or download with
						<code>?bom=true</code> (for example <a href="/data/statements.csv?bom=true">statements.csv?bom=true</a>),
						which adds the byte order mark Excel looks for when a file is double-clicked.</p>
						""");
		html.append("<h2 id=\"metadata\">Metadata</h2>\n<ul>\n");
		for (Downloads.Download download : downloads) {
			if (download.collection() == null && !download.format().equals("zip")) {
				html.append("<li><a href=\"/data/")
					.append(esc(download.file()))
					.append("\">")
					.append(esc(download.file()))
					.append("</a>: ")
					.append(esc(download.title()))
					.append("</li>\n");
			}
		}
		html.append("<li><a href=\"/data/index.json\">index.json</a>: this list, for programs</li>\n</ul>\n");
		html.append("<h2 id=\"columns\">Columns</h2>\n<p>In this order in every CSV file; dates are ISO 8601, an ")
			.append("empty cell means unknown or none, and several values in one cell are separated by <code>")
			.append(esc(Table.LIST_SEPARATOR.trim()))
			.append("</code>.</p>\n");
		for (Table<?> table : Tables.ALL) {
			html.append("<details><summary>")
				.append(esc(Downloads.file(table, Format.CSV)))
				.append("</summary>\n<table><thead><tr><th scope=\"col\">Column</th><th scope=\"col\">Type</th>")
				.append("<th scope=\"col\">What</th></tr></thead><tbody>\n");
			for (Table.Column<?> column : table.columns()) {
				html.append("<tr><td><code>")
					.append(esc(column.name()))
					.append("</code></td><td>")
					.append(esc(column.type()))
					.append("</td><td>")
					.append(esc(column.description()))
					.append(column.values().isEmpty() ? "" : " One of " + esc(String.join(", ", column.values())) + ".")
					.append("</td></tr>\n");
			}
			html.append("</tbody></table></details>\n");
		}
		return html.append("</main>\n</body>\n</html>\n").toString();
	}

	@SuppressWarnings("unchecked")
	static String changelog(List<Map<String, Object>> versions) {
		StringBuilder html = page("Accords open data: changelog",
				"What each version of the Accords dataset added, changed and removed.");
		html.append("</head>\n<body>\n<main>\n<p><a href=\"/data\">Downloads</a></p>\n<h1>Changelog</h1>\n")
			.append("<p>Every version published, newest first. An entity counts as changed when its id stayed and its ")
			.append("content differs. All ids: <a href=\"/data/changelog.json\">changelog.json</a>.</p>\n");
		for (Map<String, Object> version : versions) {
			Object previous = version.get("previousVersion");
			html.append("<h2>Version <code>")
				.append(esc(String.valueOf(version.get("version"))))
				.append("</code></h2>\n<p class=\"muted\">Published ")
				.append(esc(String.valueOf(version.get("publishedAt"))))
				.append((previous != null) ? ", replacing <code>" + esc(previous.toString()) + "</code>"
						: ", the first version: everything is new")
				.append(".</p>\n<table><thead><tr><th scope=\"col\">Collection</th><th scope=\"col\">Added</th>")
				.append("<th scope=\"col\">Changed</th><th scope=\"col\">Removed</th></tr></thead><tbody>\n");
			for (Map<String, Object> collection : (List<Map<String, Object>>) version.get("collections")) {
				html.append("<tr><th scope=\"row\">").append(esc(String.valueOf(collection.get("collection"))));
				html.append("</th>");
				for (String change : List.of("added", "changed", "removed")) {
					List<String> ids = (List<String>) collection.get(change);
					html.append("<td>");
					if (ids.isEmpty()) {
						html.append("0");
					}
					else {
						html.append("<details><summary>").append(ids.size()).append("</summary>");
						ids.stream()
							.limit(IDS_SHOWN)
							.forEach((id) -> html.append("<code>").append(esc(id)).append("</code><br>"));
						if (ids.size() > IDS_SHOWN) {
							html.append("… and ").append(ids.size() - IDS_SHOWN).append(" more in changelog.json");
						}
						html.append("</details>");
					}
					html.append("</td>");
				}
				html.append("</tr>\n");
			}
			html.append("</tbody></table>\n");
		}
		return html.append("</main>\n</body>\n</html>\n").toString();
	}

	static String notFound(String message, List<String> available) {
		StringBuilder html = page("Not found: Accords open data", message);
		html.append("</head>\n<body>\n<main>\n<h1>Not found</h1>\n<p>")
			.append(esc(message))
			.append("</p>\n<p>See <a href=\"/data\">the list of downloads</a>. What exists:</p>\n<ul>\n");
		available.forEach((file) -> html.append("<li><a href=\"/data/")
			.append(esc(file))
			.append("\">")
			.append(esc(file))
			.append("</a></li>\n"));
		return html.append("</ul>\n</main>\n</body>\n</html>\n").toString();
	}

	private static StringBuilder page(String title, String description) {
		StringBuilder html = new StringBuilder(32 * 1024);
		html.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src ")
			.append("'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n")
			.append("<meta name=\"referrer\" content=\"no-referrer\">\n<link rel=\"icon\" href=\"data:,\">\n<title>")
			.append(esc(title))
			.append("</title>\n<meta name=\"description\" content=\"")
			.append(esc(description))
			.append("\">\n<style>\n")
			.append(STYLE)
			.append("</style>\n");
		return html;
	}

	private static Downloads.Download find(List<Downloads.Download> downloads, String file) {
		return downloads.stream().filter((d) -> d.file().equals(file)).findFirst().orElseThrow();
	}

	private static String size(@Nullable Long bytes) {
		if (bytes == null) {
			return "";
		}
		if (bytes < 1024) {
			return " <span class=\"muted\">(" + bytes + " B)</span>";
		}
		double value = bytes / 1024.0;
		String unit = "KB";
		if (value >= 1024) {
			value /= 1024;
			unit = "MB";
		}
		return " <span class=\"muted\">(" + String.format(Locale.ROOT, "%.1f", value) + " " + unit + ")</span>";
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
