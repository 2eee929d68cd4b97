package org.accords.seed;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code validate} command:
 * {@code java -jar accords.jar validate DIR [--format json]} checks a seed folder (its
 * {@code articles/} and {@code curated/}) exactly as a load would, without starting
 * Spring, a store or a web server. Exit status 0 when the folder would load, 1 when it
 * has problems, 2 on bad usage; one problem per line on standard output, a summary on
 * standard error.
 */
public final class ValidateCommand {

	/** The first argument that selects this command. */
	public static final String NAME = "validate";

	private static final String USAGE = "usage: java -jar accords.jar validate DIR [--format text|json]";

	private ValidateCommand() {
	}

	/** Runs the command; returns the process exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Path folder = null;
		boolean json = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--format") && i + 1 < args.length) {
				String format = args[++i];
				if (!format.equals("json") && !format.equals("text")) {
					err.println("unknown format '" + format + "'\n" + USAGE);
					return 2;
				}
				json = format.equals("json");
			}
			else if (arg.startsWith("--format=")) {
				json = arg.substring("--format=".length()).equals("json");
			}
			else if (arg.startsWith("-") || folder != null) {
				err.println("unknown argument '" + arg + "'\n" + USAGE);
				return 2;
			}
			else {
				folder = Path.of(arg);
			}
		}
		if (folder == null) {
			err.println(USAGE);
			return 2;
		}
		if (!Files.isDirectory(folder)) {
			err.println(folder + ": not a folder\n" + USAGE);
			return 2;
		}
		long start = System.nanoTime();
		List<String> problems = new ArrayList<>();
		List<String> unreviewed = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		int articles = 0;
		int curated = 0;
		SeedFiles files = null;
		try {
			files = read(folder);
			articles = files.articles().size();
			curated = files.curated().size();
			SeedValidator.Checked checked = SeedValidator.check(files);
			unreviewed.addAll(located(checked.unreviewed(), files));
			// an agreement that tells of no signing: likely one the folder has (a
			// warning)
			warnings.addAll(warned(checked.likely(), files));
		}
		catch (SeedException ex) {
			problems.addAll(ex.problems());
		}
		if (files != null) {
			// not problems either: what the draft left for a curator to fill in
			files.curated().forEach((file) -> warnings.addAll(YamlLines.placeholders(file)));
		}
		// file by file, in line order: a curator works down one file, then the next
		unreviewed.sort(BY_FILE_AND_LINE);
		warnings.sort(BY_FILE_AND_LINE);
		long millis = (System.nanoTime() - start) / 1_000_000;
		if (json) {
			Map<String, Object> report = new LinkedHashMap<>();
			report.put("valid", problems.isEmpty());
			report.put("folder", folder.toString());
			report.put("articles", articles);
			report.put("curatedFiles", curated);
			report.put("millis", millis);
			report.put("problems", problems.stream().map(ValidateCommand::problem).toList());
			report.put("unreviewed", unreviewed.stream().map(ValidateCommand::problem).toList());
			report.put("warnings", warnings.stream().map(ValidateCommand::problem).toList());
			out.println(JsonMapper.builder().build().writeValueAsString(report));
		}
		else {
			problems.forEach(out::println);
			// not problems: draft entries the loader leaves out until a curator reviews
			// them
			unreviewed.forEach(out::println);
			warnings.forEach(out::println);
		}
		err.printf("%s: %s (%d articles, %d curated files checked in %d ms)%n", folder,
				problems.isEmpty() ? "valid" : problems.size() + " problem" + ((problems.size() == 1) ? "" : "s"),
				articles, curated, millis);
		return problems.isEmpty() ? 0 : 1;
	}

	/**
	 * The folder's files as {@link SeedFiles#read} lists them (articles by name, curated
	 * files by path), read with plain file IO: no Spring resource machinery to load,
	 * which keeps the command fast.
	 */
	static SeedFiles read(Path folder) {
		List<String> problems = new ArrayList<>();
		List<SeedFiles.SeedFile> articles = list(folder, "articles", List.of(".txt"), problems);
		List<SeedFiles.SeedFile> curated = list(folder, "curated", List.of(".yaml", ".yml"), problems);
		curated.sort(Comparator.comparing(SeedFiles.SeedFile::path));
		if (articles.isEmpty() && problems.isEmpty()) {
			problems.add(folder + "/articles/: no article files (*.txt) found");
		}
		if (!problems.isEmpty()) {
			throw new SeedException(problems);
		}
		return new SeedFiles(articles, curated);
	}

