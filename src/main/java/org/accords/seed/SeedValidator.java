package org.accords.seed;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.accords.actor.Country;
import org.accords.actor.Organization;
import org.accords.actor.OrganizationKind;
import org.accords.actor.Person;
import org.accords.actor.Post;
import org.accords.agreement.Agreement;
import org.accords.agreement.AgreementKind;
import org.accords.agreement.Signatory;
import org.accords.area.AreaCategory;
import org.accords.area.CooperationArea;
import org.accords.article.Article;
import org.accords.commitment.Commitment;
import org.accords.commitment.CommitmentStatus;
import org.accords.evidence.Evidence;
import org.accords.graphql.NodeId;
import org.accords.seed.CuratedFile.ArticleEntry;
import org.accords.seed.SeedFiles.SeedFile;
import org.accords.statement.Statement;
import org.accords.statement.StatementKind;
import org.accords.store.SearchText;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Turns seed files into a verified dataset, or collects every problem found and rejects
 * them all: excerpts missing from or repeated in their article, references to unknown
 * ids, bad enum values, malformed dates and headers, duplicate ids, unreadable files.
 */
final class SeedValidator {

	static final Pattern HEADER = Pattern.compile("\\A\\s*date\\s+(\\S+)\\s+");

	private static final Pattern LOCAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private static final Map<String, String> TYPES = Map.of("countries", Country.TYPE, "organizations",
			Organization.TYPE, "people", Person.TYPE, "agreements", Agreement.TYPE, "signatories", Signatory.TYPE,
			"cooperationAreas", CooperationArea.TYPE, "commitments", Commitment.TYPE, "statements", Statement.TYPE);

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final List<String> problems = new ArrayList<>();

	private final Map<String, Article> articles = new LinkedHashMap<>();

	private final Map<String, Country> countries = new LinkedHashMap<>();

	private final Map<String, Organization> organizations = new LinkedHashMap<>();

	private final Map<String, Person> people = new LinkedHashMap<>();

	private final Map<String, Agreement> agreements = new LinkedHashMap<>();

	private final Map<String, Signatory> signatories = new LinkedHashMap<>();

	private final Map<String, CooperationArea> areas = new LinkedHashMap<>();

	private final Map<String, Commitment> commitments = new LinkedHashMap<>();

	private final Map<String, Statement> statements = new LinkedHashMap<>();

	/**
	 * Entries marked {@code reviewed: false}, and entries that need one, by where they
	 * are.
	 */
	private final List<String> unreviewed = new ArrayList<>();

	/**
	 * Node ids of the entries skipped as unreviewed: references to them are not errors.
	 */
	private final java.util.Set<String> skipped = new java.util.HashSet<>();

	/** Set while checking an entry that refers to a skipped entry. */
	private boolean refersToSkipped;

	/** Where each shared entity (country, organization, person) was first defined. */
	private final Map<String, String> definedIn = new HashMap<>();

	private SeedValidator() {
	}

	static SeedDataset validate(SeedFiles files) {
		return check(files).dataset();
	}

	/** Validates, and lists the entries left out as unreviewed. */
	static Checked check(SeedFiles files) {
		SeedValidator validator = new SeedValidator();
		SeedDataset dataset = validator.run(files);
		return new Checked(dataset, List.copyOf(validator.unreviewed));
	}

	/**
	 * A verified dataset and the entries it leaves out.
	 *
	 * @param dataset the facts to serve
	 * @param unreviewed where each entry marked {@code reviewed: false} (or needing one)
	 * is
	 */
	record Checked(SeedDataset dataset, List<String> unreviewed) {

		/** "N unreviewed entries: …", or null when there are none. */
		@Nullable String summary() {
			if (this.unreviewed.isEmpty()) {
				return null;
			}
			return this.unreviewed.size() + " unreviewed entr" + ((this.unreviewed.size() == 1) ? "y" : "ies")
					+ " (not served): " + String.join("; ", this.unreviewed);
		}

	}

