package org.accords.synthetic;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The {@code generate} command: {@code java -jar accords.jar generate --statements=N
 * --out=DIR [--seed=42]} writes a synthetic corpus without starting Spring.
 */
public final class GenerateCommand {

	/** The first argument that selects this command. */
	public static final String NAME = "generate";

	private static final String USAGE = "usage: java -jar accords.jar generate --statements=N --out=DIR [--seed=42]";

	private GenerateCommand() {
	}

	/** Runs the command; returns the process exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Integer statements = null;
		Path folder = null;
		long seed = 42;
		try {
			for (String arg : args) {
				if (arg.startsWith("--statements=")) {
					statements = Integer.valueOf(arg.substring("--statements=".length()));
				}
				else if (arg.startsWith("--out=")) {
					folder = Path.of(arg.substring("--out=".length()));
				}
				else if (arg.startsWith("--seed=")) {
					seed = Long.parseLong(arg.substring("--seed=".length()));
				}
				else {
					err.println("unknown argument '" + arg + "'\n" + USAGE);
					return 2;
				}
			}
		}
		catch (NumberFormatException ex) {
			err.println("not a number: " + ex.getMessage() + "\n" + USAGE);
			return 2;
		}
		if (statements == null || folder == null) {
			err.println(USAGE);
			return 2;
		}
		long start = System.nanoTime();
		try {
			SyntheticCorpus.Summary summary = SyntheticCorpus.write(folder, statements, seed);
			out.printf(
					"Wrote a synthetic corpus to %s in %d ms: %d articles, %d statements, %d people, "
							+ "%d agreements, %d commitments (seed %d)%n",
					folder.toAbsolutePath(), (System.nanoTime() - start) / 1_000_000, summary.articles(),
					summary.statements(), summary.people(), summary.agreements(), summary.commitments(), seed);
			return 0;
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return 2;
		}
	}

}
