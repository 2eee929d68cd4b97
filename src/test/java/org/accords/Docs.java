package org.accords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's documentation as tests read it: the README and the pages under
 * {@code docs/}, so that what they say (samples, recipes, lists) is checked where it is
 * written.
 */
public final class Docs {

	/** The README at the root of the repository. */
	public static final Path README = Path.of("README.md");

	private Docs() {
	}

	/** A page under {@code docs/}, such as {@code "api.md"}. */
	public static Path page(String name) {
		return Path.of("docs", name);
	}

	/** The whole text of a documentation file. */
	public static String text(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The section of {@code file} that starts with the heading line {@code heading} (such
	 * as {@code "## Sample queries"}) and ends before the next heading of the same or a
	 * higher level, or at the end of the file.
	 */
	public static String section(Path file, String heading) {
		String text = "\n" + text(file);
		int start = text.indexOf("\n" + heading + "\n");
		if (start < 0) {
			throw new AssertionError(file + " has no section '" + heading + "'");
		}
		int level = heading.indexOf(' ');
		int end = text.length();
		int inCode = 0;
		int from = start + heading.length() + 2;
		for (int i = from; i < text.length(); i = text.indexOf('\n', i) + 1) {
			int eol = text.indexOf('\n', i);
			String line = text.substring(i, (eol < 0) ? text.length() : eol);
			if (line.startsWith("```")) {
				inCode ^= 1;
			}
			else if (inCode == 0 && line.startsWith("#")) {
				int hashes = line.indexOf(' ');
				if (hashes > 0 && hashes <= level && line.substring(0, hashes).chars().allMatch((c) -> c == '#')) {
					end = i;
					break;
				}
			}
			if (eol < 0) {
				break;
			}
		}
		return text.substring(start + 1, end);
	}

	/**
	 * The GraphQL sample (a {@code ```graphql} block) of the section {@code heading} of
	 * {@code file} that contains {@code containing}, as a reader pastes it.
	 */
	public static String sample(Path file, String heading, String containing) {
		Matcher blocks = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(section(file, heading));
		while (blocks.find()) {
			if (blocks.group(1).contains(containing)) {
				return blocks.group(1);
			}
		}
		throw new AssertionError(file + "'s section '" + heading + "' has no GraphQL sample with " + containing);
	}

}
