package org.accords.seed;

import java.util.List;

/**
 * The seed data cannot be loaded; each problem names the file, the entry and what is
 * wrong. Nothing was written.
 */
public class SeedException extends RuntimeException {

	private final List<String> problems;

	public SeedException(List<String> problems) {
		super("Seed data rejected, nothing loaded (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
				+ "):\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
