package org.accords.seed;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import org.accords.actor.Country;
import org.accords.actor.Organization;
import org.accords.actor.Person;
import org.accords.agreement.Agreement;
import org.accords.agreement.Signatory;
import org.accords.area.CooperationArea;
import org.accords.article.Article;
import org.accords.commitment.Commitment;
import org.accords.event.Event;
import org.accords.statement.Statement;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A seed folder read and verified outside the server, by the loader's own rules: for
 * commands such as {@code draft} that need the facts of a folder or its article format.
 */
public final class SeedFolder {

	private SeedFolder() {
	}

	/**
	 * The verified facts of a folder (or of one curated file with its article).
	 *
	 * @param curatedFile the curated file, or null for a whole folder
	 * @param unreviewed the entries left out as unreviewed
	 * @param commitments the commitments
	 * @param cooperationAreas the cooperation areas
	 */
	public record Contents(@Nullable String curatedFile, List<Article> articles, List<Country> countries,
			List<Organization> organizations, List<Person> people, List<Agreement> agreements,
			List<Signatory> signatories, List<Statement> statements, List<String> unreviewed,
			List<Commitment> commitments, List<CooperationArea> cooperationAreas, List<Event> events) {
	}

	/** An article file: its date header and its text, to which evidence offsets refer. */
	public record ArticleText(LocalDate date, String text) {
	}

	/**
	 * Validates a whole folder as the loader does.
	 * @throws SeedException naming every problem
	 */
	public static Contents validate(Path folder) {
		return contents(null, SeedValidator.check(read(folder)));
	}

	/**
	 * Validates each curated file of a folder with its own article alone, so that the
	 * facts of one article (countries included, which carry no evidence) can be told
	 * apart.
	 * @throws SeedException naming every problem of the first file that has one
	 */
	public static List<Contents> validateEach(Path folder) {
		SeedFiles files = read(folder);
		Map<String, SeedFiles.SeedFile> articles = files.articles()
			.stream()
			.collect(Collectors.toMap(SeedFiles.SeedFile::name, Function.identity()));
		List<Contents> each = new ArrayList<>();
		for (SeedFiles.SeedFile curated : files.curated()) {
			SeedValidator.Checked checked = SeedValidator
				.check(new SeedFiles(List.copyOf(articles.values()), List.of(curated)));
			each.add(contents(curated.name(), checked));
		}
		return each;
	}

	/**
	 * Reads an article file: {@code date YYYY-MM-DD} then the text.
	 * @throws IllegalArgumentException when the header is missing or not a date
	 */
	public static ArticleText article(String content) {
		Matcher header = SeedValidator.HEADER.matcher(content);
		if (!header.find()) {
			throw new IllegalArgumentException("no date header (expected 'date YYYY-MM-DD' before the text)");
		}
		try {
			return new ArticleText(LocalDate.parse(header.group(1)), content.substring(header.end()));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("date header '" + header.group(1) + "' is not a date (YYYY-MM-DD)");
		}
	}

	/**
	 * A date as the loader resolves it: ISO, or a weekday name meaning the latest such
	 * day on or before the article's date; null when it is neither.
	 */
	public static @Nullable LocalDate resolveDate(LocalDate articleDate, String value) {
		return SeedValidator.resolveDate(articleDate, value);
	}

	private static SeedFiles read(Path folder) {
		return SeedFiles.read(new PathMatchingResourcePatternResolver(), folder.toAbsolutePath().toUri().toString());
	}

	private static Contents contents(@Nullable String curatedFile, SeedValidator.Checked checked) {
		SeedDataset d = checked.dataset();
		return new Contents(curatedFile, d.articles(), d.countries(), d.organizations(), d.people(), d.agreements(),
				d.signatories(), d.statements(), checked.unreviewed(), d.commitments(), d.cooperationAreas(),
				d.events());
	}

}
