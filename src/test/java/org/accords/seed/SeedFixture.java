package org.accords.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.accords.agreement.Agreement;
import org.accords.evidence.Claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A writable copy of the real seed folder, for tests that load changed files.
 */
public final class SeedFixture {

	public static final String ARTICLE = "articles/000_f63eb9d75a69187d.txt";

	public static final String CURATED = "curated/000_f63eb9d75a69187d.yaml";

	private final Path root;

	private SeedFixture(Path root) {
		this.root = root;
	}

	public static SeedFixture copyOfRealSeed(Path folder) {
		try (Stream<Path> files = Files.walk(Path.of("seed-data"))) {
			for (Path source : files.toList()) {
				Path target = folder.resolve(Path.of("seed-data").relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new SeedFixture(folder);
	}

	/** Replaces the first occurrence of {@code from} in a file, which must hold it. */
	public SeedFixture replace(String file, String from, String to) {
		String text = read(file);
		if (!text.contains(from)) {
			throw new IllegalArgumentException(file + " does not contain " + from);
		}
		return write(file,
				text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
	}

	String read(String file) {
		try {
			return Files.readString(this.root.resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes a file of the copy, replacing it if it is there. */
	public SeedFixture write(String file, String text) {
		try {
			Files.createDirectories(this.root.resolve(file).getParent());
			Files.writeString(this.root.resolve(file), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/**
	 * Writes an invented report into a seed folder: its article ({@code date}, then the
	 * text) as {@code articles/<name>.txt} and its curated file as
	 * {@code curated/<name>.yaml}, headed by an {@code article} section of that name.
	 * @param sections the curated file's sections after its {@code article} section
	 */
	public static void report(Path folder, String name, String published, String text, String sections) {
		report(folder, name, name, "", published, text, sections);
	}

	/**
	 * Writes an invented report as {@link #report(Path, String, String, String, String)}
	 * does, by {@code publisher}, its {@code article} section ending with
	 * {@code articleFields} (", corrects: [amber-wire]", or empty).
	 */
	public static void report(Path folder, String name, String publisher, String articleFields, String published,
			String text, String sections) {
		new SeedFixture(folder).write("articles/" + name + ".txt", " date " + published + " " + text)
			.write("curated/" + name + ".yaml",
					"article: { file: %s.txt, id: %s, publisher: %s, language: en, ".formatted(name, name, publisher)
							+ "rights: invented test text" + articleFields + " }\n" + sections);
	}

	/**
	 * {@code files} with the first occurrence of {@code from} in the curated file
	 * {@code file} replaced, in memory.
	 */
	static SeedFiles changed(SeedFiles files, String file, String from, String to) {
		List<SeedFiles.SeedFile> curated = new ArrayList<>();
		for (SeedFiles.SeedFile f : files.curated()) {
			String text = new String(f.bytes(), StandardCharsets.UTF_8);
			if (f.path().equals(file)) {
				assertThat(text).contains(from);
				text = text.replaceFirst(java.util.regex.Pattern.quote(from),
						java.util.regex.Matcher.quoteReplacement(to));
			}
			curated.add(new SeedFiles.SeedFile(f.path(), text.getBytes(StandardCharsets.UTF_8)));
		}
		return new SeedFiles(files.articles(), curated);
	}

	/** The problems for which the files are refused; fails when they load. */
	static List<String> problems(SeedFiles files) {
		SeedException ex = catchThrowableOfType(SeedException.class, () -> SeedValidator.validate(files));
		assertThat(ex).as("expected the files to be rejected").isNotNull();
		return ex.problems();
	}

	/**
	 * The curated sections of an invented report about a river-patrol coalition (id
	 * {@code river-patrol-coalition}) with these countries and participants.
	 * @param countries the {@code countries} section's list, {@code [ { code: LV, name:
	 * Latvia } ]}
	 * @param participants the coalition's participants, each a list item indented by six
	 * spaces
	 */
	public static String riverPatrolCoalition(String countries, String participants) {
		return """
				countries: %s
				agreements:
				  - id: river-patrol-coalition
				    title: River-patrol coalition
				    kind: COALITION
				    evidence: ["river-patrol coalition"]
				    participants:
				""".formatted(countries) + participants;
	}

	/**
	 * Writes an invented report of Latvia, a member of the river-patrol coalition
	 * ({@link #riverPatrolCoalition}), with one participant entry.
	 * @param dates the entry's dates, each a line indented by eight spaces after the
	 * first ({@code leftOn: 2026-03-03}), or empty
	 * @param excerpt the entry's evidence
	 */
	public static void latviaReport(Path folder, String name, String published, String text, String dates,
			String excerpt) {
		report(folder, name, published, text, riverPatrolCoalition("[ { code: LV, name: Latvia } ]", """
				      - party: LV
				        role: MEMBER
				        %s
				        evidence: ["%s"]
				""".formatted(dates, excerpt)));
	}

	/**
	 * Writes an invented report about a joint shell-production programme of Ukraine and
	 * Lithuania, whose curated agreement gives {@code events} (YAML list items).
	 */
	public static void programmeReport(Path folder, String name, String published, String text, String events) {
		programmeReport(folder, name, name, "", published, text, events);
	}

	/**
	 * Writes an invented report about the shell-production programme
	 * ({@link #programmeReport(Path, String, String, String, String)}) by
	 * {@code publisher}, its {@code article} section ending with {@code articleFields}
	 * (", corrects: [amber-wire]"); {@code events} may end with fields of the agreement
	 * (" signedOn: Sunday").
	 */
	public static void programmeReport(Path folder, String name, String publisher, String articleFields,
			String published, String text, String events) {
		report(folder, name, publisher, articleFields, published, text, """
				countries: [ { code: UA, name: Ukraine }, { code: LT, name: Lithuania } ]
				agreements:
				  - id: shell-production-programme
				    title: Joint shell-production programme
				    kind: AGREEMENT
				    parties: [UA, LT]
				    evidence: ["joint shell-production programme"]
				    events:
				""" + events);
	}

	/**
	 * Writes an invented report of one lifecycle event of the shell-production programme
	 * ({@link #programmeReport}): "Kyiv and Vilnius {@code verb} their joint
	 * shell-production programme {@code on}, officials said.", curated as {@code stage}
	 * on {@code date}.
	 */
	public static void programmeEvent(Path folder, String name, String published, String verb, String on, String stage,
			String date) {
		String words = "Kyiv and Vilnius " + verb + " their joint shell-production programme " + on;
		programmeReport(folder, name, published, words + ", officials said.", """
				      - stage: %s
				        date: "%s"
				        evidence: ["%s"]
				""".formatted(stage, date, words));
	}

	/**
	 * The shell-production programme suspended on Monday 9 March 2026 by one invented
	 * report ({@code baltic-ledger}) and on Tuesday 10 March by another
	 * ({@code dnipro-desk}).
	 */
	public static void programmeSuspendedOnTwoDays(Path folder) {
		programmeEvent(folder, "baltic-ledger", "2026-03-10", "suspended", "on Monday", "SUSPENDED", "Monday");
		programmeEvent(folder, "dnipro-desk", "2026-03-12", "suspended", "on Tuesday", "SUSPENDED", "Tuesday");
	}

	/**
	 * Latvia leaving the river-patrol coalition on 3 March 2026 ({@code daugava-wire})
	 * and rejoining it on Wednesday 10 June by one invented report ({@code gulf-desk})
	 * and on Monday 15 June by another ({@code neman-post}).
	 */
	public static void latviaRejoinedOnTwoDays(Path folder) {
		latviaReport(folder, "daugava-wire", "2026-03-04",
				"Latvia withdrew from the river-patrol coalition on 3 March.", "leftOn: 2026-03-03",
				"Latvia withdrew from the river-patrol coalition on 3 March");
		latviaReport(folder, "gulf-desk", "2026-06-11", "Latvia rejoined the river-patrol coalition on Wednesday.",
				"rejoinedOn: Wednesday", "Latvia rejoined the river-patrol coalition on Wednesday");
		latviaReport(folder, "neman-post", "2026-06-16", "Latvia rejoined the river-patrol coalition on Monday.",
				"rejoinedOn: Monday", "Latvia rejoined the river-patrol coalition on Monday");
	}

	/**
	 * Writes an invented report of Latvia, a member of the river-patrol coalition,
	 * suspending or resuming its part ({@code verb}) on {@code day}, curated as
	 * {@code field} ({@code suspendedOn}, {@code resumedOn}) on that day as written.
	 */
	public static void latviaPart(Path folder, String name, String published, String verb, String day, String field) {
		String words = "Latvia " + verb + " its part in the river-patrol coalition " + day;
		latviaReport(folder, name, published, words + ".", field + ": " + day.replaceFirst("^(on|in|again on) ", ""),
				words);
	}

	/**
	 * Latvia, a member of the river-patrol coalition, suspending its part on Wednesday 1
	 * April 2026 by one invented report ({@code gulf-desk}) and on Monday 6 April by
	 * another ({@code neman-post}), and resuming it on Thursday 2 July by one
	 * ({@code polder-news}) and on Tuesday 7 July by another ({@code daugava-wire}).
	 */
	public static void latviaSuspendedAndResumedOnTwoDaysEach(Path folder) {
		latviaPart(folder, "gulf-desk", "2026-04-02", "suspended", "on Wednesday", "suspendedOn");
		latviaPart(folder, "neman-post", "2026-04-07", "suspended", "on Monday", "suspendedOn");
		latviaPart(folder, "polder-news", "2026-07-03", "resumed", "on Thursday", "resumedOn");
		latviaPart(folder, "daugava-wire", "2026-07-08", "resumed", "on Tuesday", "resumedOn");
	}

	/** The values of an agreement's claims that a correction withdrew, in order. */
	public static List<String> corrected(Agreement agreement) {
		return agreement.getClaims()
			.stream()
			.filter((claim) -> !claim.correctedByIds().isEmpty())
			.map(Claim::value)
			.toList();
	}

	public String location() {
		return this.root.toUri().toString();
	}

}
