package org.accords.draft;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.accords.seed.SeedException;
import org.accords.seed.SeedFolder;
import org.jspecify.annotations.Nullable;

/**
 * The {@code draft} command, run without Spring: {@code java -jar accords.jar draft
 * ARTICLE.txt [--dataset DIR] [--out FILE]} writes a curated draft of an article;
 * {@code draft --evaluate DIR} compares the drafts of a folder's articles with their
 * curated files.
 */
public final class DraftCommand {

	/** The first argument that selects this command. */
	public static final String NAME = "draft";

	private static final String USAGE = "usage: java -jar accords.jar draft ARTICLE.txt [--dataset DIR] [--out FILE]\n"
			+ "       java -jar accords.jar draft --evaluate DIR [--misses]";

	private DraftCommand() {
	}

	/** Runs the command; returns the process exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Path article = null;
		Path dataset = null;
		Path target = null;
		Path evaluate = null;
		boolean misses = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String value = null;
			String option = arg;
			if (arg.startsWith("--") && arg.contains("=")) {
				option = arg.substring(0, arg.indexOf('='));
				value = arg.substring(arg.indexOf('=') + 1);
			}
			if (option.equals("--misses")) {
				misses = true;
				continue;
			}
			if (option.equals("--dataset") || option.equals("--out") || option.equals("--evaluate")) {
				if (value == null) {
					if (i + 1 >= args.length) {
						err.println(option + " needs a value\n" + USAGE);
						return 2;
					}
					value = args[++i];
				}
				switch (option) {
					case "--dataset" -> dataset = Path.of(value);
					case "--out" -> target = Path.of(value);
					default -> evaluate = Path.of(value);
				}
			}
			else if (!arg.startsWith("--") && article == null) {
				article = Path.of(arg);
			}
			else {
				err.println("unknown argument '" + arg + "'\n" + USAGE);
				return 2;
			}
		}
		try {
			if (evaluate != null) {
				return evaluate(evaluate, misses, out);
			}
			if (article == null) {
				err.println(USAGE);
				return 2;
			}
			return draft(article, dataset, target, out, err);
		}
		catch (SeedException ex) {
			err.println(ex.getMessage());
			return 1;
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return 2;
		}
		catch (IOException ex) {
			err.println("cannot read or write: " + ex.getMessage());
			return 1;
		}
	}

	private static int draft(Path article, @Nullable Path dataset, @Nullable Path target, PrintStream out,
			PrintStream err) throws IOException {
		if (!Files.isRegularFile(article)) {
			err.println(article + ": no such article file\n" + USAGE);
			return 2;
		}
		String content = Files.readString(article);
		Draft draft;
		try {
			draft = Drafter.standard().draft(content);
		}
		catch (IllegalArgumentException ex) {
			err.println(article + ": " + ex.getMessage());
			return 2;
		}
		DraftWriter writer = (dataset != null) ? DraftWriter.matching(SeedFolder.validate(dataset))
				: DraftWriter.standalone();
		String yaml = writer.write(draft, article.getFileName().toString());
		if (target == null) {
			out.print(yaml);
		}
		else {
			Files.writeString(target, yaml);
			int signatories = draft.agreements.stream()
				.mapToInt((deal) -> deal.signatories.size() + deal.organizationSignatories.size())
				.sum();
			out.printf("Wrote %s: %s, %s, %s, %s, %s, %s, %s, %s (all reviewed: false)%n", target,
					count(draft.statements.size(), "statement", "statements"),
					count(draft.people.size(), "person", "people"),
					count(draft.organizations.size(), "organization", "organizations"),
					count(draft.countries.size(), "country", "countries"),
					count(draft.agreements.size(), "agreement", "agreements"),
					count(signatories, "signatory", "signatories"),
					count(draft.commitments.size(), "commitment", "commitments"),
					count(draft.events.size(), "event", "events"));
		}
		return 0;
	}

	private static String count(int n, String one, String many) {
		return n + " " + ((n == 1) ? one : many);
	}

	private static int evaluate(Path folder, boolean misses, PrintStream out) {
		Evaluation evaluation = Evaluation.run(folder, Drafter.standard());
		out.println("Drafts of " + evaluation.articles() + " articles in " + folder + " against their curated files:");
		out.println();
		out.print(evaluation.table());
		if (misses) {
			out.println();
			evaluation.misses().forEach(out::println);
		}
		return 0;
	}

}
