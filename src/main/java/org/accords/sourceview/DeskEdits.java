package org.accords.sourceview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.http.Echo;

/**
 * Accepting and rejecting one entry of a curated file by editing its lines, so that
 * everything else (comments, order, quoting) stays exactly as the curator wrote it:
 * accepting turns the entry's {@code reviewed: false} into {@code reviewed: true},
 * rejecting deletes the entry's lines. An entry is found by its section and its
 * {@code id} (or {@code code} for countries).
 */
final class DeskEdits {

	private DeskEdits() {
	}

	/** The entry's {@code reviewed: false} set to true. */
	static String accept(String yaml, String section, String id) {
		List<String> lines = lines(yaml);
		int[] block = block(lines, section, id);
		int indent = keyIndent(lines.get(block[0]));
		Pattern flag = Pattern.compile("^(\\s*(?:-\\s+)?)reviewed:\\s*false(\\s*(?:#.*)?)$");
		for (int i = block[0]; i < block[1]; i++) {
			Matcher m = flag.matcher(lines.get(i));
			if (m.matches() && keyIndent(lines.get(i)) == indent) {
				lines.set(i, m.group(1) + "reviewed: true" + m.group(2));
				return String.join("\n", lines);
			}
		}
		throw new DeskFile.DeskException(
				Echo.bounded(section) + " " + Echo.quoted(id) + " is not marked reviewed: false");
	}

	/** The file without the entry. */
	static String reject(String yaml, String section, String id) {
		List<String> lines = lines(yaml);
		int[] block = block(lines, section, id);
		lines.subList(block[0], block[1]).clear();
		return String.join("\n", lines);
	}

	private static List<String> lines(String yaml) {
		return new ArrayList<>(Arrays.asList(yaml.split("\n", -1)));
	}

	/**
	 * The lines {@code [start, end)} of an entry: from its {@code -} line to the next
	 * entry of the section or the next top-level key, trailing comments and blank lines
	 * left to what follows.
	 */
	private static int[] block(List<String> lines, String section, String id) {
		int sectionStart = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).matches(Pattern.quote(section) + ":\\s*(#.*)?")) {
				sectionStart = i;
				break;
			}
		}
		if (sectionStart < 0) {
			throw new DeskFile.DeskException("no section " + Echo.quoted(section));
		}
		int sectionEnd = lines.size();
		for (int i = sectionStart + 1; i < lines.size(); i++) {
			String line = lines.get(i);
			if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")
					&& !line.startsWith("-")) {
				sectionEnd = i;
				break;
			}
		}
		Pattern idLine = Pattern
			.compile("^(\\s*)(-\\s+)?(?:id|code):\\s*([\"']?)" + Pattern.quote(id) + "\\3\\s*(#.*)?$");
		int start = -1;
		int dashIndent = -1;
		for (int i = sectionStart + 1; i < sectionEnd && start < 0; i++) {
			Matcher m = idLine.matcher(lines.get(i));
			if (!m.matches()) {
				continue;
			}
			if (m.group(2) != null) {
				start = i;
				dashIndent = m.group(1).length();
			}
			else {
				// the id is not the entry's first key: its "-" line is above, two less
				// indented
				int want = m.group(1).length() - 2;
				for (int j = i - 1; j > sectionStart; j--) {
					String line = lines.get(j);
					if (line.matches(" {" + Math.max(0, want) + "}-\\s.*") && want >= 0) {
						start = j;
						dashIndent = want;
						break;
					}
				}
			}
		}
		if (start < 0) {
			throw new DeskFile.DeskException("no entry " + Echo.quoted(id) + " in section " + Echo.quoted(section));
		}
		int end = sectionEnd;
		for (int i = start + 1; i < sectionEnd; i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.stripLeading().startsWith("#")) {
				continue;
			}
			int indent = line.length() - line.stripLeading().length();
			if (indent < dashIndent || (indent == dashIndent && line.stripLeading().startsWith("-"))) {
				end = i;
				break;
			}
		}
		// keep the comments and blank lines that precede the next entry with it
		while (end - 1 > start && (lines.get(end - 1).isBlank() || lines.get(end - 1).stripLeading().startsWith("#"))) {
			end--;
		}
		return new int[] { start, end };
	}

	/** Where an entry's keys start: after the indentation and any {@code "- "}. */
	private static int keyIndent(String line) {
		Matcher m = Pattern.compile("^(\\s*(?:-\\s+)?)").matcher(line);
		return m.find() ? m.group(1).length() : 0;
	}

}