	private SeedDataset run(SeedFiles files) {
		Map<String, ParsedArticle> texts = new HashMap<>();
		for (SeedFile file : files.articles()) {
			ParsedArticle parsed = parseArticle(file);
			if (parsed != null) {
				texts.put(file.name(), parsed);
			}
		}
		List<Parsed> parsed = new ArrayList<>();
		for (SeedFile file : files.curated()) {
			CuratedFile curated = read(file);
			if (curated != null) {
				parsed.add(new Parsed(file, curated));
			}
		}
		// shared entities first, so that facts in any file may refer to them
		for (Parsed p : parsed) {
			p.context = articleContext(p, texts);
		}
		List<Parsed> usable = parsed.stream().filter((p) -> p.context != null).toList();
		usable.forEach((p) -> countries(p.context, p.curated));
		usable.forEach((p) -> organizations(p.context, p.curated));
		usable.forEach((p) -> people(p.context, p.curated));
		usable.forEach((p) -> agreements(p.context, p.curated));
		usable.forEach((p) -> facts(p.context, p.curated));
		if (!this.problems.isEmpty()) {
			throw new SeedException(this.problems);
		}
		return new SeedDataset(List.copyOf(this.articles.values()), List.copyOf(this.countries.values()),
				List.copyOf(this.organizations.values()), List.copyOf(this.people.values()),
				List.copyOf(this.agreements.values()), List.copyOf(this.signatories.values()),
				List.copyOf(this.areas.values()), List.copyOf(this.commitments.values()),
				List.copyOf(this.statements.values()));
	}

	private static final class Parsed {

		final SeedFile file;

		final CuratedFile curated;

		@Nullable Context context;

		Parsed(SeedFile file, CuratedFile curated) {
			this.file = file;
			this.curated = curated;
		}

	}

	private record ParsedArticle(SeedFile file, LocalDate date, String text) {
	}

	/** The article a curated file is about, and where problems are reported. */
	private record Context(String file, String articleId, ParsedArticle article) {
	}

	private @Nullable ParsedArticle parseArticle(SeedFile file) {
		String content = file.text();
		Matcher header = HEADER.matcher(content);
		if (!header.find()) {
			this.problems.add(file.path() + ": no date header (expected 'date YYYY-MM-DD' before the text)");
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(header.group(1));
		}
		catch (DateTimeParseException ex) {
			this.problems.add(file.path() + ": date header '" + header.group(1) + "' is not a date (YYYY-MM-DD)");
			return null;
		}
		String text = content.substring(header.end());
		if (text.isBlank()) {
			this.problems.add(file.path() + ": no text after the date header");
			return null;
		}
		return new ParsedArticle(file, date, text);
	}

	private @Nullable CuratedFile read(SeedFile file) {
		try {
			CuratedFile curated = YAML.readValue(file.bytes(), CuratedFile.class);
			if (curated == null || curated.article() == null) {
				this.problems.add(file.path() + ": no 'article' section");
				return null;
			}
			return curated;
		}
		catch (JacksonException ex) {
			this.problems
				.add(file.path() + ": not valid curated YAML: " + ex.getOriginalMessage() + location(ex.getLocation()));
			return null;
		}
	}

	private static String location(tools.jackson.core.@Nullable TokenStreamLocation location) {
		return (location != null) ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "";
	}

