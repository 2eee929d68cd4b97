package org.accords.draft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.actor.Person;
import org.accords.article.Article;
import org.accords.draft.Draft.Span;
import org.accords.draft.Draft.Stmt;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.paging.NodeId;
import org.accords.seed.SeedFolder;
import org.accords.statement.Statement;
import org.accords.statement.StatementKind;
import org.accords.store.SearchText;
import org.jspecify.annotations.Nullable;

/**
 * Compares the drafts of every article in a folder with its hand-curated file and counts,
 * per kind of fact, what the draft found (precision) and what it missed (recall).
 *
 * <p>
 * Matching: a quote span matches a curated direct quote when the two overlap on at least
 * 90% of their union; the speaker of a matched quote is right when the names are equal,
 * accents and case aside; people and organizations match by folded name, countries by
 * code, dates by day, amounts by currency and value ({@code # expect money:} lines of the
 * curated file, as the format has no field for amounts yet; dates are the curated
 * {@code signedOn} and {@code saidOn} plus {@code # expect date:} lines), and an
 * agreement when its evidence overlaps a curated agreement's evidence.
 */
public final class Evaluation {

	/** The kinds reported, in order. */
	public static final List<String> KINDS = List.of("quote spans", "speaker of found quotes", "people", "countries",
			"organizations", "dates", "money", "agreements");

	/**
	 * A {@code # expect money: …} or {@code # expect date: …} comment line, its value the
	 * rest of the line (stripped after the match). Blanks within the line only, and no
	 * lazy value before trailing blanks: {@code (.+?)\s*$} tried the trailing blanks from
	 * every character of a long run of them, a quadratic read (20,000 spaces before the
	 * line's last word: 4 s), and {@code \s} crossed lines.
	 */
	private static final Pattern EXPECT = Pattern.compile("(?m)^#[ \\t]*+expect (money|date):(.*)$");

	private final Map<String, Tally> tallies = new LinkedHashMap<>();

	private final List<String> misses = new ArrayList<>();

	private int articles;

	/** Found, expected and matched counts for one kind. */
	public static final class Tally {

		int proposed;

		int expected;

		int matchedProposed;

		int matchedExpected;

		/** Share of proposals that are right; 1 when nothing was proposed. */
		public double precision() {
			return (this.proposed == 0) ? 1.0 : (double) this.matchedProposed / this.proposed;
		}

		/** Share of curated facts found; 1 when none were expected. */
		public double recall() {
			return (this.expected == 0) ? 1.0 : (double) this.matchedExpected / this.expected;
		}

	}

	private Evaluation() {
		KINDS.forEach((k) -> this.tallies.put(k, new Tally()));
	}

	/**
	 * Drafts every curated article of a folder ({@code articles/} and {@code curated/})
	 * and compares.
	 * @throws org.accords.seed.SeedException when a curated file does not pass validation
	 */
	public static Evaluation run(Path folder, Drafter drafter) {
		Evaluation evaluation = new Evaluation();
		for (SeedFolder.Contents gold : SeedFolder.validateEach(folder)) {
			Article article = gold.articles().get(0);
			String content = read(folder.resolve("articles").resolve(article.file()));
			String curated = read(
					folder.resolve("curated").resolve(java.util.Objects.requireNonNull(gold.curatedFile())));
			evaluation.compare(article.file(), drafter.draft(content), gold, curated);
			evaluation.articles++;
		}
		return evaluation;
	}

	public Tally tally(String kind) {
		return Objects.requireNonNull(this.tallies.get(kind), () -> "No tally '" + kind + "'; tallies: " + KINDS);
	}

	public int articles() {
		return this.articles;
	}

	/**
	 * What the drafts missed or got wrong, one line each, for whoever improves the rules.
	 */
	public List<String> misses() {
		return this.misses;
	}