	private static List<SeedFiles.SeedFile> list(Path folder, String name, List<String> extensions,
			List<String> problems) {
		List<SeedFiles.SeedFile> files = new ArrayList<>();
		Path dir = folder.resolve(name);
		if (!Files.isDirectory(dir)) {
			return files;
		}
		try (Stream<Path> paths = Files.list(dir)) {
			for (Path path : paths.sorted().toList()) {
				String file = path.getFileName().toString();
				if (Files.isRegularFile(path) && extensions.stream().anyMatch(file::endsWith)) {
					try {
						String refused = SeedFiles.refused(name + "/" + file, path);
						if (refused != null) {
							problems.add(refused);
							continue;
						}
						files.add(new SeedFiles.SeedFile(name + "/" + file, Files.readAllBytes(path)));
					}
					catch (IOException ex) {
						problems.add(name + "/" + file + ": unreadable (" + ex.getMessage() + ")");
					}
				}
			}
		}
		catch (IOException ex) {
			problems.add(name + "/: unreadable (" + ex.getMessage() + ")");
		}
		return files;
	}

	private static final Comparator<String> BY_FILE_AND_LINE = Comparator
		.comparing((String said) -> YamlLines.where(said).file())
		.thenComparing((said) -> YamlLines.where(said).line(), Comparator.nullsFirst(Comparator.naturalOrder()));

	/**
	 * Each unreviewed entry as the problems are written, with the entry's line:
	 * {@code curated/a.yaml:12: unreviewed (not served): statements[1] 'x'}.
	 */
	private static List<String> located(List<String> unreviewed, SeedFiles files) {
		List<String> located = new ArrayList<>(unreviewed.size());
		for (String where : unreviewed) {
			String note = where.endsWith(SeedValidator.REFERS_TO_UNREVIEWED) ? SeedValidator.REFERS_TO_UNREVIEWED : "";
			String entry = where.substring(0, where.length() - note.length());
			located.add(labelled(YamlLines.added(List.of(entry), files.curated()).get(0), "unreviewed (not served)")
					+ note);
		}
		return located;
	}

	/**
	 * Each warning about an entry with the line of what it names, as the draft's
	 * placeholders are written: {@code curated/a.yaml:12: warning: agreements[0] 'x': …}.
	 */
	private static List<String> warned(List<String> said, SeedFiles files) {
		List<String> warned = new ArrayList<>(said.size());
		for (String added : YamlLines.added(said, files.curated())) {
			warned.add(labelled(added, "warning"));
		}
		return warned;
	}

	/**
	 * A line {@link YamlLines#added} located, written as the problems are, with its label
	 * after the place: {@code curated/a.yaml:12: warning: agreements[0] 'x'}.
	 */
	private static String labelled(String added, String label) {
		YamlLines.Where at = YamlLines.where(added);
		String said = added.startsWith(at.file() + ":") ? added.substring(added.indexOf(": ", at.file().length()) + 2)
				: added;
		return YamlLines.at(at.file(), at.line()) + ": " + label + ": " + said;
	}

	/**
	 * A problem line as {@code file}, {@code line} (null when not known) and
	 * {@code message}.
	 */
	private static Map<String, @Nullable Object> problem(String text) {
		YamlLines.Where where = YamlLines.where(text);
		Map<String, @Nullable Object> problem = new LinkedHashMap<>();
		problem.put("file", where.file());
		problem.put("line", where.line());
		problem.put("message", text);
		return problem;
	}

}