	private @Nullable Context articleContext(Parsed p, Map<String, ParsedArticle> texts) {
		ArticleEntry entry = p.curated.article();
		String where = p.file.path() + ": article";
		if (!required(where, "file", entry.file()) || !required(where, "id", entry.id())
				|| !required(where, "publisher", entry.publisher()) || !required(where, "language", entry.language())
				|| !required(where, "rights", entry.rights()) || !localId(where, entry.id())) {
			return null;
		}
		ParsedArticle article = texts.get(entry.file());
		if (article == null) {
			this.problems
				.add(where + ": file '" + entry.file() + "' is not among the articles (articles/" + entry.file() + ")");
			return null;
		}
		String id = NodeId.of(Article.TYPE, entry.id());
		if (this.articles.containsKey(id)) {
			this.problems.add(where + ": duplicate article id '" + entry.id() + "'");
			return null;
		}
		String hash = SeedFiles.hex(SeedFiles.sha256(article.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		this.articles.put(id, new Article(id, entry.file(), entry.publisher(), article.date().toString(),
				entry.language(), entry.url(), entry.title(), article.text(), hash, entry.rights()));
		return new Context(p.file.path(), id, article);
	}

	private void countries(Context ctx, CuratedFile curated) {
		each(ctx, "countries", curated.countries(), CuratedFile.CountryEntry::code, (where, e) -> {
			if (!required(where, "name", e.name())) {
				return;
			}
			String id = NodeId.of(Country.TYPE, e.code());
			shared(ctx, where, id, this.countries, new Country(id, e.code(), e.name()),
					(a, b) -> a.name().equals(b.name()) ? a : null);
		});
	}

	private void organizations(Context ctx, CuratedFile curated) {
		each(ctx, "organizations", curated.organizations(), CuratedFile.OrganizationEntry::id, (where, e) -> {
			OrganizationKind kind = enumValue(where, "kind", e.kind(), OrganizationKind.class);
			String country = optionalRef(where, "country", e.country(), Country.TYPE, this.countries);
			List<Evidence> evidence = evidence(ctx, where, e.evidence());
			if (kind == null || !required(where, "name", e.name())) {
				return;
			}
			String id = NodeId.of(Organization.TYPE, e.id());
			shared(ctx, where, id, this.organizations,
					new Organization(id, e.name(), kind, country, evidence, SearchText.of(e.name())),
					(a, b) -> a.name().equals(b.name()) && a.kind() == b.kind()
							&& Objects.equals(a.countryId(), b.countryId())
									? new Organization(a.id(), a.name(), a.kind(), a.countryId(),
											concat(a.evidence(), b.evidence()), a.searchText())
									: null);
		});
	}

	private void people(Context ctx, CuratedFile curated) {
		each(ctx, "people", curated.people(), CuratedFile.PersonEntry::id, (where, e) -> {
			String country = optionalRef(where, "country", e.country(), Country.TYPE, this.countries);
			List<Evidence> evidence = evidence(ctx, where, e.evidence());
			List<Post> posts = new ArrayList<>();
			List<CuratedFile.PostEntry> entries = (e.posts() != null) ? e.posts() : List.of();
			for (int i = 0; i < entries.size(); i++) {
				CuratedFile.PostEntry post = entries.get(i);
				String postWhere = where + ": posts[" + i + "]";
				if (required(postWhere, "role", post.role())) {
					posts.add(new Post(post.role(), optionalRef(postWhere, "organization", post.organization(),
							Organization.TYPE, this.organizations), evidence(ctx, postWhere, post.evidence())));
				}
			}
			if (!required(where, "name", e.name())) {
				return;
			}
			String id = NodeId.of(Person.TYPE, e.id());
			shared(ctx, where, id, this.people,
					new Person(id, e.name(), country, posts, evidence, SearchText.of(e.name())),
					(a, b) -> a.name().equals(b.name()) && Objects.equals(a.countryId(), b.countryId())
							? new Person(a.id(), a.name(), a.countryId(), concat(a.posts(), b.posts()),
									concat(a.evidence(), b.evidence()), a.searchText())
							: null);
		});
	}

	private void agreements(Context ctx, CuratedFile curated) {
		each(ctx, "agreements", curated.agreements(), CuratedFile.AgreementEntry::id, (where, e) -> {
			AgreementKind kind = enumValue(where, "kind", e.kind(), AgreementKind.class);
			String signedOn = date(ctx, where, "signedOn", e.signedOn());
			List<String> parties = refs(where, "parties", e.parties(), Country.TYPE, this.countries);
			List<Evidence> evidence = requiredEvidence(ctx, where, e.evidence());
			if (kind == null || !required(where, "title", e.title())) {
				return;
			}
			String id = unique(where, Agreement.TYPE, e.id(), this.agreements);
			if (id != null) {
				this.agreements.put(id, new Agreement(id, e.title(), kind, signedOn, e.signedIn(), parties, e.summary(),
						evidence, SearchText.of(e.title(), e.summary())));
			}
		});
		each(ctx, "cooperationAreas", curated.cooperationAreas(), CuratedFile.AreaEntry::id, (where, e) -> {
			String agreement = ref(where, "agreement", e.agreement(), Agreement.TYPE, this.agreements);
			AreaCategory category = enumValue(where, "category", e.category(), AreaCategory.class);
			List<Evidence> evidence = requiredEvidence(ctx, where, e.evidence());
			if (agreement == null || category == null || !required(where, "name", e.name())) {
				return;
			}
			String id = unique(where, CooperationArea.TYPE, e.id(), this.areas);
			if (id != null) {
				this.areas.put(id, new CooperationArea(id, agreement, e.name(), category, e.description(), evidence,
						SearchText.of(e.name(), e.description())));
			}
		});
	}

	private void facts(Context ctx, CuratedFile curated) {
		each(ctx, "signatories", curated.signatories(), CuratedFile.SignatoryEntry::id, (where, e) -> {
			String agreement = ref(where, "agreement", e.agreement(), Agreement.TYPE, this.agreements);
			String person = optionalRef(where, "person", e.person(), Person.TYPE, this.people);
			String organization = optionalRef(where, "organization", e.organization(), Organization.TYPE,
					this.organizations);
			String onBehalfOf = optionalRef(where, "onBehalfOf", e.onBehalfOf(), Country.TYPE, this.countries);
			List<Evidence> evidence = requiredEvidence(ctx, where, e.evidence());
			if (this.refersToSkipped && person == null && organization == null) {
				return;
			}
			if (e.person() == null && e.organization() == null) {
				this.problems.add(where + ": needs a person or an organization");
				return;
			}
			String id = unique(where, Signatory.TYPE, e.id(), this.signatories);
			if (id != null && agreement != null) {
				this.signatories.put(id,
						new Signatory(id, agreement, person, organization, onBehalfOf, e.role(), evidence));
			}
		});
		each(ctx, "commitments", curated.commitments(), CuratedFile.CommitmentEntry::id, (where, e) -> {
			String agreement = optionalRef(where, "agreement", e.agreement(), Agreement.TYPE, this.agreements);
			String obligor = party(where, "obligor", e.obligor(), true);
			String beneficiary = party(where, "beneficiary", e.beneficiary(), false);
			CommitmentStatus status = enumValue(where, "status", e.status(), CommitmentStatus.class);
			List<String> areaIds = refs(where, "areas", e.areas(), CooperationArea.TYPE, this.areas);
			List<Evidence> evidence = requiredEvidence(ctx, where, e.evidence());
			if (obligor == null || status == null || !required(where, "description", e.description())) {
				return;
			}
			String id = unique(where, Commitment.TYPE, e.id(), this.commitments);
			if (id != null) {
				this.commitments.put(id, new Commitment(id, agreement, obligor, beneficiary, e.description(), status,
						areaIds, evidence, SearchText.of(e.description())));
			}
		});
		each(ctx, "statements", curated.statements(), CuratedFile.StatementEntry::id, (where, e) -> {
			String speaker = ref(where, "speaker", e.speaker(), Person.TYPE, this.people);
			StatementKind kind = enumValue(where, "kind", e.kind(), StatementKind.class);
			String saidOn = date(ctx, where, "saidOn", e.saidOn());
			String agreement = optionalRef(where, "agreement", e.agreement(), Agreement.TYPE, this.agreements);
			List<String> areaIds = refs(where, "areas", e.areas(), CooperationArea.TYPE, this.areas);
			List<Evidence> evidence = requiredEvidence(ctx, where, e.evidence());
			if (speaker == null || kind == null || !required(where, "text", e.text())) {
				return;
			}
			if (evidence.stream().noneMatch((ev) -> ev.excerpt().contains(e.text()))) {
				this.problems.add(where + ": text does not appear verbatim in any of its evidence excerpts");
				return;
			}
			String id = unique(where, Statement.TYPE, e.id(), this.statements);
			if (id != null) {
				Person person = this.people.get(speaker);
				this.statements.put(id,
						new Statement(id, speaker, e.speakerRole(), person.countryId(), kind, e.text(), saidOn,
								e.occasion(), agreement, areaIds, evidence,
								SearchText.of(e.text(), person.name(), e.occasion())));
			}
		});
	}

	private interface EntryCheck<E> {

		void check(String where, E entry);

	}

	private <E> void each(Context ctx, String section, @Nullable List<E> entries, Function<E, String> id,
			EntryCheck<E> check) {
		if (entries == null) {
			return;
		}
		for (int i = 0; i < entries.size(); i++) {
			E entry = entries.get(i);
			if (entry == null) {
				this.problems.add(ctx.file() + ": " + section + "[" + i + "]: empty entry");
				continue;
			}
			String key = id.apply(entry);
			String where = ctx.file() + ": " + section + "[" + i + "]" + ((key != null) ? " '" + key + "'" : "");
			if (entry instanceof CuratedFile.Reviewable reviewable && reviewable.unreviewed()) {
				this.unreviewed.add(where);
				if (key != null) {
					this.skipped.add(NodeId.of(TYPES.get(section), key));
				}
				continue;
			}
			if (required(where, section.equals("countries") ? "code" : "id", key) && localId(where, key)) {
				this.refersToSkipped = false;
				check.check(where, entry);
				if (this.refersToSkipped) {
					this.unreviewed
						.add(where + " (refers to an unreviewed entry: left out, or served without that reference)");
				}
			}
		}
	}

	/**
	 * Countries, organizations and people may be defined in several files: the
	 * definitions must agree, and their evidence is merged.
	 */
	private <T> void shared(Context ctx, String where, String id, Map<String, T> map, T entity,
			java.util.function.BinaryOperator<@Nullable T> merge) {
		T existing = map.get(id);
		if (existing == null) {
			map.put(id, entity);
			this.definedIn.put(id, ctx.file());
			return;
		}
		if (this.definedIn.get(id).equals(ctx.file())) {
			this.problems.add(where + ": duplicate id in the same file");
			return;
		}
		T merged = merge.apply(existing, entity);
		if (merged == null) {
			this.problems.add(where + ": conflicts with its definition in " + this.definedIn.get(id));
			return;
		}
		map.put(id, merged);
	}

	private <T> @Nullable String unique(String where, String type, String key, Map<String, T> map) {
		String id = NodeId.of(type, key);
		if (map.containsKey(id)) {
			this.problems.add(where + ": duplicate id '" + key + "'");
			return null;
		}
		return id;
	}

	private boolean required(String where, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			this.problems.add(where + ": '" + field + "' is required");
			return false;
		}
		return true;
	}

	private boolean localId(String where, String key) {
		if (!LOCAL_ID.matcher(key).matches()) {
			this.problems.add(where + ": id '" + key + "' may only hold letters, digits, '.', '_' and '-'");
			return false;
		}
		return true;
	}

	private <E extends Enum<E>> @Nullable E enumValue(String where, String field, @Nullable String value,
			Class<E> type) {
		if (!required(where, field, value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(where + ": " + field + " '" + value + "' is not one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
			return null;
		}
	}

	private @Nullable String ref(String where, String field, @Nullable String key, String type, Map<String, ?> known) {
		if (!required(where, field, key)) {
			return null;
		}
		return optionalRef(where, field, key, type, known);
	}

	private @Nullable String optionalRef(String where, String field, @Nullable String key, String type,
			Map<String, ?> known) {
		if (key == null) {
			return null;
		}
		String id = NodeId.of(type, key);
		if (this.skipped.contains(id) && !known.containsKey(id)) {
			// an unreviewed entry is not a fact: whatever needs it is left out, silently
			this.refersToSkipped = true;
			return null;
		}
		if (!known.containsKey(id)) {
			this.problems.add(where + ": " + field + " '" + key + "' is not a known " + type + " id");
			return null;
		}
		return id;
	}

	private List<String> refs(String where, String field, @Nullable List<String> keys, String type,
			Map<String, ?> known) {
		List<String> ids = new ArrayList<>();
		if (keys != null) {
			for (int i = 0; i < keys.size(); i++) {
				String id = ref(where, field + "[" + i + "]", keys.get(i), type, known);
				if (id != null) {
					ids.add(id);
				}
			}
		}
		return ids;
	}

	/** An obligor or beneficiary: a country code, an organization id or a person id. */
	private @Nullable String party(String where, String field, @Nullable String key, boolean isRequired) {
		if (key == null) {
			if (isRequired) {
				required(where, field, key);
			}
			return null;
		}
		for (String type : List.of(Country.TYPE, Organization.TYPE, Person.TYPE)) {
			String id = NodeId.of(type, key);
			if (this.countries.containsKey(id) || this.organizations.containsKey(id) || this.people.containsKey(id)) {
				return id;
			}
		}
		for (String type : List.of(Country.TYPE, Organization.TYPE, Person.TYPE)) {
			if (this.skipped.contains(NodeId.of(type, key))) {
				this.refersToSkipped = true;
				return null;
			}
		}
		this.problems.add(where + ": " + field + " '" + key + "' is not a known country, organization or person id");
		return null;
	}

	/**
	 * An ISO date, or a weekday name meaning the latest such day on or before the
	 * article's date (articles count days relative to their own date).
	 */
	private @Nullable String date(Context ctx, String where, String field, @Nullable String value) {
		if (value == null) {
			return null;
		}
		LocalDate date = resolveDate(ctx.article().date(), value);
		if (date == null) {
			this.problems
				.add(where + ": " + field + " '" + value + "' is neither a date (YYYY-MM-DD) nor a weekday name");
			return null;
		}
		return date.toString();
	}

	/**
	 * An ISO date, or a weekday name meaning the latest such day on or before the
	 * article's date; null when the value is neither.
	 */
	static @Nullable LocalDate resolveDate(LocalDate articleDate, String value) {
		try {
			DayOfWeek day = DayOfWeek.valueOf(value.trim().toUpperCase(Locale.ROOT));
			return articleDate.with(TemporalAdjusters.previousOrSame(day));
		}
		catch (IllegalArgumentException ex) {
			// not a weekday: try ISO below
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private List<Evidence> requiredEvidence(Context ctx, String where, @Nullable List<String> excerpts) {
		if (excerpts == null || excerpts.isEmpty()) {
			this.problems.add(where + ": needs at least one evidence excerpt");
			return List.of();
		}
		return evidence(ctx, where, excerpts);
	}

	/** Finds each excerpt in the article: it must occur exactly once. */
	private List<Evidence> evidence(Context ctx, String where, @Nullable List<String> excerpts) {
		List<Evidence> evidence = new ArrayList<>();
		if (excerpts == null) {
			return evidence;
		}
		String text = ctx.article().text();
		String articlePath = ctx.article().file().path();
		for (int i = 0; i < excerpts.size(); i++) {
			String excerpt = excerpts.get(i);
			String at = where + ": evidence[" + i + "]";
			if (excerpt == null || excerpt.isBlank()) {
				this.problems.add(at + ": empty excerpt");
				continue;
			}
			int start = text.indexOf(excerpt);
			if (start < 0) {
				this.problems.add(at + ": excerpt not found in " + articlePath + ": \"" + abbreviate(excerpt) + "\"");
			}
			else if (text.indexOf(excerpt, start + 1) >= 0) {
				this.problems.add(at + ": excerpt occurs more than once in " + articlePath
						+ ", lengthen it to make it unique: \"" + abbreviate(excerpt) + "\"");
			}
			else {
				evidence.add(new Evidence(ctx.articleId(), start, start + excerpt.length(), excerpt));
			}
		}
		return evidence;
	}

	private static String abbreviate(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 77) + "...";
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		List<T> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
