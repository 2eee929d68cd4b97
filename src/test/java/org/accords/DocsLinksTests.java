package org.accords;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link of the README and of the pages under {@code docs/} leads somewhere:
 * to a file of the repository and, when it names one, to a heading of that file. Text
 * moved between pages keeps its links working.
 */
class DocsLinksTests {

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

	@Test
	void everyRelativeLinkLeadsToAFileAndHeading() throws IOException {
		List<String> broken = new ArrayList<>();
		int checked = 0;
		for (Path file : pages()) {
			Matcher link = LINK.matcher(withoutCode(Docs.text(file)));
			while (link.find()) {
				String target = link.group(1);
				if (target.matches("^[a-z]+:.*")) {
					continue;
				}
				checked++;
				int hash = target.indexOf('#');
				String path = (hash < 0) ? target : target.substring(0, hash);
				Path linked = path.isEmpty() ? file : file.resolveSibling(path).normalize();
				if (!Files.exists(linked)) {
					broken.add(file + ": " + target + " (no such file)");
				}
				else if (hash >= 0 && !anchors(linked).contains(target.substring(hash + 1))) {
					broken.add(file + ": " + target + " (no such heading)");
				}
			}
		}
		assertThat(broken).isEmpty();
		assertThat(checked).isGreaterThan(30);
	}

	@Test
	void headingsBecomeGitHubAnchors() {
		assertThat(anchor("## For partners: pages, cards, feeds, webhooks"))
			.isEqualTo("for-partners-pages-cards-feeds-webhooks");
		assertThat(anchor("### Open reads (CORS)")).isEqualTo("open-reads-cors");
	}

	private static List<Path> pages() throws IOException {
		List<Path> pages = new ArrayList<>(List.of(Docs.README));
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			docs.filter((p) -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		return pages;
	}

	private static Set<String> anchors(Path file) {
		Set<String> anchors = new HashSet<>();
		if (!file.toString().endsWith(".md")) {
			return anchors;
		}
		for (String line : withoutCode(Docs.text(file)).split("\n")) {
			if (line.matches("^#{1,6} .*")) {
				anchors.add(anchor(line));
			}
		}
		return anchors;
	}

	/**
	 * The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as '-'.
	 */
	static String anchor(String heading) {
		return heading.replaceFirst("^#+ ", "")
			.strip()
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}_\\- ]", "")
			.replace(' ', '-');
	}

	/**
	 * The text without its fenced code blocks, whose lines are neither links nor
	 * headings.
	 */
	private static String withoutCode(String text) {
		return text.replaceAll("(?ms)^```.*?^```", "");
	}

}