	private void compare(String file, Draft draft, SeedFolder.Contents gold, String curated) {
		String text = draft.text;
		// quote spans and their speakers
		List<Span> goldQuotes = new ArrayList<>();
		List<String> goldSpeakers = new ArrayList<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (Person person : gold.people()) {
			names.put(person.id(), person.name());
		}
		for (Statement statement : gold.statements()) {
			if (statement.kind() != StatementKind.DIRECT_QUOTE) {
				continue;
			}
			for (Evidence evidence : statement.evidence()) {
				int at = evidence.excerpt().indexOf(statement.text());
				if (at >= 0) {
					goldQuotes.add(new Span(evidence.start() + at, evidence.start() + at + statement.text().length()));
					goldSpeakers.add(names.get(statement.speakerId()));
					break;
				}
			}
		}
		List<Stmt> quotes = draft.statements.stream().filter((s) -> s.kind.equals("DIRECT_QUOTE")).toList();
		Tally spans = tally("quote spans");
		Tally speakers = tally("speaker of found quotes");
		spans.proposed += quotes.size();
		spans.expected += goldQuotes.size();
		Set<Integer> matchedGold = new HashSet<>();
		for (Stmt quote : quotes) {
			int match = -1;
			for (int i = 0; i < goldQuotes.size(); i++) {
				Span g = goldQuotes.get(i);
				int union = Math.max(g.end(), quote.text.end()) - Math.min(g.start(), quote.text.start());
				if (!matchedGold.contains(i) && quote.text.overlap(g) >= 0.9 * union) {
					match = i;
					break;
				}
			}
			if (match < 0) {
				this.misses.add(file + ": quote not curated: \"" + abbreviate(quote.text.of(text)) + "\"");
				continue;
			}
			matchedGold.add(match);
			spans.matchedProposed++;
			spans.matchedExpected++;
			speakers.proposed++;
			speakers.expected++;
			String expected = goldSpeakers.get(match);
			String found = (quote.speaker != null) ? quote.speaker.name : null;
			if (found != null && expected != null && SearchText.fold(found).equals(SearchText.fold(expected))) {
				speakers.matchedProposed++;
				speakers.matchedExpected++;
			}
			else {
				this.misses.add(file + ": speaker " + found + ", curated " + expected + ": \""
						+ abbreviate(quote.text.of(text)) + "\"");
			}
		}
		for (int i = 0; i < goldQuotes.size(); i++) {
			if (!matchedGold.contains(i)) {
				this.misses.add(file + ": quote missed: \"" + abbreviate(goldQuotes.get(i).of(text)) + "\"");
			}
		}
		// sets
		sets(file, "people", draft.people.stream().map((p) -> SearchText.fold(p.name)).toList(),
				gold.people().stream().map((p) -> SearchText.fold(p.name())).toList());
		sets(file, "countries", draft.countries.stream().map((c) -> c.code()).toList(),
				gold.countries().stream().map((c) -> c.code()).toList());
		sets(file, "organizations", draft.organizations.stream().map((o) -> SearchText.fold(o.name)).toList(),
				gold.organizations().stream().map((o) -> SearchText.fold(o.name())).toList());
		List<String> goldDates = new ArrayList<>();
		// days only: a signing "in November 2024" is no day the draft could find
		gold.agreements()
			.stream()
			.filter((a) -> a.signedOnPrecision() == DatePrecision.DAY)
			.map((a) -> a.signedOn())
			.filter((d) -> d != null)
			.forEach(goldDates::add);
		gold.statements().stream().map((s) -> s.saidOn()).filter((d) -> d != null).forEach(goldDates::add);
		List<String> goldMoney = new ArrayList<>();
		expected(curated).forEach((kind, values) -> (kind.equals("money") ? goldMoney : goldDates).addAll(values));
		sets(file, "dates", draft.dates.stream().map((d) -> d.date().toString()).toList(), goldDates);
		sets(file, "money", draft.money.stream().map(Draft.Money::normalized).toList(), goldMoney);
		// agreements, by overlapping evidence
		Tally agreements = tally("agreements");
		agreements.proposed += draft.agreements.size();
		agreements.expected += gold.agreements().size();
		Set<String> found = new HashSet<>();
		for (Draft.Deal deal : draft.agreements) {
			String match = null;
			for (org.accords.agreement.Agreement agreement : gold.agreements()) {
				if (found.contains(agreement.id())) {
					continue;
				}
				boolean overlaps = agreement.evidence()
					.stream()
					.anyMatch((e) -> deal.evidence.stream().anyMatch((s) -> s.overlaps(new Span(e.start(), e.end()))));
				if (overlaps) {
					match = agreement.id();
					break;
				}
			}
			if (match != null) {
				found.add(match);
				agreements.matchedProposed++;
				agreements.matchedExpected++;
			}
			else {
				this.misses.add(file + ": agreement not curated: " + deal.title);
			}
		}
		gold.agreements()
			.stream()
			.filter((a) -> !found.contains(a.id()))
			.forEach((a) -> this.misses
				.add(file + ": agreement missed: " + a.title() + " (" + NodeId.parse(a.id()).key() + ")"));
	}

	private void sets(String file, String kind, List<String> proposed, List<String> expected) {
		Set<String> p = new HashSet<>(proposed);
		Set<String> e = new HashSet<>(expected);
		Tally tally = tally(kind);
		tally.proposed += p.size();
		tally.expected += e.size();
		for (String value : p) {
			if (e.contains(value)) {
				tally.matchedProposed++;
				tally.matchedExpected++;
			}
			else {
				this.misses.add(file + ": " + kind + " not curated: " + value);
			}
		}
		e.stream().filter((v) -> !p.contains(v)).forEach((v) -> this.misses.add(file + ": " + kind + " missed: " + v));
	}

	/** The table, in Markdown. */
	public String table() {
		StringBuilder table = new StringBuilder();
		table.append("| kind | curated | proposed | precision | recall |\n");
		table.append("|---|---:|---:|---:|---:|\n");
		for (Map.Entry<String, Tally> e : this.tallies.entrySet()) {
			Tally t = e.getValue();
			if (e.getKey().equals("speaker of found quotes")) {
				table.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %.2f correct | |%n", e.getKey(),
						t.expected, t.proposed, t.precision()));
			}
			else {
				table.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %.2f | %.2f |%n", e.getKey(),
						t.expected, t.proposed, t.precision(), t.recall()));
			}
		}
		return table.toString();
	}

	private static @Nullable String abbreviate(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String flat = text.replace("\n", "\\n");
		return (flat.length() <= 70) ? flat : flat.substring(0, 67) + "...";
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The amounts and dates a curated file lists in its {@code # expect money:} and
	 * {@code # expect date:} comment lines, by kind ({@code money}, {@code date}), in
	 * file order; a line with no value lists nothing.
	 */
	static Map<String, List<String>> expected(String curated) {
		Map<String, List<String>> expected = new LinkedHashMap<>();
		Matcher expect = EXPECT.matcher(curated);
		while (expect.find()) {
			String value = expect.group(2).strip();
			if (!value.isEmpty()) {
				expected.computeIfAbsent(expect.group(1), (kind) -> new ArrayList<>()).add(value);
			}
		}
		return expected;
	}

}
