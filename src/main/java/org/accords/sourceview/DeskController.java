package org.accords.sourceview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.accords.AccordsProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The curator's desk ({@code accords.desk.enabled=true}, loopback only): {@code /desk}
 * lists the seed folder's curated files, {@code /desk/articles/{file}} shows one on its
 * article with every entry's evidence highlighted as the source view does, unreviewed
 * entries hatched and labelled. Read-only: the curator edits the YAML beside it and
 * reloads. Files are read on every request, so an edit shows at once.
 */
@Controller
@ConditionalOnBooleanProperty("accords.desk.enabled")
class DeskController {

	/** A curated file's name: no folders, no way out of {@code curated/}. */
	private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.ya?ml");

	private static final Pattern ARTICLE_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.txt");

	private final ResourcePatternResolver resolver;

	private final String location;

	DeskController(ResourcePatternResolver resolver, AccordsProperties properties) {
		this.resolver = resolver;
		String base = properties.seed().location();
		this.location = base.endsWith("/") ? base : base + "/";
	}

	@GetMapping({ "/desk", "/desk/" })
	ResponseEntity<String> files() throws IOException {
		Resource[] resources = this.resolver.getResources(this.location + "curated/*.y*ml");
		Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
		List<String> rows = new ArrayList<>();
		for (Resource resource : resources) {
			String name = resource.getFilename();
			if (name == null || !FILE.matcher(name).matches()) {
				continue;
			}
			String status;
			try {
				DeskFile file = read(name);
				status = file.entries() + " entries, " + file.unreviewed().size() + " unreviewed"
						+ (file.problems().isEmpty() ? "" : ", " + file.problems().size()
								+ ((file.problems().size() == 1) ? " excerpt" : " excerpts") + " not placed");
			}
			catch (DeskFile.DeskException ex) {
				status = ex.getMessage();
			}
			rows.add("<tr><td><a href=\"/desk/articles/" + SourcePage.esc(name) + "\">" + SourcePage.esc(name)
					+ "</a></td><td>" + SourcePage.esc(status) + "</td></tr>");
		}
		String html = ArticleList.page("Curator's desk",
				"<h1>Curator's desk</h1>\n<p>Curated files in <code>" + SourcePage.esc(this.location)
						+ "curated/</code>. Open one beside its YAML: every entry's evidence is highlighted on "
						+ "the article, unreviewed entries (<code>reviewed: false</code>) hatched. Edit the file, "
						+ "reload the page.</p>\n<table>\n<thead><tr><th>file</th><th>status</th></tr></thead>\n"
						+ "<tbody>\n" + String.join("\n", rows) + "\n</tbody>\n</table>\n");
		return ResponseEntity.ok()
			.contentType(SourceViewController.HTML)
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy", ArticleList.CONTENT_SECURITY_POLICY)
			.body(html);
	}

	@GetMapping("/desk/articles/{file}")
	ResponseEntity<String> file(@PathVariable String file, @RequestParam(required = false) @Nullable String fact) {
		DeskFile desk;
		try {
			desk = read(file);
		}
		catch (DeskFile.DeskException ex) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(SourceViewController.HTML)
				.header("Content-Security-Policy", ArticleList.CONTENT_SECURITY_POLICY)
				.body(ArticleList.message(ex.getMessage()));
		}
		List<String> notices = new ArrayList<>();
		notices.add("curated/" + file + ": " + desk.entries() + " entries with evidence, " + desk.unreviewed().size()
				+ " unreviewed (hatched, marked [unreviewed]). To accept an entry set reviewed: true (or delete "
				+ "the line), to reject it delete the entry; reload to see the change.");
		desk.problems().forEach((problem) -> notices.add("Not shown: " + problem));
		SourcePage.Frame frame = new SourcePage.Frame(fact, desk.unreviewed(), "Desk", notices, false);
		return ResponseEntity.ok()
			.contentType(SourceViewController.HTML)
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy", SourcePage.contentSecurityPolicy())
			.body(SourcePage.html(desk.article(), frame));
	}

	private DeskFile read(String file) {
		if (!FILE.matcher(file).matches()) {
			throw new DeskFile.DeskException("'" + file + "' is not a curated file name (NAME.yaml)");
		}
		String curatedPath = "curated/" + file;
		byte[] yaml = bytes(curatedPath);
		var root = DeskFile.parse(curatedPath, yaml);
		String articleFile = DeskFile.articleFile(root);
		if (!ARTICLE_FILE.matcher(articleFile).matches()) {
			throw new DeskFile.DeskException(
					curatedPath + ": article.file '" + articleFile + "' is not an article file name");
		}
		String articlePath = "articles/" + articleFile;
		return DeskFile.of(curatedPath, new String(yaml, StandardCharsets.UTF_8), root, articlePath,
				new String(bytes(articlePath), StandardCharsets.UTF_8));
	}

	private byte[] bytes(String path) {
		Resource resource = this.resolver.getResource(this.location + path);
		try {
			return resource.getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new DeskFile.DeskException(path + ": not found in " + this.location);
		}
	}

}
