package org.accords.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.accords.actor.Country;
import org.accords.actor.Organization;
import org.accords.actor.OrganizationKind;
import org.accords.actor.Person;
import org.accords.actor.Post;
import org.accords.actor.Posts;
import org.accords.agreement.Agreement;
import org.accords.agreement.AgreementLink;
import org.accords.agreement.AgreementLinkKind;
import org.accords.amount.Amounts;
import org.accords.amount.Money;
import org.accords.amount.MoneyBound;
import org.accords.amount.Quantity;
import org.accords.agreement.AgreementKind;
import org.accords.agreement.Lifecycle;
import org.accords.agreement.LifecycleEvent;
import org.accords.agreement.LifecycleStage;
import org.accords.agreement.Participant;
import org.accords.agreement.ParticipantRole;
import org.accords.agreement.Signatory;
import org.accords.agreement.TakingPart;
import org.accords.area.AreaCategory;
import org.accords.area.CooperationArea;
import org.accords.article.Article;
import org.accords.article.Edition;
import org.accords.commitment.Commitment;
import org.accords.commitment.CommitmentStatus;
import org.accords.commitment.Condition;
import org.accords.commitment.FundingSource;
import org.accords.event.Event;
import org.accords.event.EventKind;
import org.accords.evidence.Claim;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.evidence.WithdrawnAgreement;
import org.accords.evidence.WithdrawnFact;
import org.accords.graphql.Hashes;
import org.accords.graphql.Suggestions;
import org.accords.paging.NodeId;
import org.accords.programme.Programme;
import org.accords.seed.CuratedFile.ArticleEntry;
import org.accords.seed.ReportMerger.Merged;
import org.accords.seed.SeedFiles.SeedFile;
import org.accords.statement.Statement;
import org.accords.statement.StatementKind;
import org.accords.store.SearchText;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import org.springframework.lang.Contract;

/**
 * Turns seed files into a verified dataset, or collects every problem found and rejects
 * them all: excerpts missing from or repeated in their article, references to unknown
 * ids, bad enum values, malformed dates and headers, duplicate ids, unknown fields,
 * unreadable files. Entries of several files that give the same id (or {@code sameAs} it)
 * are reports of one entity and are merged by {@link ReportMerger}; sources that disagree
 * make a dispute, not a problem. One root mistake gives one message: references to an
 * entry rejected for its own problem are not reported again.
 */
final class SeedValidator {

	static final Pattern HEADER = Pattern.compile("\\A\\s*date\\s+(\\S+)\\s+");

	private static final Pattern LOCAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	/**
	 * A web address: http or https, a host, then anything but spaces and control
	 * characters.
	 */
	private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^/?#\\s\\p{Cntrl}][^\\s\\p{Cntrl}]*");

	/**
	 * Ids and codes in a file that cannot be read, so that references to them stay
	 * silent. Blanks within the line only, and never given back ({@code *+}): with
	 * {@code ^\s*-?\s*} every blank line was a start from which the two runs of blanks
	 * split the blank lines after it every way, so a file of 3,000 blank lines that did
	 * not parse (a key written twice) held {@code validate} and a load for minutes.
	 */
	private static final Pattern DECLARED_ID = Pattern
		.compile("(?m)^[ \\t]*+(?:-[ \\t]*+)?(?:id|code)[ \\t]*+:[ \\t]*+\"?([^\\s\"#]+)");

	private final List<String> problems = new ArrayList<>();

	private final Map<String, Article> articles = new LinkedHashMap<>();

	private final Map<String, String> publishedOn = new HashMap<>();

	/**
	 * Node id of each corrected article to the node ids of the articles that correct it
	 * (the curated {@code corrects}), shared by every merger.
	 */
	private final Map<String, Set<String>> correctedBy = new HashMap<>();

	/**
	 * What corrections withdraw (the curated {@code withdraws}), each waiting for the
	 * phase of the fact it names.
	 */
	private final List<Withdrawal> withdrawals = new ArrayList<>();

	/**
	 * The whole facts that corrections withdraw from agreements, each waiting for the
	 * phase of its type.
	 */
	private final List<FactWithdrawal> factWithdrawals = new ArrayList<>();

	/** Node id of each withdrawn fact to the articles that withdraw it. */
	private final Map<String, Set<String>> withdrawnFacts = new HashMap<>();

	/**
	 * The agreements that corrections withdraw whole, each waiting for its phase's end.
	 */
	private final List<AgreementWithdrawal> agreementWithdrawals = new ArrayList<>();

	/**
	 * Node id of each agreement corrections withdraw whole to the articles that withdraw
	 * it: its signatories, areas and commitments go with it.
	 */
	private final Map<String, Set<String>> withdrawnAgreements = new HashMap<>();

	/** The correction's words of each agreement it withdraws whole, by node id. */
	private final Map<String, List<Evidence>> agreementWithdrawalWords = new HashMap<>();

	/**
	 * The facts each correction withdraws whole, by the correction's node id: kept on the
	 * article ({@code Article.withdraws}).
	 */
	private final Map<String, List<WithdrawnFact>> withdrawnWhole = new LinkedHashMap<>();

	/**
	 * The claims of the withdrawn facts, by the node id of the agreement that keeps them.
	 */
	private final Map<String, List<Claim>> withdrawnFactClaims = new LinkedHashMap<>();

	private final ReportMerger countryReports = new ReportMerger(Country.TYPE, this.correctedBy);

	private final ReportMerger organizationReports = new ReportMerger(Organization.TYPE, this.correctedBy);

	private final ReportMerger personReports = new ReportMerger(Person.TYPE, this.correctedBy);

	private final ReportMerger agreementReports = new ReportMerger(Agreement.TYPE, this.correctedBy);

	private final ReportMerger areaReports = new ReportMerger(CooperationArea.TYPE, this.correctedBy);

	private final ReportMerger signatoryReports = new ReportMerger(Signatory.TYPE, this.correctedBy);

	private final ReportMerger commitmentReports = new ReportMerger(Commitment.TYPE, this.correctedBy);

	private final ReportMerger statementReports = new ReportMerger(Statement.TYPE, this.correctedBy);

	private final ReportMerger eventReports = new ReportMerger(Event.TYPE, this.correctedBy);

	private final ReportMerger programmeReports = new ReportMerger(Programme.TYPE, this.correctedBy);

	private final Map<String, Country> countries = new LinkedHashMap<>();

	private final Map<String, Organization> organizations = new LinkedHashMap<>();

	private final Map<String, Person> people = new LinkedHashMap<>();

	private final Map<String, Post> posts = new LinkedHashMap<>();

	private final Map<String, Agreement> agreements = new LinkedHashMap<>();

	private final Map<String, Signatory> signatories = new LinkedHashMap<>();

	private final Map<String, CooperationArea> areas = new LinkedHashMap<>();

	private final Map<String, Commitment> commitments = new LinkedHashMap<>();

	private final Map<String, Statement> statements = new LinkedHashMap<>();

	private final Map<String, Event> events = new LinkedHashMap<>();

	private final Map<String, Programme> programmes = new LinkedHashMap<>();

	/**
	 * Local ids declared in files that could not be used: references to them are silent.
	 */
	private final Set<String> unusableKeys = new HashSet<>();

	/**
	 * Whether the entry being checked refers to an entry rejected for its own problem.
	 */
	private boolean followsBrokenEntry;

	/** Curator-marked contradictions, resolved once every fact of the type is known. */
	private final List<Contradiction> contradictions = new ArrayList<>();

	private record Contradiction(ReportMerger merger, Merged fact, String where, String key) {
	}

	/**
	 * Entries marked {@code reviewed: false}, and entries that need one, by where they
	 * are.
	 */
	private final List<String> unreviewed = new ArrayList<>();

	/** Agreement entries that likely report a curated agreement under another id. */
	private final List<String> likely = new ArrayList<>();

	/** What follows an entry left out because it refers to an unreviewed one. */
	static final String REFERS_TO_UNREVIEWED = " (refers to an unreviewed entry, so left out too)";

	/** Node ids of the entries skipped as unreviewed. */
	private final Set<String> skipped = new HashSet<>();

	/** Set while checking an entry that refers to a skipped entry. */
	private boolean refersToSkipped;

	/** Unknown references given a "did you mean" so far. */
	private int suggested;

	private SeedValidator() {
	}

	static SeedDataset validate(SeedFiles files) {
		return check(files).dataset();
	}

	/** Validates, and lists the entries left out as unreviewed. */
	static Checked check(SeedFiles files) {
		SeedValidator validator = new SeedValidator();
		SeedDataset dataset = validator.run(files, false);
		return new Checked(dataset, List.copyOf(validator.unreviewed), List.copyOf(validator.likely));
	}

	/**
	 * Validates files read by {@link SeedFiles#read} for this check alone: their lists
	 * are emptied as they are parsed, so that a large corpus's bytes are not kept in
	 * memory beside the entities made of them.
	 */
	static Checked checkReleasing(SeedFiles files) {
		SeedValidator validator = new SeedValidator();
		SeedDataset dataset = validator.run(files, true);
		return new Checked(dataset, List.copyOf(validator.unreviewed), List.copyOf(validator.likely));
	}

	/**
	 * A verified dataset and the entries it leaves out.
	 *
	 * @param dataset the facts to serve
	 * @param unreviewed where each entry marked {@code reviewed: false} (or needing one)
	 * is
	 * @param likely agreement entries that tell of no signing and name the curated
	 * agreement they likely report ({@link #likelyAgreements}): not problems
	 */
	record Checked(SeedDataset dataset, List<String> unreviewed, List<String> likely) {

		/** "N unreviewed entries: …", or null when there are none. */
		@Nullable String summary() {
			if (this.unreviewed.isEmpty()) {
				return null;
			}
			return this.unreviewed.size() + " unreviewed entr" + ((this.unreviewed.size() == 1) ? "y" : "ies")
					+ " (not served): " + String.join("; ", this.unreviewed);
		}

	}

	/**
	 * An ISO date, a weekday name or another day the article gives relative to its own
	 * date, read as the loader reads it; null when the value names no day.
	 */
	static @Nullable LocalDate resolveDate(LocalDate articleDate, String value) {
		ResolvedDate date = RelativeDates.resolve(value, articleDate);
		return (date != null) ? LocalDate.parse(date.iso()) : null;
	}

	private SeedDataset run(SeedFiles files, boolean release) {
		Map<String, ParsedArticle> texts = new HashMap<>();
		List<SeedFile> articleFiles = files.articles();
		// each article decoded and its header read on every core (a second of one core at
		// 100k statements); the texts and problems then taken in the files' order
		ArticleRead[] articleReads = new ArticleRead[articleFiles.size()];
		IntStream.range(0, articleReads.length).parallel().forEach((i) -> {
			SeedFile file = articleFiles.get(i);
			if (release) {
				articleFiles.set(i, null);
			}
			articleReads[i] = parseArticle(file);
		});
		for (ArticleRead read : articleReads) {
			if (read.problem() != null) {
				this.problems.add(read.problem());
			}
			if (read.article() != null) {
				texts.put(read.name(), read.article());
			}
		}
		List<Parsed> parsed = new ArrayList<>();
		List<SeedFile> curatedFiles = files.curated();
		// each file is parsed alone, on every core (the YAML parse is most of the
		// reading); what they say is then taken in the files' order
		Read[] reads = new Read[curatedFiles.size()];
		IntStream.range(0, reads.length).parallel().forEach((i) -> {
			SeedFile file = curatedFiles.get(i);
			if (release) {
				curatedFiles.set(i, null);
			}
			reads[i] = read(file);
		});
		for (Read read : reads) {
			this.problems.addAll(read.problems());
			if (read.curated() != null) {
				parsed.add(new Parsed(read.file(), read.curated()));
			}
			else {
				declaredKeys(read.file().text());
			}
		}
		// each read held its file's bytes: dropped here, so that once each parsed file
		// lets go of its bytes (below) nothing keeps them
		Arrays.fill(reads, null);
		for (Parsed p : parsed) {
			SeedFile file = p.file;
			p.context = articleContext(p, texts);
			if (p.context == null && file != null) {
				declaredKeys(file.text());
			}
			// the bytes are parsed: only the path is needed from here on
			p.file = null;
		}
		List<Parsed> usable = parsed.stream()
			.filter((p) -> p.context != null)
			.collect(Collectors.toCollection(ArrayList::new));
		usable.forEach(this::corrections);
		parsed.clear();
		// type by type across every file, so that any file may refer to what another
		// defines
		phase(usable, "countries", (p) -> p.curated.countries(), CuratedFile.CountryEntry::code, (e) -> null,
				this.countryReports, this::country);
		finishCountries();
		this.countryReports.release();
		phase(usable, "organizations", (p) -> p.curated.organizations(), CuratedFile.OrganizationEntry::id,
				CuratedFile.OrganizationEntry::sameAs, this.organizationReports, this::organization);
		finishOrganizations();
		this.organizationReports.release();
		phase(usable, "people", (p) -> p.curated.people(), CuratedFile.PersonEntry::id, CuratedFile.PersonEntry::sameAs,
				this.personReports, this::person);
		finishPeople();
		this.personReports.release();
		phase(usable, "events", (p) -> p.curated.events(), CuratedFile.MeetingEntry::id,
				CuratedFile.MeetingEntry::sameAs, this.eventReports, this::event);
		finishEvents();
		this.eventReports.release();
		phase(usable, "programmes", (p) -> p.curated.programmes(), CuratedFile.ProgrammeEntry::id,
				CuratedFile.ProgrammeEntry::sameAs, this.programmeReports, this::programme);
		finishProgrammes();
		this.programmeReports.release();
		this.postEvidence.clear();
		this.worded.clear();
		this.eventEvidence.clear();
		this.participantEvidence.clear();
		this.departureEvidence.clear();
		this.changeEvidence.clear();
		this.agreedEvidence.clear();
		this.memberReports.clear();
		phase(usable, "agreements", (p) -> p.curated.agreements(), CuratedFile.AgreementEntry::id,
				CuratedFile.AgreementEntry::sameAs, this.agreementReports, this::agreement);
		// a resumption must follow a suspension that stands: corrected days first
		this.agreementReports.all().forEach(this::correctedEvents);
		this.agreementReports.all().forEach(this::correctedParticipantDays);
		resumptionsWithoutSuspension();
		withdrawItems("agreement", this.agreementReports);
		resolveLinks();
		withdrawAgreements(usable);
		finishAgreements();
		likelyAgreements(usable);
		this.agreementReports.release();
		phase(usable, "cooperationAreas", (p) -> p.curated.cooperationAreas(), CuratedFile.AreaEntry::id,
				CuratedFile.AreaEntry::sameAs, this.areaReports, this::area);
		finishAreas(withdrawFacts(this.areaReports));
		this.areaReports.release();
		phase(usable, "signatories", (p) -> p.curated.signatories(), CuratedFile.SignatoryEntry::id,
				CuratedFile.SignatoryEntry::sameAs, this.signatoryReports, this::signatory);
		finishSignatories(withdrawFacts(this.signatoryReports));
		this.signatoryReports.release();
		phase(usable, "commitments", (p) -> p.curated.commitments(), CuratedFile.CommitmentEntry::id,
				CuratedFile.CommitmentEntry::sameAs, this.commitmentReports, this::commitment);
		Set<String> withdrawnCommitments = withdrawFacts(this.commitmentReports);
		withdrawItems("commitment", this.commitmentReports);
		finishCommitments(withdrawnCommitments);
		this.commitmentReports.release();
		phase(usable, "statements", (p) -> p.curated.statements(), CuratedFile.StatementEntry::id,
				CuratedFile.StatementEntry::sameAs, this.statementReports, this::statement);
		// every entry is reported: the parsed files go before the statements are made
		// (the peak of a large load's heap)
		usable.clear();
		Set<String> withdrawnStatements = withdrawFacts(this.statementReports);
		withdrawItems("statement", this.statementReports);
		finishStatements(withdrawnStatements);
		this.statementReports.release();
		keepWithdrawnFacts();
		this.withdrawnWhole
			.forEach((articleId, facts) -> this.articles.computeIfPresent(articleId, (k, a) -> a.withWithdraws(facts)));
		if (!this.problems.isEmpty()) {
			// with lines when the files are at hand (not when they were let go while
			// read)
			throw new SeedException(YamlLines.added(this.problems, files.curated()));
		}
		return new SeedDataset(List.copyOf(this.articles.values()), List.copyOf(this.countries.values()),
				List.copyOf(this.organizations.values()), List.copyOf(this.people.values()),
				List.copyOf(this.agreements.values()), List.copyOf(this.signatories.values()),
				List.copyOf(this.areas.values()), List.copyOf(this.commitments.values()),
				List.copyOf(this.statements.values()), List.copyOf(this.posts.values()),
				List.copyOf(this.events.values()), List.copyOf(this.programmes.values()));
	}

	private static final class Parsed {

		final String path;

		@Nullable SeedFile file;

		final CuratedFile curated;

		@Nullable Context context;

		Parsed(SeedFile file, CuratedFile curated) {
			this.path = file.path();
			this.file = file;
			this.curated = curated;
		}

	}

	private record ParsedArticle(String path, LocalDate date, String text) {
	}

	/** The article a curated file is about, and where problems are reported. */
	private record Context(String file, String articleId, ParsedArticle article) {
	}

	private void declaredKeys(String text) {
		Matcher matcher = DECLARED_ID.matcher(text);
		while (matcher.find()) {
			this.unusableKeys.add(matcher.group(1));
		}
	}

	/**
	 * An article file read: its text (null if unusable) or the problem found.
	 */
	private record ArticleRead(String name, @Nullable ParsedArticle article, @Nullable String problem) {
	}

	private static ArticleRead parseArticle(SeedFile file) {
		String content = file.text();
		Matcher header = HEADER.matcher(content);
		if (!header.find()) {
			return new ArticleRead(file.name(), null,
					file.path() + ": no date header (expected 'date YYYY-MM-DD' before the text)");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(header.group(1));
		}
		catch (DateTimeParseException ex) {
			return new ArticleRead(file.name(), null, file.path() + ": date header '" + Problems.escape(header.group(1))
					+ "' is not a date (YYYY-MM-DD)");
		}
		String text = content.substring(header.end());
		if (text.isBlank()) {
			return new ArticleRead(file.name(), null, file.path() + ": no text after the date header");
		}
		return new ArticleRead(file.name(), new ParsedArticle(file.path(), date, text), null);
	}

	/** A curated file parsed: its entries (null if unusable) and the problems found. */
	private record Read(SeedFile file, @Nullable CuratedFile curated, List<String> problems) {
	}

	private static Read read(SeedFile file) {
		FieldProblems fields = new FieldProblems(file.path(), file.bytes());
		List<String> problems = new ArrayList<>();
		String alias = CuratedYaml.aliasProblem(file.path(), file.bytes());
		if (alias != null) {
			problems.add(alias);
			return new Read(file, null, problems);
		}
		try {
			CuratedFile curated = CuratedYaml.MAPPER.readerFor(CuratedFile.class)
				.withHandler(fields)
				.readValue(file.bytes());
			problems.addAll(fields.problems());
			if (fields.wrongShapes()) {
				return new Read(file, null, problems);
			}
			if (curated == null || curated.article() == null) {
				problems.add(file.path() + ": no 'article' section");
				return new Read(file, null, problems);
			}
			problems.addAll(CuratedText.problems(file.path(), curated));
			return new Read(file, curated, problems);
		}
		catch (JacksonException ex) {
			problems.addAll(fields.problems());
			problems.add(CuratedYaml.problem(file.path(), ex));
			return new Read(file, null, problems);
		}
	}

	private @Nullable Context articleContext(Parsed p, Map<String, ParsedArticle> texts) {
		ArticleEntry entry = p.curated.article();
		String where = p.path + ": article";
		if (!required(where, "file", entry.file()) || !required(where, "id", entry.id())
				|| !required(where, "publisher", entry.publisher()) || !required(where, "language", entry.language())
				|| !required(where, "rights", entry.rights()) || !localId(where, entry.id())) {
			return null;
		}
		webAddress(where, entry.url());
		ParsedArticle article = texts.get(entry.file());
		if (article == null) {
			this.problems
				.add(where + ": file '" + entry.file() + "' is not among the articles (articles/" + entry.file() + ")");
			return null;
		}
		String id = NodeId.of(Article.TYPE, entry.id());
		if (this.articles.containsKey(id)) {
			this.problems.add(where + ": duplicate article id '" + entry.id() + "', first defined in curated file for "
					+ this.articles.get(id).file());
			return null;
		}
		List<Edition> editions = new ArrayList<>();
		List<CuratedFile.EditionEntry> entries = (entry.editions() != null) ? entry.editions() : List.of();
		for (int i = 0; i < entries.size(); i++) {
			CuratedFile.EditionEntry edition = entries.get(i);
			String at = where + ": editions[" + i + "]";
			if (edition != null && required(at, "publisher", edition.publisher()) && webAddress(at, edition.url())) {
				String date = (edition.publishedOn() != null) ? isoDate(at, "publishedOn", edition.publishedOn())
						: null;
				editions
					.add(new Edition(edition.publisher(), date, edition.language(), edition.url(), edition.title()));
			}
		}
		String hash = Hashes.sha256Hex(article.text());
		this.articles.put(id,
				new Article(id, entry.file(), entry.publisher(), article.date().toString(), entry.language(),
						entry.url(), entry.title(), article.text(), hash, entry.rights(), List.copyOf(editions)));
		this.publishedOn.put(id, article.date().toString());
		return new Context(p.path, id, article);
	}

	/**
	 * Records which earlier articles the article of {@code p} corrects: each must be
	 * another curated article of the same publisher, published no later.
	 */
	private void corrections(Parsed p) {
		List<String> corrects = (p.curated.article().corrects() != null) ? p.curated.article().corrects() : List.of();
		Context ctx = p.context;
		if (ctx == null || (corrects.isEmpty() && p.curated.article().withdraws() == null)) {
			// corrects nothing (the usual article)
			return;
		}
		Article article = this.articles.get(ctx.articleId());
		List<String> resolved = new ArrayList<>();
		for (int i = 0; i < corrects.size(); i++) {
			String key = corrects.get(i);
			String where = p.path + ": article: corrects[" + i + "]";
			Article corrected = (key != null) ? this.articles.get(NodeId.of(Article.TYPE, key)) : null;
			if (article == null || key == null) {
				continue;
			}
			if (corrected == null) {
				this.problems.add(where + ": '" + Problems.escape(key) + "' is not the id of a curated article");
			}
			else if (corrected.id().equals(article.id())) {
				this.problems.add(where + ": an article cannot correct itself");
			}
			else if (!corrected.publisher().equals(article.publisher())) {
				this.problems.add(where + ": '" + key + "' is published by " + corrected.publisher() + ", not by "
						+ article.publisher()
						+ ": a correction is its own publisher's; another publisher's disagreement is a dispute");
			}
			else if (corrected.publishedOn().compareTo(article.publishedOn()) > 0) {
				this.problems.add(
						where + ": '" + key + "' was published on " + corrected.publishedOn() + ", after this article ("
								+ article.publishedOn() + "): a correction follows what it corrects");
			}
			else {
				resolved.add(corrected.id());
				this.correctedBy.computeIfAbsent(corrected.id(), (k) -> new LinkedHashSet<>()).add(article.id());
			}
		}
		if (article != null) {
			withdrawals(p, ctx, article, resolved);
		}
		if (article != null && !resolved.isEmpty()) {
			this.articles.put(article.id(),
					new Article(article.id(), article.file(), article.publisher(), article.publishedOn(),
							article.language(), article.url(), article.title(), article.text(), article.contentHash(),
							article.rights(), article.editions(), List.copyOf(resolved)));
		}
	}

	// ---- withdrawals: what a correction says its publisher's report got wrong ----

	/**
	 * A correction's withdrawal of items of one fact's lists.
	 *
	 * @param where the entry, for messages
	 * @param articleId node id of the correction
	 * @param corrected node ids of the articles it corrects
	 * @param fact the field naming the fact: agreement, commitment or statement
	 * @param key the fact's curated id
	 * @param lists the items named, by list
	 * @param evidence the correction's words
	 */
	private record Withdrawal(String where, String articleId, Set<String> corrected, String fact, String key,
			Map<String, List<String>> lists, List<Evidence> evidence) {
	}

	/**
	 * A correction's withdrawal of a whole fact (a signatory, a cooperation area, a
	 * commitment, a statement), named in its agreement's list or by itself.
	 *
	 * @param where the item, for messages
	 * @param agreementId node id of the agreement named; null when the withdrawal names
	 * the fact itself
	 * @param named the field that names it, for messages
	 * @param merger the reports of the fact's type
	 * @param words the correction's words when the withdrawal names the fact itself (else
	 * they are its report of the agreement)
	 */
	private record FactWithdrawal(String where, String articleId, Set<String> corrected, @Nullable String agreementId,
			String named, String key, ReportMerger merger, List<Evidence> words) {
	}

	/**
	 * A correction's withdrawal of a whole agreement.
	 *
	 * @param where the entry, for messages
	 * @param words the correction's words
	 */
	private record AgreementWithdrawal(String where, String articleId, Set<String> corrected, String key,
			List<Evidence> words) {
	}

	/**
	 * The list a whole fact of each type is withdrawn from, as the API names it: a
	 * claim's field (an agreement's is {@code agreements}).
	 */
	private static final Map<String, String> WHOLE = Map.of(Signatory.TYPE, "signatories", CooperationArea.TYPE,
			"cooperationAreas", Commitment.TYPE, "commitments", Statement.TYPE, "statements");

	/** The field of each type that reads as a withdrawn fact's name, for reading. */
	private static final Map<String, String> NAMED_BY = Map.of(Agreement.TYPE, "title", CooperationArea.TYPE, "name",
			Commitment.TYPE, "description", Statement.TYPE, "text");

	/** The lists a withdrawal may name, by the fact it names. */
	private static final Map<String, List<String>> WITHDRAWABLE = Map.of("agreement",
			List.of("parties", "participants", "leavings", "rejoinings", "suspensions", "resumptions", "signatories",
					"cooperationAreas", "commitments", "statements"),
			"commitment", List.of("obligors", "areas"), "statement", List.of("areas"));

	/**
	 * The lists of an agreement's withdrawal that name one change of a party's part, each
	 * with the change as its participants' items hold it and as a message words it.
	 */
	private static final Map<String, ChangeList> CHANGE_LISTS = Map.of("leavings",
			new ChangeList("leaving", DepartureKey.class::isInstance), "rejoinings",
			new ChangeList("rejoining", (item) -> item instanceof ChangeKey c && c.change() == Change.REJOINED),
			"suspensions",
			new ChangeList("suspension", (item) -> item instanceof ChangeKey c && c.change() == Change.SUSPENDED),
			"resumptions",
			new ChangeList("resumption", (item) -> item instanceof ChangeKey c && c.change() == Change.RESUMED));

	/**
	 * One change of a party's part a withdrawal may name.
	 *
	 * @param word the change, for messages
	 * @param isOne whether an item of the participants list is such a change
	 */
	private record ChangeList(String word, java.util.function.Predicate<Object> isOne) {
	}

	/**
	 * Records what the article of {@code p} withdraws of the reports it corrects
	 * ({@code corrected}, empty when none), checking what can be checked before the facts
	 * are known.
	 */
	private void withdrawals(Parsed p, Context ctx, Article article, List<String> corrected) {
		List<CuratedFile.WithdrawalEntry> entries = p.curated.article().withdraws();
		List<String> corrects = p.curated.article().corrects();
		for (int i = 0; entries != null && i < entries.size(); i++) {
			String where = p.path + ": article: withdraws[" + i + "]";
			CuratedFile.WithdrawalEntry e = entries.get(i);
			if (e == null) {
				this.problems.add(where + ": empty entry");
				continue;
			}
			Map<String, String> facts = new LinkedHashMap<>();
			putKnown(facts, "agreement", e.agreement());
			putKnown(facts, "commitment", e.commitment());
			putKnown(facts, "statement", e.statement());
			Map<String, List<String>> lists = new LinkedHashMap<>();
			putKnown(lists, "parties", e.parties());
			putKnown(lists, "participants", e.participants());
			putKnown(lists, "leavings", e.leavings());
			putKnown(lists, "rejoinings", e.rejoinings());
			putKnown(lists, "suspensions", e.suspensions());
			putKnown(lists, "resumptions", e.resumptions());
			putKnown(lists, "signatories", e.signatories());
			putKnown(lists, "cooperationAreas", e.cooperationAreas());
			putKnown(lists, "commitments", e.commitments());
			putKnown(lists, "statements", e.statements());
			putKnown(lists, "obligors", e.obligors());
			putKnown(lists, "areas", e.areas());
			List<Evidence> evidence = requiredEvidence(ctx, where, e.evidence());
			if (corrects == null || corrects.isEmpty()) {
				this.problems.add(where + ": needs 'corrects' beside it, naming the earlier report of this publisher "
						+ "whose words it withdraws: silence is no correction, and a withdrawal only corrects");
				continue;
			}
			if (facts.size() != 1) {
				this.problems.add(where + (facts.isEmpty()
						? ": name the fact it withdraws from: 'agreement', 'commitment' or 'statement'"
						: ": names " + String.join(" and ", facts.keySet())
								+ ": a withdrawal names one fact (write one for each)"));
				continue;
			}
			Map.Entry<String, String> named = facts.entrySet().iterator().next();
			String fact = named.getKey();
			String key = named.getValue();
			List<String> allowed = WITHDRAWABLE.getOrDefault(fact, List.of());
			String wrong = lists.keySet().stream().filter((list) -> !allowed.contains(list)).findFirst().orElse(null);
			if (wrong != null) {
				this.problems.add(where + ": " + wrong + ": a " + fact + " has no such list (it has "
						+ String.join(", ", allowed) + ")");
				continue;
			}
			if (lists.isEmpty()) {
				// the fact named and no list: the whole fact
				if (!evidence.isEmpty() && !corrected.isEmpty()) {
					wholeWithdrawal(where, article.id(), Set.copyOf(corrected), fact, key, evidence);
				}
				continue;
			}
			if (lists.values().stream().allMatch(List::isEmpty)) {
				this.problems.add(where + ": name what it withdraws from " + fact + " '" + Problems.escape(key) + "': "
						+ String.join(", ", allowed) + ", or no list to withdraw the whole " + fact
						+ "; a withdrawal names each item the correction says was wrong");
				continue;
			}
			if (!evidence.isEmpty() && !corrected.isEmpty()) {
				this.withdrawals
					.add(new Withdrawal(where, article.id(), Set.copyOf(corrected), fact, key, lists, evidence));
			}
		}
	}

	/**
	 * Records a withdrawal that names a fact and no list: the whole fact, checked once
	 * its reports are known.
	 */
	private void wholeWithdrawal(String where, String articleId, Set<String> corrected, String fact, String key,
			List<Evidence> words) {
		switch (fact) {
			case "agreement" ->
				this.agreementWithdrawals.add(new AgreementWithdrawal(where, articleId, corrected, key, words));
			case "commitment" -> this.factWithdrawals
				.add(new FactWithdrawal(where, articleId, corrected, null, fact, key, this.commitmentReports, words));
			default -> this.factWithdrawals
				.add(new FactWithdrawal(where, articleId, corrected, null, fact, key, this.statementReports, words));
		}
	}

	private static <V> void putKnown(Map<String, V> map, String key, @Nullable V value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	/**
	 * Applies the withdrawals from each {@code fact} (agreement, commitment, statement)
	 * once its reports are known: each item must be one that a report the correction
	 * corrects gives, and not one the correction gives itself. A whole fact of an
	 * agreement waits for the phase of its type.
	 */
	private void withdrawItems(String fact, ReportMerger merger) {
		for (Withdrawal w : this.withdrawals) {
			if (!w.fact().equals(fact) || listedBesideWhole(w)) {
				continue;
			}
			String id = optionalRef(w.where(), fact, w.key(), merger);
			Merged m = (id != null) ? merger.get(id) : null;
			if (m == null
					|| !reportedByCorrected(w.where() + ": " + fact, w.key(), m, w.articleId(), w.corrected(), false)) {
				continue;
			}
			w.lists().forEach((field, keys) -> {
				for (int i = 0; i < keys.size(); i++) {
					String at = field + "[" + i + "]";
					String key = keys.get(i);
					if (!required(w.where(), at, key)) {
						continue;
					}
					ChangeList change = CHANGE_LISTS.get(field);
					if (change != null) {
						String party = party(w.where(), at, key);
						if (party != null) {
							withdrawChange(w, m, at, change, party);
						}
						continue;
					}
					ReportMerger facts = factsListed(field);
					if (facts != null) {
						this.factWithdrawals.add(new FactWithdrawal(w.where() + ": " + at, w.articleId(), w.corrected(),
								m.id, "id", key, facts, List.of()));
						continue;
					}
					String item = switch (field) {
						case "parties" -> optionalRef(w.where(), at, key, this.countryReports);
						case "areas" -> optionalRef(w.where(), at, key, this.areaReports);
						default -> party(w.where(), at, key);
					};
					if (item == null) {
						continue;
					}
					Set<String> statedBy = m.itemStatedBy(field, item);
					if (statedBy.contains(w.articleId())) {
						this.problems.add(w.where() + ": " + at + ": this article itself gives '" + Problems.escape(key)
								+ "' among the " + field + " of " + fact + " '" + w.key()
								+ "', so it cannot withdraw it");
					}
					else if (statedBy.stream().noneMatch(w.corrected()::contains)) {
						this.problems.add(w.where() + ": " + at + ": '" + Problems.escape(key) + "' is not among the "
								+ field + " of " + fact + " '" + w.key() + "' in " + keys(w.corrected())
								+ ", which this article corrects: a withdrawal names an item the report gave");
					}
					else {
						m.withdrawItem(field, item, w.articleId(), false);
					}
				}
			});
			// the correction's words are its report of the fact
			m.evidence(w.evidence());
			m.source(w.articleId());
		}
	}

	/**
	 * Withdraws the days a report the correction corrects gives for one change of
	 * {@code party}'s part (its leaving, rejoining, suspension or resumption), and only
	 * those: the party's other items stand, so the correction may give the party's
	 * leaving itself while it withdraws the rejoining. Each day is withdrawn when every
	 * article that gives it is corrected by one that withdraws it, as an item is; a day
	 * another publisher also gives stands. Refused when no corrected report gives such a
	 * change of the party, or when the correction gives one itself (a correction that
	 * re-dates the change gives its day alone).
	 */
	private void withdrawChange(Withdrawal w, Merged m, String at, ChangeList change, String party) {
		Map<Object, Set<String>> given = m.statedItems("participants",
				(item) -> change.isOne().test(item) && ((ReportMerger.PartyItem) item).partyId().equals(party));
		String named = "'" + Problems.escape(NodeId.keyOr(party)) + "'";
		if (given.values().stream().anyMatch((by) -> by.contains(w.articleId()))) {
			this.problems.add(w.where() + ": " + at + ": this article itself gives a " + change.word() + " of " + named
					+ " in agreement '" + Problems.escape(w.key()) + "', so it cannot withdraw it (a correction that "
					+ "re-dates the " + change.word() + " gives its day alone)");
			return;
		}
		List<Object> corrected = given.entrySet()
			.stream()
			.filter((item) -> item.getValue().stream().anyMatch(w.corrected()::contains))
			.map(Map.Entry::getKey)
			.toList();
		if (corrected.isEmpty()) {
			this.problems.add(w.where() + ": " + at + ": " + keys(w.corrected()) + ", which this article corrects, "
					+ "gives no " + change.word() + " of " + named + " in agreement '" + Problems.escape(w.key())
					+ "': a withdrawal names a change the report gave");
			return;
		}
		corrected.forEach((item) -> m.withdrawExactItem("participants", item, w.articleId()));
	}

	/**
	 * Whether withdrawal {@code w} lists items of an agreement that the same correction
	 * withdraws whole: a problem saying so, since the items go with the agreement (left
	 * unchecked, the listing would make the correction a report of the agreement, and the
	 * whole withdrawal would be refused as of one it reports itself).
	 */
	private boolean listedBesideWhole(Withdrawal w) {
		if (!w.fact().equals("agreement")) {
			return false;
		}
		for (AgreementWithdrawal whole : this.agreementWithdrawals) {
			if (whole.articleId().equals(w.articleId()) && whole.key().equals(w.key())) {
				this.problems
					.add(w.where() + ": agreement: this article also withdraws agreement '" + Problems.escape(w.key())
							+ "' whole (" + whole.where().substring(whole.where().lastIndexOf(": ") + 2)
							+ "), which takes every item of it with it, so its " + String.join(", ", w.lists().keySet())
							+ " need not be listed: leave this withdrawal out");
				return true;
			}
		}
		return false;
	}

	/** The reports of the whole facts an agreement's list names; null for other lists. */
	private @Nullable ReportMerger factsListed(String field) {
		return switch (field) {
			case "signatories" -> this.signatoryReports;
			case "cooperationAreas" -> this.areaReports;
			case "commitments" -> this.commitmentReports;
			case "statements" -> this.statementReports;
			default -> null;
		};
	}

	/**
	 * Whether an article that the correction corrects reports fact {@code m}, and the
	 * correction does not report it itself (when {@code whole}); else a problem.
	 */
	private boolean reportedByCorrected(String where, String key, Merged m, String articleId, Set<String> corrected,
			boolean whole) {
		if (whole && m.sourceIds().contains(articleId)) {
			this.problems
				.add(where + ": this article itself reports '" + Problems.escape(key) + "', so it cannot withdraw it");
			return false;
		}
		if (m.sourceIds().stream().noneMatch(corrected::contains)) {
			this.problems.add(where + ": '" + Problems.escape(key) + "' is not reported in " + keys(corrected)
					+ ", which this article corrects: a correction withdraws only its own publisher's words");
			return false;
		}
		return true;
	}

	/** Articles' curated ids, for messages. */
	private static String keys(Set<String> articleIds) {
		return articleIds.stream()
			.map((id) -> "'" + NodeId.parse(id).key() + "'")
			.sorted()
			.collect(Collectors.joining(", "));
	}

	/**
	 * Decides which agreements corrections withdraw whole, once their reports are known:
	 * an agreement is withdrawn when every article that gives it is corrected by an
	 * article that withdraws it, and an article that reports a signatory, cooperation
	 * area or commitment of it gives it too (statements are about an agreement, and give
	 * none). A link of another agreement to a withdrawn one goes with it.
	 * @param files the curated files, for the reports of the agreements' facts, whose
	 * phases come later
	 */
	private void withdrawAgreements(List<Parsed> files) {
		if (this.agreementWithdrawals.isEmpty()) {
			// no correction withdraws an agreement (the usual case)
			return;
		}
		Map<Merged, List<AgreementWithdrawal>> named = new LinkedHashMap<>();
		for (AgreementWithdrawal w : this.agreementWithdrawals) {
			String id = optionalRef(w.where(), "agreement", w.key(), this.agreementReports);
			Merged m = (id != null) ? this.agreementReports.get(id) : null;
			if (m != null
					&& reportedByCorrected(w.where() + ": agreement", w.key(), m, w.articleId(), w.corrected(), true)) {
				named.computeIfAbsent(m, (k) -> new ArrayList<>()).add(w);
			}
		}
		Map<String, Map<String, String>> factReports = factReports(files,
				named.keySet().stream().map((m) -> m.id).collect(Collectors.toSet()));
		named.forEach((m, withdrawals) -> {
			Map<String, String> reports = factReports.getOrDefault(m.id, Map.of());
			boolean itself = false;
			for (AgreementWithdrawal w : withdrawals) {
				String fact = reports.get(w.articleId());
				if (fact != null) {
					this.problems.add(w.where() + ": agreement: this article itself reports " + fact + " of '"
							+ Problems.escape(w.key()) + "', so it cannot withdraw it");
					itself = true;
				}
				m.withdraw(w.articleId());
				this.agreementWithdrawalWords.computeIfAbsent(m.id, (k) -> new ArrayList<>()).addAll(w.words());
			}
			Set<String> by = itself ? Set.of() : m.withdrawnBy(reports.keySet());
			if (!by.isEmpty()) {
				this.withdrawnAgreements.put(m.id, by);
			}
		});
		if (this.withdrawnAgreements.isEmpty()) {
			return;
		}
		for (Merged other : this.agreementReports.all()) {
			for (LinkKey link : other.<LinkKey>items("links")) {
				Set<String> by = this.withdrawnAgreements.get(link.targetId());
				if (by != null) {
					by.forEach((article) -> other.withdrawItem("links", link.toString(), article, true));
				}
			}
		}
	}

	/**
	 * The articles that report a signatory, cooperation area or commitment of each of
	 * {@code agreementIds} (reviewed entries only, as the phases read them), each with
	 * the first such fact, for messages.
	 */
	private Map<String, Map<String, String>> factReports(List<Parsed> files, Set<String> agreementIds) {
		Map<String, Map<String, String>> reports = new HashMap<>();
		for (Parsed p : files) {
			Context ctx = p.context;
			if (ctx != null) {
				factReports(reports, agreementIds, ctx.articleId(), "signatory", p.curated.signatories(),
						CuratedFile.SignatoryEntry::id, CuratedFile.SignatoryEntry::agreement);
				factReports(reports, agreementIds, ctx.articleId(), "cooperation area", p.curated.cooperationAreas(),
						CuratedFile.AreaEntry::id, CuratedFile.AreaEntry::agreement);
				factReports(reports, agreementIds, ctx.articleId(), "commitment", p.curated.commitments(),
						CuratedFile.CommitmentEntry::id, CuratedFile.CommitmentEntry::agreement);
			}
		}
		return reports;
	}

	private <E extends CuratedFile.Reviewable> void factReports(Map<String, Map<String, String>> reports,
			Set<String> agreementIds, String articleId, String noun, @Nullable List<E> entries, Function<E, String> id,
			Function<E, @Nullable String> agreement) {
		for (E e : (entries != null) ? entries : List.<E>of()) {
			String key = (e != null && !e.unreviewed()) ? agreement.apply(e) : null;
			String agreementId = (key != null) ? this.agreementReports.resolve(NodeId.of(Agreement.TYPE, key)) : null;
			if (e != null && agreementId != null && agreementIds.contains(agreementId)) {
				reports.computeIfAbsent(agreementId, (k) -> new LinkedHashMap<>())
					.putIfAbsent(articleId, noun + " '" + Problems.escape(String.valueOf(id.apply(e))) + "'");
			}
		}
	}

	/**
	 * Marks the whole facts of {@code merger}'s type that corrections withdraw, once
	 * their reports are known; returns the node ids of those withdrawn (every report of
	 * the fact corrected by an article that withdraws it), each kept as a claim of its
	 * agreement and of the corrections. A fact another source reports stands. The
	 * signatories, areas and commitments of an agreement withdrawn whole go with it; its
	 * statements too, unless another source reports them.
	 */
	private Set<String> withdrawFacts(ReportMerger merger) {
		Map<Merged, List<Evidence>> marked = new LinkedHashMap<>();
		for (FactWithdrawal w : this.factWithdrawals) {
			if (w.merger() != merger) {
				continue;
			}
			String id = optionalRef(w.where(), w.named(), w.key(), merger);
			Merged m = (id != null) ? merger.get(id) : null;
			if (m == null) {
				continue;
			}
			String agreement = (String) m.value("agreement");
			if (w.agreementId() != null && !w.agreementId().equals(agreement)) {
				this.problems.add(w.where()
						+ ": '" + Problems.escape(w.key()) + "' is " + ((agreement != null)
								? "of agreement '" + NodeId.parse(agreement).key() + "'" : "of no agreement")
						+ ", not of '" + NodeId.parse(w.agreementId()).key() + "'");
			}
			else if (reportedByCorrected(w.where() + (w.named().equals("id") ? "" : ": " + w.named()), w.key(), m,
					w.articleId(), w.corrected(), true)) {
				m.withdraw(w.articleId());
				marked.computeIfAbsent(m, (k) -> new ArrayList<>()).addAll(w.words());
			}
		}
		Set<String> withdrawn = new LinkedHashSet<>();
		if (!this.withdrawnAgreements.isEmpty()) {
			boolean statements = merger == this.statementReports;
			for (Merged m : merger.all()) {
				// an agreement withdrawn whole is a withdrawn claim of the fact; another
				// agreement its sources give stands in its place
				Set<String> by = m.withdrawValues("agreement", this.withdrawnAgreements);
				if (!by.isEmpty() && m.value("agreement") == null) {
					by.forEach(m::withdraw);
					marked.computeIfAbsent(m, (k) -> new ArrayList<>());
					if (!statements) {
						// every report of it gives the agreement, and is corrected
						keepWithdrawn(merger, m, by, marked.get(m));
						withdrawn.add(m.id);
					}
				}
			}
		}
		if (marked.isEmpty()) {
			// no correction withdraws a fact of this type (the usual case)
			return Set.of();
		}
		for (Map.Entry<Merged, List<Evidence>> entry : marked.entrySet()) {
			Merged m = entry.getKey();
			Set<String> by = m.withdrawnBy();
			if (!by.isEmpty() && !withdrawn.contains(m.id)) {
				keepWithdrawn(merger, m, by, entry.getValue());
				withdrawn.add(m.id);
			}
		}
		return withdrawn;
	}

	/**
	 * Keeps a withdrawn fact: as a claim of its agreement when that is served, and of
	 * each correction that withdraws it, with its words.
	 */
	private void keepWithdrawn(ReportMerger merger, Merged m, Set<String> by, List<Evidence> words) {
		this.withdrawnFacts.put(m.id, by);
		String field = WHOLE.getOrDefault(merger.type(), merger.type());
		String agreement = (String) m.value("agreement");
		if (agreement != null && !this.withdrawnAgreements.containsKey(agreement)) {
			this.withdrawnFactClaims.computeIfAbsent(agreement, (k) -> new ArrayList<>())
				.add(new Claim(field, m.id, m.sourceIds(), false, List.copyOf(by)));
		}
		keepWhole(field, m, by, words);
		// a fact that is not served contradicts none
		for (String other : m.contradicts) {
			Merged contradicted = merger.get(other);
			if (contradicted != null) {
				contradicted.contradicts.remove(m.id);
			}
		}
	}

	/** Records a fact withdrawn whole on each correction that withdraws it. */
	private void keepWhole(String field, Merged m, Set<String> by, List<Evidence> words) {
		keepWhole(field, m, by, words, null);
	}

	/**
	 * Records a fact withdrawn whole on each correction that withdraws it, with what the
	 * reports said of an agreement.
	 */
	private void keepWhole(String field, Merged m, Set<String> by, List<Evidence> words,
			@Nullable WithdrawnAgreement agreement) {
		String namedBy = NAMED_BY.get(NodeId.parse(m.id).type());
		Object name = (namedBy != null) ? m.value(namedBy) : null;
		List<Evidence> evidence = new ArrayList<>(m.evidence());
		words.stream().filter((e) -> !evidence.contains(e)).forEach(evidence::add);
		WithdrawnFact fact = new WithdrawnFact(field, m.id, (name != null) ? name.toString() : null, m.sourceIds(),
				List.copyOf(by), List.copyOf(evidence), agreement);
		by.forEach((article) -> this.withdrawnWhole.computeIfAbsent(article, (k) -> new ArrayList<>()).add(fact));
	}

	/**
	 * Withdraws from a commitment's or statement's areas each area a correction withdrew:
	 * a withdrawn fact is not served, so nothing refers to it.
	 */
	private void withdrawnAreas(Merged m) {
		if (this.withdrawnFacts.isEmpty()) {
			return;
		}
		for (String area : m.<String>items("areas")) {
			Set<String> by = this.withdrawnFacts.get(area);
			if (by != null) {
				by.forEach((article) -> m.withdrawItem("areas", area, article, true));
			}
		}
	}

	/** Adds the claims of the withdrawn facts to the agreements that keep them. */
	private void keepWithdrawnFacts() {
		this.withdrawnFactClaims.forEach((agreementId, claims) -> {
			Agreement agreement = this.agreements.get(agreementId);
			Provenance p = (agreement != null) ? agreement.provenance() : null;
			if (agreement != null && p != null) {
				this.agreements.put(agreementId, agreement.withProvenance(p.withClaims(claims)));
			}
		});
	}

	private @Nullable String isoDate(String where, String field, String value) {
		try {
			return LocalDate.parse(value.trim()).toString();
		}
		catch (DateTimeParseException ex) {
			this.problems.add(where + ": " + field + " '" + Problems.escape(value) + "' is not a date (YYYY-MM-DD)");
			return null;
		}
	}

	// ---- phases: every entry of one section, across files, then the merged records ----

	private interface Report<E> {

		void report(Context ctx, String where, E entry);

	}

	/**
	 * Checks every entry of a section in every file, plain entries first and then those
	 * that declare themselves {@code sameAs} another (which may be defined in any file).
	 */
	private <E> void phase(List<Parsed> files, String section, Function<Parsed, @Nullable List<E>> entries,
			Function<E, @Nullable String> id, Function<E, @Nullable String> sameAs, ReportMerger merger,
			Report<E> report) {
		for (boolean merging : new boolean[] { false, true }) {
			for (Parsed p : files) {
				Context ctx = p.context;
				List<E> list = entries.apply(p);
				if (ctx == null || list == null) {
					continue;
				}
				for (int i = 0; i < list.size(); i++) {
					E entry = list.get(i);
					if (entry == null) {
						if (!merging) {
							this.problems.add(ctx.file() + ": " + section + "[" + i + "]: empty entry");
						}
						continue;
					}
					if ((sameAs.apply(entry) != null) != merging) {
						continue;
					}
					String key = id.apply(entry);
					String where = ctx.file() + ": " + section + "[" + i + "]"
							+ ((key != null) ? " '" + Problems.escape(key) + "'" : "");
					if (!required(where, section.equals("countries") ? "code" : "id", key) || !localId(where, key)) {
						continue;
					}
					if (entry instanceof CuratedFile.Reviewable reviewable && reviewable.unreviewed()) {
						// a draft entry is not a fact: left out, and so is whatever needs
						// it
						this.unreviewed.add(where);
						this.skipped.add(NodeId.of(merger.type(), key));
						continue;
					}
					int before = this.problems.size();
					this.followsBrokenEntry = false;
					this.refersToSkipped = false;
					report.report(ctx, where, entry);
					if (this.refersToSkipped) {
						this.unreviewed.add(where + REFERS_TO_UNREVIEWED);
					}
					if (this.problems.size() > before || this.followsBrokenEntry) {
						merger.markBroken(NodeId.of(merger.type(), key));
					}
				}
			}
		}
	}

	/**
	 * The merge an entry reports to: its own id's, or with {@code sameAs} the entity it
	 * names, whose id it then retires. Null after a problem.
	 */
	private @Nullable Merged entry(Context ctx, String where, ReportMerger merger, String key,
			@Nullable String sameAs) {
		String id = NodeId.of(merger.type(), key);
		if (sameAs == null) {
			Merged existing = merger.get(id);
			if (existing != null && existing.files.contains(ctx.file())) {
				this.problems
					.add(where + ": duplicate id '" + Problems.escape(key) + "', first defined at " + existing.where);
				return null;
			}
			Merged merged = merger.report(merger.resolve(id), where, ctx.file());
			merged.source(ctx.articleId());
			return merged;
		}
		String target = optionalRef(where, "sameAs", sameAs, merger);
		if (target == null) {
			return null;
		}
		Merged survivor = java.util.Objects.requireNonNull(merger.get(target));
		Merged own = merger.get(id);
		if (own != null && own.id.equals(id)) {
			this.problems.add(where + ": conflict: field 'sameAs' is '" + Problems.escape(sameAs) + "' in " + ctx.file()
					+ " but '" + Problems.escape(key) + "' is an entity of its own in " + own.file);
			return null;
		}
		String prior = merger.retiredInto(id);
		if (prior != null && !prior.equals(survivor.id)) {
			this.problems.add(where + ": conflict: field 'sameAs' is '" + Problems.escape(sameAs) + "' in " + ctx.file()
					+ " but '" + NodeId.parse(prior).key() + "' in "
					+ java.util.Objects.requireNonNull(merger.get(prior)).file);
			return null;
		}
		if (survivor.files.contains(ctx.file()) && prior == null && !survivor.retiredIds.contains(id)) {
			this.problems.add(where + ": duplicate: '" + Problems.escape(sameAs) + "' is already reported in this file"
					+ ", first at " + survivor.where);
			return null;
		}
		merger.retire(id, survivor);
		survivor.files.add(ctx.file());
		survivor.source(ctx.articleId());
		return survivor;
	}

	/**
	 * A field that cannot have two values, such as the agreement a signatory belongs to.
	 */
	private boolean fixed(Context ctx, String where, Merged merged, String field, @Nullable Object value) {
		Map.Entry<Object, ReportMerger.Stated> other = merged.other(field, value);
		if (other != null) {
			this.problems.add(where + ": conflict: field '" + field + "' is '" + label(value) + "' in " + ctx.file()
					+ " but '" + label(other.getKey()) + "' in " + other.getValue().file);
			return false;
		}
		return true;
	}

	private void disputes(Context ctx, String where, ReportMerger merger, Merged merged,
			@Nullable List<String> contradicts, @Nullable String note) {
		if (contradicts != null) {
			for (int i = 0; i < contradicts.size(); i++) {
				if (required(where, "contradicts[" + i + "]", contradicts.get(i))) {
					this.contradictions.add(new Contradiction(merger, merged, where, contradicts.get(i)));
				}
			}
		}
		if (note != null && !note.isBlank()) {
			if (merged.note != null && !merged.note.equals(note.trim())) {
				merged.note = merged.note + " " + note.trim();
			}
			else {
				merged.note = note.trim();
			}
		}
	}

	private void resolveContradictions(ReportMerger merger) {
		for (Contradiction c : this.contradictions) {
			if (c.merger() != merger) {
				continue;
			}
			String other = optionalRef(c.where(), "contradicts", c.key(), merger);
			if (other != null && !other.equals(c.fact().id)) {
				c.fact().contradicts.add(other);
				java.util.Objects.requireNonNull(merger.get(other)).contradicts.add(c.fact().id);
			}
		}
	}

	private Provenance provenance(Merged merged) {
		return merged.provenance(this.publishedOn, SeedValidator::label);
	}

	/** How a value is written in messages and claims: node ids as their local key. */
	static String label(@Nullable Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof ResolvedDate date) {
			return date.toString();
		}
		if (value instanceof Money money) {
			return ((money.bound() != null) ? money.bound().words + " " : "") + money.figures() + " " + money.currency()
					+ (money.approximate() ? " (approximate)" : "") + (money.converted() ? " (converted)" : "");
		}
		if (value instanceof Quantity q) {
			return q.value() + ((q.unit() != null) ? " " + q.unit() : "") + ((q.item() != null) ? " " + q.item() : "")
					+ (q.approximate() ? " (approximate)" : "");
		}
		if (value instanceof FundingSource source) {
			return Problems.escape(source.text());
		}
		if (value instanceof Role role) {
			return Problems.escape(role.words());
		}
		if (value instanceof EventKey event) {
			return event.stage() + " " + event.date();
		}
		if (value instanceof ParticipantKey participant) {
			return NodeId.parse(participant.partyId()).key() + " " + participant.role()
					+ ((participant.joinedOn() != null) ? " joined " + participant.joinedOn() : "");
		}
		if (value instanceof DepartureKey departure) {
			return NodeId.parse(departure.partyId()).key() + " left " + departure.leftOn();
		}
		if (value instanceof AgreedKey agreed) {
			return NodeId.parse(agreed.partyId()).key() + " agreed to join " + agreed.agreedOn();
		}
		if (value instanceof ChangeKey change) {
			return NodeId.parse(change.partyId()).key() + " " + change.change().word + " " + change.on();
		}
		if (value instanceof LinkKey link) {
			return link.kind() + " " + NodeId.parse(link.targetId()).key();
		}
		if (value instanceof PostKey post) {
			String words = Problems.escape(post.words());
			return (post.organizationId() != null) ? words + " (" + NodeId.parse(post.organizationId()).key() + ")"
					: words;
		}
		return Problems.escape(value.toString());
	}

	// ---- money and quantities ----

	/**
	 * The words and evidence of a structured value (money, a quantity) of one entity's
	 * field, kept beside the merged value: sources that state the same sum in other words
	 * agree.
	 */
	private final Map<String, Map<Object, Worded>> worded = new HashMap<>();

	/** The first words for a value, and every excerpt that states it. */
	private static final class Worded {

		@Nullable String text;

		final List<Evidence> evidence = new ArrayList<>();

	}

	/**
	 * Merges a structured value: compared without its words and evidence, which are kept
	 * beside it.
	 */
	private void worded(Context ctx, Merged m, String field, @Nullable Object value) {
		if (value == null) {
			return;
		}
		Object key;
		String text;
		List<Evidence> evidence;
		if (value instanceof Money money) {
			key = new Money(money.amount(), money.currency(), money.approximate(), null, List.of(), money.bound(),
					money.upTo(), money.converted());
			text = money.text();
			evidence = money.evidence();
		}
		else if (value instanceof FundingSource source) {
			key = new FundingSource(source.text(), List.of());
			text = null;
			evidence = source.evidence();
		}
		else if (value instanceof Condition condition) {
			key = new Condition(condition.text(), List.of());
			text = null;
			evidence = condition.evidence();
		}
		else {
			Quantity q = (Quantity) value;
			key = new Quantity(q.value(), q.unit(), q.item(), q.approximate(), null, List.of());
			text = q.text();
			evidence = q.evidence();
		}
		m.value(field, key, ctx.articleId(), ctx.file());
		Worded w = this.worded.computeIfAbsent(m.id + "/" + field, (k) -> new HashMap<>())
			.computeIfAbsent(key, (k) -> new Worded());
		if (w.text == null) {
			w.text = text;
		}
		evidence.stream().filter((e) -> !w.evidence.contains(e)).forEach(w.evidence::add);
	}

	/** The served structured value of {@code field}, with its words and evidence. */
	private @Nullable Object worded(Merged m, String field) {
		Object key = m.value(field);
		if (key == null) {
			return null;
		}
		Worded w = java.util.Objects
			.requireNonNull(java.util.Objects.requireNonNull(this.worded.get(m.id + "/" + field)).get(key));
		if (key instanceof Money money) {
			return new Money(money.amount(), money.currency(), money.approximate(), w.text, List.copyOf(w.evidence),
					money.bound(), money.upTo(), money.converted());
		}
		if (key instanceof FundingSource source) {
			return new FundingSource(source.text(), List.copyOf(w.evidence));
		}
		if (key instanceof Condition condition) {
			return new Condition(condition.text(), List.copyOf(w.evidence));
		}
		Quantity q = (Quantity) key;
		return new Quantity(q.value(), q.unit(), q.item(), q.approximate(), w.text, List.copyOf(w.evidence));
	}

	private @Nullable Money money(Context ctx, String where, String field, CuratedFile.@Nullable MoneyEntry e) {
		if (e == null) {
			return null;
		}
		String at = where + ": " + field;
		BigDecimal amount = decimal(at, "amount", e.amount());
		boolean currency = Amounts.isCurrency(e.currency());
		if (!currency) {
			this.problems.add(at + ": currency '" + Problems.escape(String.valueOf(e.currency()))
					+ "' is not an ISO 4217 code such as EUR, USD or UAH");
		}
		MoneyBound bound = optionalEnum(at, "bound", e.bound(), MoneyBound.class);
		BigDecimal upTo = (e.upTo() != null) ? decimal(at, "upTo", e.upTo()) : null;
		boolean range = true;
		if (upTo != null && e.bound() != null) {
			this.problems.add(at + ": gives both bound and upTo: a range (amount to upTo) has both its ends and "
					+ "takes no bound; curate \"up to\" or \"more than\" a figure as bound alone");
			range = false;
		}
		else if (upTo != null && amount != null && upTo.compareTo(amount) <= 0) {
			this.problems.add(at + ": upTo " + Amounts.plain(upTo) + " is not more than amount " + Amounts.plain(amount)
					+ ": a range runs from amount (its lower end) up to upTo (its upper end), "
					+ "and a single figure has no upTo");
			range = false;
		}
		List<Evidence> evidence = requiredEvidence(ctx, at, e.evidence());
		if (amount == null || !currency || evidence.isEmpty() || !range || (e.upTo() != null && upTo == null)) {
			return null;
		}
		// isCurrency(null) is false
		return new Money(Amounts.plain(amount), java.util.Objects.requireNonNull(e.currency()),
				Boolean.TRUE.equals(e.approximate()), e.text(), evidence, bound,
				(upTo != null) ? Amounts.plain(upTo) : null, Boolean.TRUE.equals(e.converted()));
	}

	private @Nullable Quantity quantity(Context ctx, String where, String field,
			CuratedFile.@Nullable QuantityEntry e) {
		if (e == null) {
			return null;
		}
		String at = where + ": " + field;
		BigDecimal value = decimal(at, "value", e.value());
		List<Evidence> evidence = requiredEvidence(ctx, at, e.evidence());
		if (value == null || evidence.isEmpty()) {
			return null;
		}
		return new Quantity(Amounts.plain(value), e.unit(), e.item(), Boolean.TRUE.equals(e.approximate()), e.text(),
				evidence);
	}

	private @Nullable FundingSource fundingSource(Context ctx, String where,
			CuratedFile.@Nullable FundingSourceEntry e) {
		if (e == null) {
			return null;
		}
		String at = where + ": fundingSource";
		List<Evidence> evidence = requiredEvidence(ctx, at, e.evidence());
		if (!required(at, "text", e.text()) || evidence.isEmpty()) {
			return null;
		}
		return new FundingSource(e.text().trim(), evidence);
	}

	private @Nullable Condition condition(Context ctx, String where, CuratedFile.@Nullable ConditionEntry e) {
		if (e == null) {
			return null;
		}
		String at = where + ": condition";
		List<Evidence> evidence = requiredEvidence(ctx, at, e.evidence());
		if (!required(at, "text", e.text()) || evidence.isEmpty()) {
			return null;
		}
		return new Condition(e.text().trim(), evidence);
	}

	private @Nullable BigDecimal decimal(String where, String field, @Nullable String text) {
		BigDecimal value = Amounts.parse(text);
		if (value == null) {
			this.problems.add(where + ": " + field + " '" + Problems.escape(String.valueOf(text))
					+ "' is not an exact decimal number such as 120000000 or 1.5 "
					+ "(digits and at most one point: no sign, exponent or thousands separator)");
		}
		return value;
	}

	// ---- countries, organizations, people ----

	private void country(Context ctx, String where, CuratedFile.CountryEntry e) {
		Merged m = entry(ctx, where, this.countryReports, e.code(), null);
		if (m != null) {
			m.name(e.name(), ctx.articleId());
			aliases(ctx, m, e.aliases());
		}
	}

	private void aliases(Context ctx, Merged merged, @Nullable List<String> aliases) {
		if (aliases != null) {
			aliases.forEach((alias) -> merged.name(alias, ctx.articleId()));
		}
	}

	private void finishCountries() {
		for (Merged m : this.countryReports.all()) {
			if (requiredMerged(this.countryReports, m, "name", m.name())) {
				this.countries.put(m.id,
						new Country(m.id, NodeId.parse(m.id).key(), m.name(), m.aliases(), provenance(m)));
			}
		}
	}

	private void organization(Context ctx, String where, CuratedFile.OrganizationEntry e) {
		OrganizationKind kind = optionalEnum(where, "kind", e.kind(), OrganizationKind.class);
		String country = optionalRef(where, "country", e.country(), this.countryReports);
		List<Evidence> evidence = evidence(ctx, where, e.evidence());
		Merged m = entry(ctx, where, this.organizationReports, e.id(), e.sameAs());
		if (m == null || !fixed(ctx, where, m, "kind", kind)) {
			return;
		}
		String art = ctx.articleId();
		m.name(e.name(), art);
		aliases(ctx, m, e.aliases());
		m.value("kind", kind, art, ctx.file());
		m.value("country", country, art, ctx.file());
		m.evidence(evidence);
	}

	private void finishOrganizations() {
		for (Merged m : this.organizationReports.all()) {
			OrganizationKind kind = (OrganizationKind) m.value("kind");
			if (requiredMerged(this.organizationReports, m, "name", m.name())
					&& requiredMerged(this.organizationReports, m, "kind", kind)) {
				this.organizations.put(m.id, new Organization(m.id, m.name(), kind, (String) m.value("country"),
						m.evidence(), SearchText.of(m.names().toArray(String[]::new)), m.aliases(), provenance(m)));
			}
		}
	}

	/**
	 * A post as a list item: the role's words as {@link Posts#seatKey} compares them, and
	 * the organization; its evidence is kept beside it. Two keys are equal when their
	 * seat and organization are: the words are the report's own, and the first report's
	 * are the ones a claim shows.
	 *
	 * @param seat the role's words folded ({@link Posts#seatKey})
	 * @param organizationId the organization's node id; null when none is reported
	 * @param words the role in the report's words
	 */
	record PostKey(String seat, @Nullable String organizationId, String words) {

		PostKey(String words, @Nullable String organizationId) {
			this(Posts.seatKey(words), organizationId, words.trim());
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof PostKey key && this.seat.equals(key.seat)
					&& Objects.equals(this.organizationId, key.organizationId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.seat, this.organizationId);
		}

	}

	private final Map<String, Map<PostKey, PostReports>> postEvidence = new HashMap<>();

	/**
	 * What one article's report of a post says: its evidence, whether it reports the post
	 * as held or as ended ("former minister"), and the dates it states (of two entries of
	 * the article for one post, the more precise date that agrees).
	 */
	private static final class PostReport {

		/** The role in the report's words. */
		@Nullable String role;

		/**
		 * Every wording of the role in the report (two entries of one article may word it
		 * two ways), the first first.
		 */
		final Set<String> wordings = new LinkedHashSet<>();

		final List<Evidence> evidence = new ArrayList<>();

		boolean held;

		boolean former;

		@Nullable ResolvedDate from;

		@Nullable ResolvedDate to;

	}

	/**
	 * What every article's report of one post says: the role in the first report's words,
	 * the dates of the articles that report it as held or as ended, and the merge of the
	 * reports (sources, evidence, each wording of the role and each stated {@code from}
	 * and {@code to} with the articles that state it), by the rules every fact's values
	 * merge by: dates that share a day agree, others compete, and a publisher's
	 * correction withdraws its own value. Wordings of the role always agree (they name
	 * one seat, or the reports would be of two posts): each wording is a claim of the
	 * post when the reports word it differently, so that the words of every report can be
	 * found.
	 */
	private static final class PostReports {

		@Nullable String role;

		/** Every wording of the role, in the order reported. */
		final Set<String> wordings = new LinkedHashSet<>();

		final List<String> heldOn = new ArrayList<>();

		final List<String> formerOn = new ArrayList<>();

		final Merged merged;

		PostReports(Merged merged) {
			this.merged = merged;
		}

		void add(PostReport report, Context ctx) {
			this.role = (this.role != null) ? this.role : report.role;
			String date = ctx.article().date().toString();
			if (report.held) {
				this.heldOn.add(date);
			}
			if (report.former) {
				this.formerOn.add(date);
			}
			this.merged.source(ctx.articleId());
			this.merged.evidence(report.evidence);
			this.merged.value("from", report.from, ctx.articleId(), ctx.file());
			this.merged.value("to", report.to, ctx.articleId(), ctx.file());
			this.wordings.addAll(report.wordings);
			report.wordings.forEach((words) -> this.merged.value("role", new Role(words), ctx.articleId(), ctx.file()));
		}

	}

	/**
	 * List items with their evidence, where an item dated less precisely folds into the
	 * one item of the same kind dated more precisely on a day it shares ("signed in
	 * November 2024" into "signed on 4 November 2024", or into "signed last week" in an
	 * article of 6 November), its evidence joining that item's; an item whose date shares
	 * days with several such items, or none, stays as it is. An item with no date
	 * ("Poland joined", beside "Poland joined on 4 July") may be any of them, and folds
	 * alike.
	 * @param keys the items, in the order first reported
	 * @param evidence each item's evidence
	 * @param date an item's date, or null
	 * @param same whether two items are reports of one (a stage, a party in a role)
	 */
	static <K> Map<K, List<Evidence>> folded(List<K> keys, Map<K, List<Evidence>> evidence,
			Function<K, @Nullable ResolvedDate> date, java.util.function.BiPredicate<K, K> same) {
		Map<K, K> into = new LinkedHashMap<>();
		for (K key : keys) {
			ResolvedDate vague = date.apply(key);
			List<K> inside = keys.stream().filter((other) -> isInside(other, key, vague, date, same)).toList();
			// the most precise of them: those that hold none of the others
			List<K> finest = inside.stream()
				.filter((k) -> inside.stream()
					.noneMatch(
							(other) -> isInside(other, k, java.util.Objects.requireNonNull(date.apply(k)), date, same)))
				.toList();
			if (finest.size() == 1) {
				into.put(key, finest.get(0));
			}
		}
		Map<K, List<Evidence>> folded = new LinkedHashMap<>();
		for (K key : keys) {
			if (!into.containsKey(key)) {
				folded.put(key, new ArrayList<>(evidence.getOrDefault(key, List.of())));
			}
		}
		into.forEach((vague, finest) -> {
			// a finest key folds nothing into itself, so it is among the keys kept
			List<Evidence> target = java.util.Objects.requireNonNull(folded.get(finest));
			evidence.getOrDefault(vague, List.of()).stream().filter((e) -> !target.contains(e)).forEach(target::add);
		});
		folded.replaceAll((key, list) -> List.copyOf(list));
		return folded;
	}

	/**
	 * Whether {@code other} is an item of the same kind as {@code key} whose date says
	 * more than {@code vague}, the date of {@code key}: any date, when {@code key} has
	 * none.
	 */
	private static <K> boolean isInside(K other, K key, @Nullable ResolvedDate vague,
			Function<K, @Nullable ResolvedDate> date, java.util.function.BiPredicate<K, K> same) {
		ResolvedDate inside = date.apply(other);
		return !other.equals(key) && same.test(key, other) && inside != null
				&& (vague == null || vague.coarser(inside));
	}

	/** An agreement's lifecycle event as a list item; its evidence is kept beside it. */
	record EventKey(LifecycleStage stage, ResolvedDate date) {
	}

	private final Map<String, Map<EventKey, List<Evidence>>> eventEvidence = new HashMap<>();

	/** A participant of an agreement as a list item; its evidence is kept beside it. */
	record ParticipantKey(String partyId, ParticipantRole role,
			@Nullable ResolvedDate joinedOn) implements ReportMerger.PartyItem {
	}

	private final Map<String, Map<ParticipantKey, List<Evidence>>> participantEvidence = new HashMap<>();

	/**
	 * A party's leaving (withdrawal from) an agreement as a list item; its evidence is
	 * kept beside it.
	 */
	record DepartureKey(String partyId, ResolvedDate leftOn) implements ReportMerger.PartyItem {
	}

	private final Map<String, Map<DepartureKey, List<Evidence>>> departureEvidence = new HashMap<>();

	/**
	 * A party's agreeing (or being announced) to join an agreement before it joined, as a
	 * list item ({@code NO agreed to join 2026-02-26}); its evidence is kept beside it.
	 */
	record AgreedKey(String partyId, ResolvedDate agreedOn) implements ReportMerger.PartyItem {
	}

	private final Map<String, Map<AgreedKey, List<Evidence>>> agreedEvidence = new HashMap<>();

	/**
	 * What a participant entry may say changed in a party's part, besides its leaving.
	 */
	enum Change {

		/** It joined again after it left. */
		REJOINED("rejoinedOn", "rejoined"),
		/** It suspended its participation: still a participant, not active. */
		SUSPENDED("suspendedOn", "suspended"),
		/** It resumed its participation after a suspension. */
		RESUMED("resumedOn", "resumed");

		/** The curated field that gives its date. */
		final String field;

		/** How a claim says it, {@code LV rejoined 2026-06-10}. */
		final String word;

		Change(String field, String word) {
			this.field = field;
			this.word = word;
		}

		@Nullable String of(CuratedFile.ParticipantEntry entry) {
			return switch (this) {
				case REJOINED -> entry.rejoinedOn();
				case SUSPENDED -> entry.suspendedOn();
				case RESUMED -> entry.resumedOn();
			};
		}

	}

	/**
	 * A party's rejoining, suspension or resumption of its part in an agreement as a list
	 * item; its evidence is kept beside it.
	 */
	record ChangeKey(String partyId, Change change, ResolvedDate on) implements ReportMerger.PartyItem {
	}

	private final Map<String, Map<ChangeKey, List<Evidence>>> changeEvidence = new HashMap<>();

	/**
	 * Per agreement, per party: the articles that name the party taking part without a
	 * joining or leaving date ("Latvia, a member of the coalition").
	 */
	private final Map<String, Map<String, Set<String>>> memberReports = new HashMap<>();

	/**
	 * A participant with its periods and its leaving. Its leavings and rejoinings (those
	 * any source gives for the party, in any role) cut its part into spells: from the day
	 * it joined, or rejoined after a leaving, to the next leaving; a rejoining no leaving
	 * precedes opens no gap. Within a spell the earliest leaving date is served, disputed
	 * when sources give several that do not fold into one, when an article published
	 * after it (and before the party rejoined) still names the party taking part, or when
	 * the first spell's leaving falls before the day the party joined. The claims behind
	 * a dispute (each article's leaving, joining or naming of the party) are added to
	 * {@code disputing}: they compete, and the agreement is disputed. The participant's
	 * {@code leftOn} is its latest spell's leaving, null once it rejoined; its
	 * suspensions are periods of their own ({@link ParticipationPeriods}).
	 * @param m the agreement's reports, whose participants list holds every article's
	 * items as stated
	 * @param key the party, its role and when it joined
	 * @param evidence the words that report it
	 * @param departures every party's leavings, folded, with their evidence
	 * @param changes every party's rejoinings, suspensions and resumptions, folded, with
	 * their evidence
	 * @param memberReports the articles that name the party taking part, without a date
	 * @param disputing the participants' claims found disputed, added to
	 * @param shown the leavings and changes the participant's periods show, added to:
	 * each spell's leaving served, each rejoining that opens a spell, each suspension
	 * that opens one and each resumption that ends one
	 */
	private Participant participant(Merged m, ParticipantKey key, List<Evidence> evidence,
			Map<DepartureKey, List<Evidence>> departures, Map<ChangeKey, List<Evidence>> changes,
			Set<String> memberReports, Set<Object> disputing, Set<Object> shown) {
		List<DepartureKey> left = departures.keySet()
			.stream()
			.filter((departure) -> departure.partyId().equals(key.partyId()))
			.sorted(Comparator.comparing((DepartureKey departure) -> departure.leftOn().first()))
			.toList();
		List<ChangeKey> changed = changes.keySet()
			.stream()
			.filter((change) -> change.partyId().equals(key.partyId()))
			.sorted(Comparator.comparing((ChangeKey change) -> change.on().first()))
			.toList();
		Set<Evidence> changeWords = new HashSet<>();
		changed.forEach((change) -> changeWords.addAll(changes.getOrDefault(change, List.of())));
		ResolvedDate joinedOn = key.joinedOn();
		// the spells from a joining or a rejoining to the next leaving
		List<ParticipationPeriods.Spell> spells = new ArrayList<>();
		ParticipationPeriods.Spell spell = new ParticipationPeriods.Spell(joinedOn,
				evidence.stream().filter((e) -> !changeWords.contains(e)).toList());
		spells.add(spell);
		List<List<DepartureKey>> leavings = new ArrayList<>();
		leavings.add(new ArrayList<>());
		// each spell's rejoining, as every article dates it
		List<List<ChangeKey>> rejoinings = new ArrayList<>();
		rejoinings.add(new ArrayList<>());
		int next = 0;
		for (ChangeKey rejoining : changed) {
			if (rejoining.change() != Change.REJOINED) {
				continue;
			}
			List<DepartureKey> spellLeavings = leavings.get(leavings.size() - 1);
			while (next < left.size() && left.get(next).leftOn().first().isBefore(rejoining.on().first())) {
				spellLeavings.add(left.get(next++));
			}
			List<Evidence> rejoinedEvidence = changes.getOrDefault(rejoining, List.of());
			if (spellLeavings.isEmpty()) {
				// no leaving since the spell's rejoining (if any): another report of it
				spell = spell.withEvidence(rejoinedEvidence);
				spells.set(spells.size() - 1, spell);
			}
			else {
				spell = new ParticipationPeriods.Spell(rejoining.on(), rejoinedEvidence);
				spells.add(spell);
				leavings.add(new ArrayList<>());
				rejoinings.add(new ArrayList<>());
				shown.add(rejoining);
			}
			if (spells.size() > 1) {
				rejoinings.get(rejoinings.size() - 1).add(rejoining);
			}
		}
		for (int i = 1; i < spells.size(); i++) {
			// one rejoining dated on days that cannot both be true: the earliest is the
			// spell's start, and the period it begins is disputed
			Set<ChangeKey> competing = ChangeDays.competing(rejoinings.get(i), ChangeKey::on);
			if (!competing.isEmpty()) {
				spells.set(i, spells.get(i).withDisputedStart());
				disputing.addAll(competing);
			}
		}
		while (next < left.size()) {
			leavings.get(leavings.size() - 1).add(left.get(next++));
		}
		List<Evidence> leftEvidence = new ArrayList<>();
		ResolvedDate leftOn = null;
		boolean disputed = false;
		for (int i = 0; i < spells.size(); i++) {
			List<DepartureKey> spellLeavings = leavings.get(i);
			leftOn = null;
			if (spellLeavings.isEmpty()) {
				continue;
			}
			List<Evidence> spellEvidence = new ArrayList<>();
			spellLeavings.forEach((departure) -> departures.getOrDefault(departure, List.of())
				.stream()
				.filter((e) -> !spellEvidence.contains(e))
				.forEach(spellEvidence::add));
			spellEvidence.stream().filter((e) -> !leftEvidence.contains(e)).forEach(leftEvidence::add);
			ResolvedDate spellLeftOn = spellLeavings.get(0).leftOn();
			shown.add(spellLeavings.get(0));
			leftOn = spellLeftOn;
			ResolvedDate from = spells.get(i).from();
			LocalDate rejoined = (i + 1 < spells.size()) ? Objects.requireNonNull(spells.get(i + 1).from()).first()
					: null;
			Set<String> namedAfter = memberReports.stream()
				.filter((article) -> published(article).isAfter(spellLeftOn.last())
						&& (rejoined == null || published(article).isBefore(rejoined)))
				.collect(Collectors.toSet());
			boolean leftBeforeJoining = i == 0 && joinedOn != null && spellLeftOn.last().isBefore(joinedOn.first());
			// a suspension or resumption that another article dates after the leaving
			// (and before the rejoining) says the party took part then: no period can
			// show it, so it disputes the leaving (one entry giving both is refused)
			List<ChangeKey> whileOut = changed.stream()
				.filter((change) -> change.change() != Change.REJOINED
						&& change.on().first().isAfter(spellLeftOn.last())
						&& (rejoined == null || change.on().last().isBefore(rejoined)))
				.toList();
			boolean spellDisputed = spellLeavings.size() > 1 || !namedAfter.isEmpty() || leftBeforeJoining
					|| !whileOut.isEmpty();
			spells.set(i, spells.get(i).ending(spellLeftOn, spellEvidence, spellDisputed));
			if (spellDisputed) {
				disputed = true;
				disputing.addAll(disputingClaims(m, key, spellLeftOn, namedAfter, leftBeforeJoining,
						(i == 0 || from == null) ? null : from.first(), rejoined));
				disputing.addAll(whileOut);
				whileOut.stream()
					.map(ChangeKey::on)
					.max(Comparator.comparing(ResolvedDate::first))
					.ifPresent((latest) -> spellLeavings.stream()
						.filter((departure) -> departure.leftOn().last().isBefore(latest.first()))
						.forEach(disputing::add));
			}
		}
		List<ParticipationPeriods.Mark> suspensions = changed.stream()
			.filter((change) -> change.change() != Change.REJOINED)
			.map((change) -> new ParticipationPeriods.Mark(change.change() == Change.SUSPENDED, change.on(),
					changes.getOrDefault(change, List.of()), change))
			.toList();
		return new Participant(key.partyId(), key.role(), (joinedOn != null) ? joinedOn.iso() : null,
				(joinedOn != null) ? joinedOn.precision() : null, countryOf(key.partyId()), evidence,
				(leftOn != null) ? leftOn.iso() : null, (leftOn != null) ? leftOn.precision() : null,
				List.copyOf(leftEvidence), disputed,
				ParticipationPeriods.periods(spells, suspensions, disputing, shown));
	}

	/**
	 * The participant with the day its party agreed (or was announced) to join: the
	 * earliest any article gives, not disputed by a later one (an agreement in principle
	 * and a formal decision are both agreeing). A participant that agreed to join and
	 * that no article reports joining (no {@code joinedOn}, no leaving or other change,
	 * and no article naming it without saying it agreed) has not joined yet: it has no
	 * period, so no {@code activeOn} counts it.
	 * @param agreed every party's agreeing, folded
	 * @param shown the items the participants show, added to: the day served
	 */
	private Participant agreed(Merged m, Participant participant, ParticipantKey key, Set<AgreedKey> agreed,
			Set<Object> shown) {
		AgreedKey earliest = agreed.stream()
			.filter((item) -> item.partyId().equals(key.partyId()))
			.min(Comparator.comparing((AgreedKey item) -> item.agreedOn().first()))
			.orElse(null);
		if (earliest == null) {
			return participant;
		}
		shown.add(earliest);
		Set<String> agreeing = new HashSet<>();
		m.<Object>items("participants")
			.stream()
			.filter((item) -> item instanceof AgreedKey a && a.partyId().equals(key.partyId()))
			.forEach((item) -> agreeing.addAll(m.itemSources("participants", item)));
		boolean joined = key.joinedOn() != null || participant.leftOn() != null || participant.periods().size() > 1
				|| !agreeing.containsAll(m.itemSources("participants", key));
		ResolvedDate on = earliest.agreedOn();
		return new Participant(participant.partyId(), participant.role(), participant.joinedOn(),
				participant.joinedOnPrecision(), participant.countryId(), participant.evidence(), participant.leftOn(),
				participant.leftOnPrecision(), participant.leftEvidence(), participant.leftOnDisputed(),
				joined ? participant.periods() : List.of(), on.iso(), on.precision());
	}

	/**
	 * The items of an agreement's participants list, as articles state them, behind a
	 * disputed leaving of {@code key}'s party in one of its spells: leaving days that
	 * cannot both be true; a leaving and an undated naming of the party by an article
	 * published after it; a leaving and a joining of the participant on a later day.
	 * @param leftOn the spell's earliest leaving day, served
	 * @param namedAfter the articles published after {@code leftOn} (and before the party
	 * rejoined) that name the party taking part, without a date
	 * @param leftBeforeJoining whether {@code leftOn} falls before the day it joined
	 * @param from the day the spell began with a rejoining; null for the first spell
	 * @param until the day the next spell begins; null for the last
	 */
	private Set<Object> disputingClaims(Merged m, ParticipantKey key, ResolvedDate leftOn, Set<String> namedAfter,
			boolean leftBeforeJoining, @Nullable LocalDate from, @Nullable LocalDate until) {
		List<Object> listed = m.items("participants");
		List<DepartureKey> leavings = listed.stream()
			.filter(DepartureKey.class::isInstance)
			.map(DepartureKey.class::cast)
			.filter((departure) -> departure.partyId().equals(key.partyId())
					&& (from == null || !departure.leftOn().first().isBefore(from))
					&& (until == null || departure.leftOn().first().isBefore(until)))
			.toList();
		Set<Object> disputing = new LinkedHashSet<>();
		disputing.addAll(ChangeDays.competing(leavings, DepartureKey::leftOn));
		LocalDate lastNamed = namedAfter.stream().map(this::published).max(Comparator.naturalOrder()).orElse(null);
		if (lastNamed != null) {
			leavings.stream()
				.filter((departure) -> departure.leftOn().last().isBefore(lastNamed))
				.forEach(disputing::add);
			listed.stream()
				.filter(ParticipantKey.class::isInstance)
				.map(ParticipantKey.class::cast)
				.filter((named) -> named.partyId().equals(key.partyId()) && named.joinedOn() == null
						&& m.itemSources("participants", named).stream().anyMatch(namedAfter::contains))
				.forEach(disputing::add);
		}
		ResolvedDate joinedOn = key.joinedOn();
		if (leftBeforeJoining && joinedOn != null) {
			leavings.stream()
				.filter((departure) -> departure.leftOn().last().isBefore(joinedOn.first()))
				.forEach(disputing::add);
			listed.stream()
				.filter(ParticipantKey.class::isInstance)
				.map(ParticipantKey.class::cast)
				.filter((joined) -> joined.partyId().equals(key.partyId()) && joined.role() == key.role()
						&& joined.joinedOn() != null && leftOn.last().isBefore(joined.joinedOn().first()))
				.forEach(disputing::add);
		}
		return disputing;
	}

	/** The day an article (a node id) was published. */
	private LocalDate published(String articleId) {
		return LocalDate.parse(Objects.requireNonNull(this.publishedOn.get(articleId)));
	}

	/**
	 * Adds an article's items of an agreement's list field (events, participants,
	 * departures) to the record, and their evidence to what earlier articles gave for the
	 * same items.
	 */
	private static <K> void items(Context ctx, Merged m, String field, Map<K, List<Evidence>> reported,
			Map<String, Map<K, List<Evidence>>> evidenceByRecord) {
		Map<K, List<Evidence>> known = evidenceByRecord.computeIfAbsent(m.id, (k) -> new LinkedHashMap<>());
		reported.forEach((key, evidence) -> {
			m.item(field, key, ctx.articleId(), ctx.file());
			List<Evidence> kept = known.computeIfAbsent(key, (k) -> new ArrayList<>());
			evidence.stream().filter((ev) -> !kept.contains(ev)).forEach(kept::add);
		});
	}

	/** The country a party counts for: itself, or an organization's country. */
	private @Nullable String countryOf(String partyId) {
		if (NodeId.parse(partyId).type().equals(Country.TYPE)) {
			return partyId;
		}
		if (NodeId.parse(partyId).type().equals(Person.TYPE)) {
			Person person = this.people.get(partyId);
			return (person != null) ? person.countryId() : null;
		}
		Organization organization = this.organizations.get(partyId);
		return (organization != null) ? organization.countryId() : null;
	}

	private void person(Context ctx, String where, CuratedFile.PersonEntry e) {
		String country = optionalRef(where, "country", e.country(), this.countryReports);
		List<Evidence> evidence = evidence(ctx, where, e.evidence());
		Map<PostKey, PostReport> posts = new LinkedHashMap<>();
		List<CuratedFile.PostEntry> entries = (e.posts() != null) ? e.posts() : List.of();
		for (int i = 0; i < entries.size(); i++) {
			CuratedFile.PostEntry post = entries.get(i);
			String postWhere = where + ": posts[" + i + "]";
			if (post != null && required(postWhere, "role", post.role())) {
				String organization = optionalRef(postWhere, "organization", post.organization(),
						this.organizationReports);
				ResolvedDate from = date(ctx, postWhere, "from", post.from());
				ResolvedDate to = date(ctx, postWhere, "to", post.to());
				if (from != null && to != null && from.iso().compareTo(to.iso()) > 0) {
					this.problems.add(postWhere + ": 'from' " + from + " is after 'to' " + to);
				}
				PostReport report = posts.computeIfAbsent(new PostKey(post.role(), organization),
						(k) -> new PostReport());
				report.role = (report.role != null) ? report.role : post.role().trim();
				report.wordings.add(post.role().trim());
				report.evidence.addAll(evidence(ctx, postWhere, post.evidence()));
				if (Boolean.TRUE.equals(post.former())) {
					report.former = true;
				}
				else {
					report.held = true;
				}
				report.from = ResolvedDate.finer(report.from, from);
				report.to = ResolvedDate.finer(report.to, to);
			}
		}
		Merged m = entry(ctx, where, this.personReports, e.id(), e.sameAs());
		if (m == null) {
			return;
		}
		String art = ctx.articleId();
		m.name(e.name(), art);
		aliases(ctx, m, e.aliases());
		m.value("country", country, art, ctx.file());
		m.evidence(evidence);
		Map<PostKey, PostReports> known = this.postEvidence.computeIfAbsent(m.id, (k) -> new LinkedHashMap<>());
		posts.forEach((key, report) -> {
			m.item("posts", key, art, ctx.file());
			known
				.computeIfAbsent(key,
						(k) -> new PostReports(new Merged(m.id + "|" + k.seat() + "|" + k.organizationId(), where,
								ctx.file(), this.correctedBy)))
				.add(report, ctx);
		});
	}

	private void finishPeople() {
		Map<String, List<Post>> bySeat = new LinkedHashMap<>();
		Map<String, List<PostKey>> keysByPerson = new LinkedHashMap<>();
		for (Merged m : this.personReports.all()) {
			if (requiredMerged(this.personReports, m, "name", m.name())) {
				keysByPerson.put(m.id, m.<PostKey>items("posts"));
				this.people.put(m.id, new Person(m.id, m.name(), (String) m.value("country"), List.of(), m.evidence(),
						SearchText.of(m.names().toArray(String[]::new)), m.aliases(), provenance(m)));
			}
		}
		List<Post> all = new ArrayList<>();
		keysByPerson.forEach((personId, keys) -> {
			Map<PostKey, PostReports> reports = this.postEvidence.getOrDefault(personId, Map.of());
			for (PostKey key : keys) {
				Post post = post(personId, key, java.util.Objects.requireNonNull(reports.get(key)));
				all.add(post);
				// succession is known only within one organization's role
				String seat = (key.organizationId() != null) ? key.seat() + "|" + key.organizationId() : post.id();
				bySeat.computeIfAbsent(seat, (k) -> new ArrayList<>()).add(post);
			}
		});
		Map<String, Post> terms = new HashMap<>();
		bySeat.values().forEach((seat) -> Posts.terms(seat).forEach((post) -> terms.put(post.id(), post)));
		Map<String, List<Post>> postsByPerson = new LinkedHashMap<>();
		for (Post post : all) {
			Post withTerm = java.util.Objects.requireNonNull(terms.get(post.id()));
			this.posts.put(withTerm.id(), withTerm);
			postsByPerson.computeIfAbsent(withTerm.personId(), (k) -> new ArrayList<>()).add(withTerm);
		}
		postsByPerson.forEach((personId, posts) -> {
			Person p = java.util.Objects.requireNonNull(this.people.get(personId));
			this.people.put(personId, new Person(p.id(), p.name(), p.countryId(), List.copyOf(posts), p.evidence(),
					p.searchText(), p.aliases(), p.provenance()));
		});
	}

	/**
	 * A post of a person as the reports state it, before terms are derived: its
	 * {@code from} and {@code to} are the values served as any fact's are (the first
	 * reported that stands, as precise as any value agreeing with it), and its provenance
	 * names every article that reports it, with or without an excerpt, and the claims of
	 * dates its sources give differently.
	 */
	private Post post(String personId, PostKey key, PostReports reports) {
		String organizationCountry = null;
		if (key.organizationId() != null && this.organizations.containsKey(key.organizationId())) {
			organizationCountry = this.organizations.get(key.organizationId()).countryId();
		}
		String countryId = (organizationCountry != null) ? organizationCountry
				: java.util.Objects.requireNonNull(this.people.get(personId)).countryId();
		String role = java.util.Objects.requireNonNull(reports.role);
		String id = NodeId.of(Post.TYPE, NodeId.parse(personId).key() + "/" + role
				+ ((key.organizationId() != null) ? "/" + NodeId.parse(key.organizationId()).key() : ""));
		String first = reports.heldOn.stream().min(String::compareTo).orElse(null);
		String last = reports.heldOn.stream().max(String::compareTo).orElse(null);
		String endedBy = reports.formerOn.stream().min(String::compareTo).orElse(null);
		ResolvedDate from = (ResolvedDate) reports.merged.value("from");
		ResolvedDate to = (ResolvedDate) reports.merged.value("to");
		return new Post(id, personId, role, key.organizationId(), countryId, (from != null) ? from.iso() : null,
				(from != null) ? from.precision() : null, (to != null) ? to.iso() : null,
				(to != null) ? to.precision() : null, first, last, endedBy, null, null, roleKey(reports.wordings),
				Post.OPEN_START, Post.OPEN_END, reports.merged.evidence(), provenance(reports.merged));
	}

	/**
	 * What the {@code role} filter of posts reads: every wording of the post's role,
	 * folded, one a line, so that a part of any wording a source used finds the post.
	 */
	static String roleKey(Set<String> wordings) {
		return wordings.stream().map(SearchText::fold).distinct().collect(Collectors.joining("\n"));
	}

	// ---- events (meetings, visits, press conferences) and programmes ----

	private void event(Context ctx, String where, CuratedFile.MeetingEntry e) {
		if (!required(where, "name", e.name())) {
			return;
		}
		EventKind kind = enumValue(where, "kind", e.kind(), EventKind.class);
		ResolvedDate date = date(ctx, where, "date", e.date());
		String country = optionalRef(where, "country", e.country(), this.countryReports);
		List<String> participants = new ArrayList<>();
		List<String> entries = (e.participants() != null) ? e.participants() : List.of();
		for (int i = 0; i < entries.size(); i++) {
			if (required(where, "participants[" + i + "]", entries.get(i))) {
				String party = party(where, "participants[" + i + "]", entries.get(i));
				if (party != null && !participants.contains(party)) {
					participants.add(party);
				}
			}
		}
		List<Evidence> evidence = requiredEvidence(ctx, where, e.evidence());
		Merged m = entry(ctx, where, this.eventReports, e.id(), e.sameAs());
		if (m == null || !fixed(ctx, where, m, "kind", kind)) {
			return;
		}
		String art = ctx.articleId();
		m.value("name", e.name(), art, ctx.file());
		m.value("kind", kind, art, ctx.file());
		m.value("date", date, art, ctx.file());
		m.value("place", e.place(), art, ctx.file());
		m.value("country", country, art, ctx.file());
		participants.forEach((party) -> m.item("participants", party, art, ctx.file()));
		m.evidence(evidence);
	}

	private void finishEvents() {
		for (Merged m : this.eventReports.all()) {
			String name = (String) m.value("name");
			EventKind kind = (EventKind) m.value("kind");
			if (!requiredMerged(this.eventReports, m, "name", name)
					|| !requiredMerged(this.eventReports, m, "kind", kind)) {
				continue;
			}
			ResolvedDate date = (ResolvedDate) m.value("date");
			String place = (String) m.value("place");
			String country = (String) m.value("country");
			List<String> participants = m.items("participants");
			java.util.LinkedHashSet<String> countryIds = new LinkedHashSet<>();
			if (country != null) {
				countryIds.add(country);
			}
			participants.stream().map(this::countryOf).filter(java.util.Objects::nonNull).forEach(countryIds::add);
			this.events.put(m.id,
					new Event(m.id, name, kind, (date != null) ? date.iso() : null,
							(date != null) ? date.precision() : null, place, country, participants,
							List.copyOf(countryIds), m.evidence(), SearchText.of(name, place), provenance(m)));
		}
	}

	private void programme(Context ctx, String where, CuratedFile.ProgrammeEntry e) {
		if (!required(where, "name", e.name())) {
			return;
		}
		String runBy = party(where, "runBy", e.runBy());
		if (runBy != null && NodeId.parse(runBy).type().equals(Person.TYPE)) {
			this.problems.add(where + ": runBy '" + Problems.escape(java.util.Objects.requireNonNull(e.runBy()))
					+ "' is a person; a programme is run by a country or an organization");
			runBy = null;
		}
		List<Evidence> evidence = requiredEvidence(ctx, where, e.evidence());
		Merged m = entry(ctx, where, this.programmeReports, e.id(), e.sameAs());
		if (m == null) {
			return;
		}
		String art = ctx.articleId();
		m.name(e.name(), art);
		m.value("runBy", runBy, art, ctx.file());
		m.evidence(evidence);
	}

	private void finishProgrammes() {
		for (Merged m : this.programmeReports.all()) {
			if (requiredMerged(this.programmeReports, m, "name", m.name())) {
				String runBy = (String) m.value("runBy");
				this.programmes.put(m.id,
						new Programme(m.id, m.name(), runBy, (runBy != null) ? countryOf(runBy) : null, m.evidence(),
								SearchText.of(m.names().toArray(String[]::new)), provenance(m)));
			}
		}
	}

	// ---- agreements and cooperation areas ----

	/**
	 * A {@code RESUMED} event of an agreement entry, checked once every file's events of
	 * the agreement are merged.
	 *
	 * @param where the event, for messages
	 * @param event its stage and date
	 */
	private record PendingResumption(String where, EventKey event) {
	}

	private final Map<Merged, List<PendingResumption>> pendingResumptions = new LinkedHashMap<>();

	/**
	 * Refuses each {@code RESUMED} event of an agreement that no earlier
	 * {@code SUSPENDED} event of the agreement precedes, in any file read: a resumption
	 * ends a suspension, which an earlier report (another publisher's, months before) may
	 * be the one to give. Only events that stand count: a suspension its publisher
	 * re-dated ({@link #correctedEvents}) is not served, and a resumption it re-dated
	 * ends nothing, so it is not checked.
	 */
	private void resumptionsWithoutSuspension() {
		this.pendingResumptions.forEach((m, resumptions) -> {
			List<EventKey> events = m.<Object>items("events")
				.stream()
				.filter(EventKey.class::isInstance)
				.map(EventKey.class::cast)
				.toList();
			// a resumption a correction re-dated is not served: it ends nothing
			Set<String> withdrawn = m.withdrawnItems("events").keySet();
			resumptions.stream()
				.filter((resumption) -> !withdrawn.contains(resumption.event().toString()))
				.forEach((resumption) -> resumptionWithoutSuspension(resumption, events));
		});
		this.pendingResumptions.clear();
	}

	private void resumptionWithoutSuspension(PendingResumption resumption, Collection<EventKey> events) {
		EventKey event = resumption.event();
		if (events.stream()
			.noneMatch((other) -> other.stage() == LifecycleStage.SUSPENDED
					&& other.date().first().isBefore(event.date().last()))) {
			this.problems.add(resumption.where() + ": stage RESUMED on " + event.date()
					+ " follows no earlier SUSPENDED event of this agreement in any file; a resumption ends a "
					+ "suspension: add the SUSPENDED event an article gives (its words and date; any file curating "
					+ "the agreement will do), or give the stage the article reports");
		}
	}

	/**
	 * The stages that tell of an agreement's making: a report of one is no later news.
	 */
	private static final Set<LifecycleStage> MAKING = EnumSet.of(LifecycleStage.ANNOUNCED,
			LifecycleStage.UNDER_NEGOTIATION, LifecycleStage.SIGNED, LifecycleStage.LAUNCHED);

	/**
	 * Each agreement entry, reviewed or not, that tells of no signing but of a later step
	 * ("Estonia suspended its defence-industry memorandum with Finland on 3 May", as
	 * {@code draft} proposes it: no {@code signedOn}, no SIGNED event, an id no other
	 * file curates), named with the served agreements of the same parties (of the same
	 * kind, when any) under another id: the one it likely reports. Not a problem, as it
	 * may be another agreement; the curator decides.
	 */
	private void likelyAgreements(List<Parsed> files) {
		for (Parsed p : files) {
			Context ctx = p.context;
			List<CuratedFile.AgreementEntry> entries = p.curated.agreements();
			if (ctx == null || entries == null) {
				continue;
			}
			for (int i = 0; i < entries.size(); i++) {
				CuratedFile.AgreementEntry e = entries.get(i);
				if (e == null || e.id() == null || e.sameAs() != null || e.signedOn() != null || e.events() == null
						|| e.parties() == null || e.parties().isEmpty()) {
					continue;
				}
				List<LifecycleStage> stages = new ArrayList<>();
				for (CuratedFile.EventEntry event : e.events()) {
					LifecycleStage stage = (event != null && event.stage() != null)
							? enumOrNull(event.stage(), LifecycleStage.class) : null;
					if (stage != null && !stages.contains(stage)) {
						stages.add(stage);
					}
				}
				String id = NodeId.of(Agreement.TYPE, e.id());
				Merged own = this.agreementReports.get(this.agreementReports.resolve(id));
				if (stages.isEmpty() || stages.stream().anyMatch(MAKING::contains)
						|| own != null && !own.files.equals(Set.of(ctx.file()))) {
					continue;
				}
				Set<String> parties = new HashSet<>();
				for (String code : e.parties()) {
					String country = NodeId.of(this.countryReports.type(), Objects.requireNonNullElse(code, ""));
					parties.add(this.countryReports.known(country) ? this.countryReports.resolve(country) : country);
				}
				AgreementKind kind = (e.kind() != null) ? enumOrNull(e.kind(), AgreementKind.class) : null;
				List<Agreement> same = this.agreements.values()
					.stream()
					.filter((a) -> !a.id().equals(id) && new HashSet<>(a.partyIds()).equals(parties))
					.toList();
				List<Agreement> sameKind = same.stream().filter((a) -> a.kind() == kind).toList();
				List<Agreement> likely = (sameKind.isEmpty() ? same : sameKind).stream().limit(3).toList();
				if (likely.isEmpty()) {
					continue;
				}
				List<String> named = likely.stream().map((a) -> {
					Merged m = this.agreementReports.get(a.id());
					return "'" + Problems.escape(NodeId.keyOr(a.id())) + "' (" + Problems.escape(a.title())
							+ ((m != null) ? ", " + m.file : "") + ")";
				}).toList();
				this.likely.add(ctx.file() + ": agreements[" + i + "] '" + Problems.escape(e.id())
						+ "': tells of no signing, only "
						+ String.join(", ", stages.stream().map(LifecycleStage::name).toList())
						+ ", and no other file curates this id; it is likely "
						+ ((named.size() == 1) ? named.get(0) : "one of " + String.join(", ", named))
						+ ", of the same parties" + (sameKind.isEmpty() ? "" : " and kind")
						+ ": give the entry that id (and that agreement's title, or none) to report this of it, or "
						+ "keep this id if the article tells of another agreement");
			}
		}
	}

	private void agreement(Context ctx, String where, CuratedFile.AgreementEntry e) {
		AgreementKind kind = optionalEnum(where, "kind", e.kind(), AgreementKind.class);
		ResolvedDate signedOn = date(ctx, where, "signedOn", e.signedOn());
		List<String> parties = refs(where, "parties", e.parties(), this.countryReports);
		Money value = money(ctx, where, "value", e.value());
		Money funding = money(ctx, where, "funding", e.funding());
		Map<EventKey, List<Evidence>> events = new LinkedHashMap<>();
		List<CuratedFile.EventEntry> eventEntries = (e.events() != null) ? e.events() : List.of();
		Map<Integer, EventKey> dated = new TreeMap<>();
		for (int i = 0; i < eventEntries.size(); i++) {
			CuratedFile.EventEntry event = eventEntries.get(i);
			String eventWhere = where + ": events[" + i + "]";
			if (event == null || !required(eventWhere, "stage", event.stage())
					|| !required(eventWhere, "date", event.date())) {
				continue;
			}
			LifecycleStage stage = optionalEnum(eventWhere, "stage", event.stage(), LifecycleStage.class);
			ResolvedDate date = date(ctx, eventWhere, "date", event.date());
			List<Evidence> eventEvidence = requiredEvidence(ctx, eventWhere, event.evidence());
			if (stage != null && date != null) {
				dated.put(i, new EventKey(stage, date));
			}
			if (stage != null && date != null && !eventEvidence.isEmpty()) {
				events.computeIfAbsent(new EventKey(stage, date), (k) -> new ArrayList<>()).addAll(eventEvidence);
			}
		}
		Map<ParticipantKey, List<Evidence>> participants = new LinkedHashMap<>();
		Map<DepartureKey, List<Evidence>> departures = new LinkedHashMap<>();
		Map<ChangeKey, List<Evidence>> changes = new LinkedHashMap<>();
		Map<AgreedKey, List<Evidence>> agreed = new LinkedHashMap<>();
		Set<String> members = new LinkedHashSet<>();
		List<CuratedFile.ParticipantEntry> participantEntries = (e.participants() != null) ? e.participants()
				: List.of();
		for (int i = 0; i < participantEntries.size(); i++) {
			CuratedFile.ParticipantEntry entry = participantEntries.get(i);
			String at = where + ": participants[" + i + "]";
			if (entry == null || !required(at, "party", entry.party()) || !required(at, "role", entry.role())) {
				continue;
			}
			String party = party(at, "party", entry.party());
			if (party != null && NodeId.parse(party).type().equals(Person.TYPE)) {
				this.problems.add(at + ": party '" + Problems.escape(entry.party())
						+ "' is a person; a participant is a country or an organization");
				party = null;
			}
			ParticipantRole role = optionalEnum(at, "role", entry.role(), ParticipantRole.class);
			ResolvedDate joinedOn = date(ctx, at, "joinedOn", entry.joinedOn());
			ResolvedDate leftOn = date(ctx, at, "leftOn", entry.leftOn());
			if (joinedOn != null && leftOn != null && leftOn.last().isBefore(joinedOn.first())) {
				this.problems.add(at + ": leftOn " + leftOn + " is before joinedOn " + joinedOn
						+ "; a party leaves after it joins");
				leftOn = null;
			}
			ResolvedDate agreedOn = date(ctx, at, "agreedOn", entry.agreedOn());
			ResolvedDate joined = (joinedOn != null) ? joinedOn : leftOn;
			if (agreedOn != null && joined != null && joined.last().isBefore(agreedOn.first())) {
				this.problems
					.add(at + ": agreedOn " + agreedOn + " is after " + ((joinedOn != null) ? "joinedOn " : "leftOn ")
							+ joined + "; a party agrees to join before it joins");
				agreedOn = null;
			}
			Map<Change, ResolvedDate> changed = new LinkedHashMap<>();
			for (Change change : Change.values()) {
				ResolvedDate on = date(ctx, at, change.field, change.of(entry));
				if (on != null) {
					changed.put(change, on);
				}
			}
			List<String> disorder = ParticipationPeriods.disorder(joinedOn, leftOn, changed);
			disorder.forEach((problem) -> this.problems.add(at + ": " + problem));
			if (!disorder.isEmpty()) {
				changed.clear();
			}
			List<Evidence> participantEvidence = requiredEvidence(ctx, at, entry.evidence());
			if (party != null && role != null && !participantEvidence.isEmpty()) {
				participants.computeIfAbsent(new ParticipantKey(party, role, joinedOn), (k) -> new ArrayList<>())
					.addAll(participantEvidence);
				if (leftOn != null) {
					departures.computeIfAbsent(new DepartureKey(party, leftOn), (k) -> new ArrayList<>())
						.addAll(participantEvidence);
				}
				else if (joinedOn == null && entry.leftOn() == null && changed.isEmpty() && entry.agreedOn() == null) {
					members.add(party);
				}
				if (agreedOn != null) {
					agreed.computeIfAbsent(new AgreedKey(party, agreedOn), (k) -> new ArrayList<>())
						.addAll(participantEvidence);
				}
				for (Map.Entry<Change, ResolvedDate> change : changed.entrySet()) {
					changes
						.computeIfAbsent(new ChangeKey(party, change.getKey(), change.getValue()),
								(k) -> new ArrayList<>())
						.addAll(participantEvidence);
				}
			}
		}
		// an article that says the party left names it a member of the past, not of today
		members.removeIf((party) -> departures.keySet().stream().anyMatch((d) -> d.partyId().equals(party)));
		String programme = optionalRef(where, "programme", e.programme(), this.programmeReports);
		String signedAt = optionalRef(where, "signedAt", e.signedAt(), this.eventReports);
		List<PendingLink> links = new ArrayList<>();
		List<CuratedFile.LinkEntry> linkEntries = (e.links() != null) ? e.links() : List.of();
		for (int i = 0; i < linkEntries.size(); i++) {
			CuratedFile.LinkEntry link = linkEntries.get(i);
			String at = where + ": links[" + i + "]";
			if (link == null || !required(at, "kind", link.kind()) || !required(at, "target", link.target())) {
				continue;
			}
			AgreementLinkKind linkKind = optionalEnum(at, "kind", link.kind(), AgreementLinkKind.class);
			List<Evidence> linkEvidence = requiredEvidence(ctx, at, link.evidence());
			if (linkKind != null && !linkEvidence.isEmpty()) {
				links.add(new PendingLink(at, linkKind, link.target(), linkEvidence, ctx.articleId(), ctx.file()));
			}
		}
		List<Evidence> evidence = requiredEvidence(ctx, where, e.evidence());
		Merged m = entry(ctx, where, this.agreementReports, e.id(), e.sameAs());
		List<PendingResumption> resumptions = dated.entrySet()
			.stream()
			.filter((event) -> event.getValue().stage() == LifecycleStage.RESUMED)
			.map((event) -> new PendingResumption(where + ": events[" + event.getKey() + "]", event.getValue()))
			.toList();
		if (m == null || !fixed(ctx, where, m, "kind", kind)) {
			// no agreement to merge with: the entry's own events are all there is
			resumptions.forEach((resumption) -> resumptionWithoutSuspension(resumption, dated.values()));
			return;
		}
		// an earlier suspension may be in a file read later: checked once all are merged
		if (!resumptions.isEmpty()) {
			this.pendingResumptions.computeIfAbsent(m, (k) -> new ArrayList<>()).addAll(resumptions);
		}
		String art = ctx.articleId();
		// targets may be defined by files read later: resolved once every agreement is
		// known
		links.forEach((link) -> this.pendingLinks.computeIfAbsent(m, (k) -> new ArrayList<>()).add(link));
		m.value("programme", programme, art, ctx.file());
		m.value("signedAt", signedAt, art, ctx.file());
		worded(ctx, m, "value", value);
		worded(ctx, m, "funding", funding);
		m.value("openToAccession", e.openToAccession(), art, ctx.file());
		items(ctx, m, "participants", participants, this.participantEvidence);
		// a leaving is a claim about the participants ("LV left 2026-03-03")
		items(ctx, m, "participants", departures, this.departureEvidence);
		// so is a rejoining, a suspension or a resumption ("LV rejoined 2026-06-10")
		items(ctx, m, "participants", changes, this.changeEvidence);
		// and so is an agreeing to join ("NO agreed to join 2026-02-26")
		items(ctx, m, "participants", agreed, this.agreedEvidence);
		Map<String, Set<String>> knownMembers = this.memberReports.computeIfAbsent(m.id, (k) -> new HashMap<>());
		members.forEach((party) -> knownMembers.computeIfAbsent(party, (k) -> new TreeSet<>()).add(ctx.articleId()));
		items(ctx, m, "events", events, this.eventEvidence);
		m.value("title", e.title(), art, ctx.file());
		m.value("kind", kind, art, ctx.file());
		m.value("signedOn", signedOn, art, ctx.file());
		Article article = this.articles.get(art);
		if (signedOn == null && article != null && !article.corrects().isEmpty()) {
			// a correction's SIGNED event may correct its report's signedOn: decided
			// once every report is read
			dated.values()
				.stream()
				.filter((event) -> event.stage() == LifecycleStage.SIGNED)
				.map(EventKey::date)
				.min(Comparator.comparing(ResolvedDate::first))
				.ifPresent((day) -> this.correctionSignings.computeIfAbsent(m, (k) -> new ArrayList<>())
					.add(new CorrectionSigning(art, day, ctx.file())));
		}
		m.value("signedIn", e.signedIn(), art, ctx.file());
		m.value("summary", e.summary(), art, ctx.file());
		parties.forEach((party) -> m.item("parties", party, art, ctx.file()));
		m.evidence(evidence);
		disputes(ctx, where, this.agreementReports, m, e.contradicts(), e.disputeNote());
	}

	/**
	 * A curated link waiting for every agreement to be known.
	 *
	 * @param where the link's entry, for messages
	 * @param kind how the agreements relate
	 * @param target the target's local id
	 * @param evidence the words that report it
	 * @param articleId the article reporting it
	 * @param file the curated file
	 */
	private record PendingLink(String where, AgreementLinkKind kind, String target, List<Evidence> evidence,
			String articleId, String file) {
	}

	/** A link as a list item of its agreement; its evidence is kept beside it. */
	record LinkKey(AgreementLinkKind kind, String targetId) {
	}

	private final Map<Merged, List<PendingLink>> pendingLinks = new LinkedHashMap<>();

	private final Map<String, Map<LinkKey, List<Evidence>>> linkEvidence = new HashMap<>();

	/** Where each link was first curated, by source id and key, for messages. */
	private final Map<String, String> linkWhere = new HashMap<>();

	/** Resolves every curated link: unknown targets and links to self are problems. */
	private void resolveLinks() {
		this.pendingLinks.forEach((m, links) -> {
			for (PendingLink link : links) {
				String target = optionalRef(link.where(), "target", link.target(), this.agreementReports);
				if (target == null) {
					continue;
				}
				if (target.equals(m.id)) {
					this.problems.add(link.where() + ": target '" + Problems.escape(link.target())
							+ "' is the agreement itself; a link joins two different agreements");
					continue;
				}
				LinkKey key = new LinkKey(link.kind(), target);
				m.item("links", key, link.articleId(), link.file());
				List<Evidence> known = this.linkEvidence.computeIfAbsent(m.id, (k) -> new LinkedHashMap<>())
					.computeIfAbsent(key, (k) -> new ArrayList<>());
				link.evidence().stream().filter((ev) -> !known.contains(ev)).forEach(known::add);
				this.linkWhere.putIfAbsent(m.id + " " + key, link.where());
			}
		});
		this.pendingLinks.clear();
	}

	/**
	 * Agreements that supersede one another in a circle cannot all be the later one: one
	 * problem per circle, naming the link that closes it.
	 */
	private void supersedesCycles() {
		Map<String, Integer> state = new HashMap<>();
		for (String id : this.agreements.keySet()) {
			supersedes(id, new ArrayList<>(), state);
		}
	}

	private void supersedes(String id, List<String> path, Map<String, Integer> state) {
		Integer seen = state.get(id);
		if (seen != null && seen == 2) {
			return;
		}
		if (seen != null && seen == 1) {
			List<String> circle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
			circle.add(id);
			String from = path.get(path.size() - 1);
			String where = this.linkWhere.get(from + " " + new LinkKey(AgreementLinkKind.SUPERSEDES, id));
			this.problems.add(where + ": SUPERSEDES makes a circle ("
					+ circle.stream().map((a) -> NodeId.parse(a).key()).collect(Collectors.joining(" supersedes "))
					+ "); an agreement cannot supersede one that supersedes it");
			return;
		}
		state.put(id, 1);
		path.add(id);
		Agreement agreement = this.agreements.get(id);
		if (agreement != null) {
			for (AgreementLink link : agreement.links()) {
				if (link.kind() == AgreementLinkKind.SUPERSEDES) {
					supersedes(link.targetId(), path, state);
				}
			}
		}
		path.remove(path.size() - 1);
		state.put(id, 2);
	}

	private void finishAgreements() {
		resolveContradictions(this.agreementReports);
		for (Merged m : this.agreementReports.all()) {
			Set<String> withdrawnBy = this.withdrawnAgreements.get(m.id);
			if (withdrawnBy != null) {
				// not served: kept on the corrections that withdraw it, with what its
				// reports said of it
				keepWhole("agreements", m, withdrawnBy, this.agreementWithdrawalWords.getOrDefault(m.id, List.of()),
						withdrawnAgreement(m));
				continue;
			}
			String title = (String) m.value("title");
			AgreementKind kind = (AgreementKind) m.value("kind");
			if (requiredMerged(this.agreementReports, m, "title", title)
					&& requiredMerged(this.agreementReports, m, "kind", kind)) {
				ResolvedDate signedOn = (ResolvedDate) m.value("signedOn");
				String summary = (String) m.value("summary");
				Set<Object> disputedEvents = new LinkedHashSet<>();
				List<LifecycleEvent> events = lifecycleEvents(m, disputedEvents);
				// one change dated on days that cannot both be true disputes the
				// agreement, as a disputed leaving does
				m.disputedItems("events", disputedEvents);
				Lifecycle lifecycle = Lifecycle.of(events, (signedOn != null) ? signedOn.iso() : null);
				List<Object> listed = m.items("participants");
				Map<ParticipantKey, List<Evidence>> participantEvidence = folded(
						listed.stream()
							.filter(ParticipantKey.class::isInstance)
							.map(ParticipantKey.class::cast)
							.toList(),
						this.participantEvidence.getOrDefault(m.id, Map.of()), ParticipantKey::joinedOn,
						(a, b) -> a.partyId().equals(b.partyId()) && a.role() == b.role());
				Map<DepartureKey, List<Evidence>> departureEvidence = folded(
						listed.stream().filter(DepartureKey.class::isInstance).map(DepartureKey.class::cast).toList(),
						this.departureEvidence.getOrDefault(m.id, Map.of()), DepartureKey::leftOn,
						(a, b) -> a.partyId().equals(b.partyId()));
				Map<ChangeKey, List<Evidence>> changeEvidence = folded(
						listed.stream().filter(ChangeKey.class::isInstance).map(ChangeKey.class::cast).toList(),
						this.changeEvidence.getOrDefault(m.id, Map.of()), ChangeKey::on,
						(a, b) -> a.partyId().equals(b.partyId()) && a.change() == b.change());
				Map<AgreedKey, List<Evidence>> agreedEvidence = folded(
						listed.stream().filter(AgreedKey.class::isInstance).map(AgreedKey.class::cast).toList(),
						this.agreedEvidence.getOrDefault(m.id, Map.of()), AgreedKey::agreedOn,
						(a, b) -> a.partyId().equals(b.partyId()));
				Map<String, Set<String>> members = this.memberReports.getOrDefault(m.id, Map.of());
				Set<Object> disputing = new LinkedHashSet<>();
				// the items the participants show: of joinings that share a day the most
				// precise, and the leavings and changes their periods show
				Set<Object> shown = new LinkedHashSet<>(participantEvidence.keySet());
				List<Participant> participants = participantEvidence.entrySet()
					.stream()
					.map((participant) -> agreed(m,
							participant(m, participant.getKey(), participant.getValue(), departureEvidence,
									changeEvidence, members.getOrDefault(participant.getKey().partyId(), Set.of()),
									disputing, shown),
							participant.getKey(), agreedEvidence.keySet(), shown))
					.toList();
				// a disputed leaving disputes the agreement, as a competing value does
				m.disputedItems("participants", disputing);
				m.showsItems("participants", shown);
				Map<LinkKey, List<Evidence>> linkEvidence = this.linkEvidence.getOrDefault(m.id, Map.of());
				List<AgreementLink> links = m.<LinkKey>items("links")
					.stream()
					.map((key) -> new AgreementLink(key.kind(), m.id, key.targetId(),
							List.copyOf(linkEvidence.get(key))))
					.toList();
				List<String> partyIds = m.items("parties");
				java.util.LinkedHashSet<String> countryIds = new LinkedHashSet<>(partyIds);
				participants.stream()
					.map(Participant::countryId)
					.filter(java.util.Objects::nonNull)
					.forEach(countryIds::add);
				List<String> leaderIds = participants.stream()
					.filter((p) -> p.role() == ParticipantRole.CO_LEADER)
					.map(Participant::countryId)
					.filter(java.util.Objects::nonNull)
					.distinct()
					.toList();
				this.agreements.put(m.id, new Agreement(m.id, title, kind, (signedOn != null) ? signedOn.iso() : null,
						(String) m.value("signedIn"), m.items("parties"), summary, m.evidence(),
						SearchText.of(title, summary), (signedOn != null) ? signedOn.precision() : null, provenance(m),
						(Money) worded(m, "value"), (Money) worded(m, "funding"), events, lifecycle.status(),
						lifecycle.activeFrom(), lifecycle.activeUntil(), participants,
						(Boolean) m.value("openToAccession"), List.copyOf(countryIds), leaderIds, links,
						links.stream().map(AgreementLink::targetId).distinct().toList(), (String) m.value("programme"),
						(String) m.value("signedAt"), TakingPart.of(partyIds, participants), lifecycle.suspensions()));
			}
		}
		supersedesCycles();
	}

	/**
	 * The earliest day of a correction's SIGNED events of an agreement whose entry gives
	 * no {@code signedOn}.
	 *
	 * @param articleId node id of the correction
	 * @param day the day
	 * @param file the correction's curated file
	 */
	private record CorrectionSigning(String articleId, ResolvedDate day, String file) {
	}

	private final Map<Merged, List<CorrectionSigning>> correctionSignings = new HashMap<>();

	/**
	 * A correction that dates an agreement's signing by a SIGNED event alone says what a
	 * {@code signedOn} would ("signed on Sunday, not on Monday"): where a report it
	 * corrects gives the agreement a {@code signedOn}, the event's earliest day is the
	 * correction's {@code signedOn} too, so that it corrects the report's as a
	 * {@code signedOn} would. A correction of a report that gives no {@code signedOn},
	 * and any other report, gives none by its events.
	 */
	private void correctionSignings(Merged m) {
		List<CorrectionSigning> signings = this.correctionSignings.remove(m);
		if (signings == null) {
			return;
		}
		Set<String> stating = new HashSet<>();
		m.valueSources("signedOn").values().forEach(stating::addAll);
		for (CorrectionSigning signing : signings) {
			if (stating.stream()
				.anyMatch(
						(article) -> this.correctedBy.getOrDefault(article, Set.of()).contains(signing.articleId()))) {
				m.value("signedOn", signing.day(), signing.articleId(), signing.file());
			}
		}
	}

	/**
	 * Withdraws the lifecycle events of an agreement that their publisher corrected, as a
	 * corrected value is withdrawn: an event each article giving it is corrected by an
	 * article that re-dates it. A correction's day of a stage (an event of the stage, or,
	 * for a signing, its {@code signedOn}) re-dates the report's day of that stage
	 * nearest to it (the earlier of two as near), unless it agrees with one of the
	 * report's days: shares a day with one that is no less precise than it (a report's
	 * month holding the correction's day does not confirm it). So a correction re-dating
	 * the first of a report's two suspensions leaves the second standing. An event the
	 * correction gives a day sharing a day with is never withdrawn. The event is not
	 * served (so it neither dates the agreement's taking effect nor competes with another
	 * day of its change) and stays a claim of {@code events} naming the correction; an
	 * event of a stage the correction does not date stands.
	 */
	private void correctedEvents(Merged m) {
		if (this.correctedBy.isEmpty()) {
			return;
		}
		correctionSignings(m);
		List<EventKey> events = m.items("events");
		// the days each article gives for each stage
		Map<String, List<EventKey>> given = new HashMap<>();
		for (EventKey event : events) {
			m.itemSources("events", event)
				.forEach((article) -> given.computeIfAbsent(article, (k) -> new ArrayList<>()).add(event));
		}
		m.valueSources("signedOn")
			.forEach((day, articles) -> articles
				.forEach((article) -> given.computeIfAbsent(article, (k) -> new ArrayList<>())
					.add(new EventKey(LifecycleStage.SIGNED, (ResolvedDate) day))));
		withdrawReDated(m, "events", events, given, EventKey::stage, EventKey::date);
	}

	/**
	 * Withdraws the days of an agreement's participants' changes (a leaving, a rejoining,
	 * a suspension, a resumption) that their publisher corrected, as
	 * {@link #correctedEvents} withdraws events: a correction's day for a party's change
	 * re-dates the report's day of that party's change nearest to it. The day is not
	 * served (the periods read the correction's) and competes with none.
	 */
	private void correctedParticipantDays(Merged m) {
		if (this.correctedBy.isEmpty()) {
			return;
		}
		List<ReportMerger.PartyItem> changes = m.<Object>items("participants")
			.stream()
			.filter((item) -> item instanceof DepartureKey || item instanceof ChangeKey)
			.map(ReportMerger.PartyItem.class::cast)
			.toList();
		Map<String, List<ReportMerger.PartyItem>> given = new HashMap<>();
		for (ReportMerger.PartyItem change : changes) {
			m.itemSources("participants", change)
				.forEach((article) -> given.computeIfAbsent(article, (k) -> new ArrayList<>()).add(change));
		}
		withdrawReDated(m, "participants", changes, given,
				(item) -> (item instanceof ChangeKey change) ? List.of(change.partyId(), change.change())
						: List.of(item.partyId()),
				(item) -> (item instanceof ChangeKey change) ? change.on() : ((DepartureKey) item).leftOn());
	}

	/**
	 * Withdraws each of {@code items} (of list {@code field}) that a correction of an
	 * article giving it re-dates ({@link #reDated}) and gives no day sharing a day with.
	 * @param given the items each article gives, by node id (an event list adds the
	 * signings that {@code signedOn} gives)
	 * @param kind what change an item dates: only days of one kind re-date each other
	 * @param day the day an item gives
	 */
	private <T> void withdrawReDated(Merged m, String field, List<T> items, Map<String, List<T>> given,
			Function<T, Object> kind, Function<T, ResolvedDate> day) {
		for (T item : items) {
			ResolvedDate on = day.apply(item);
			for (String article : m.itemSources(field, item)) {
				List<ResolvedDate> reported = days(given, article, kind.apply(item), kind, day);
				for (String correction : this.correctedBy.getOrDefault(article, Set.of())) {
					List<ResolvedDate> days = days(given, correction, kind.apply(item), kind, day);
					if (days.stream().noneMatch((other) -> other.overlaps(on))
							&& days.stream().anyMatch((other) -> on.equals(reDated(other, reported, days)))) {
						m.withdrawExactItem(field, item, correction);
					}
				}
			}
		}
	}

	/**
	 * The days {@code article} gives for changes of {@code kind}, as {@code given} holds
	 * them.
	 */
	private static <T> List<ResolvedDate> days(Map<String, List<T>> given, String article, Object kind,
			Function<T, Object> kindOf, Function<T, ResolvedDate> day) {
		return given.getOrDefault(article, List.of())
			.stream()
			.filter((item) -> kindOf.apply(item).equals(kind))
			.map(day)
			.toList();
	}

	/**
	 * The report's day (of {@code reported}) that a correction's {@code day} re-dates: of
	 * those none of the correction's days ({@code correcting}) shares a day with, the
	 * nearest, the earlier of two as near; null when the day agrees with one of the
	 * report's (shares a day with one no less precise).
	 */
	private static @Nullable ResolvedDate reDated(ResolvedDate day, List<ResolvedDate> reported,
			List<ResolvedDate> correcting) {
		if (reported.stream().anyMatch((other) -> other.overlaps(day) && !other.coarser(day))) {
			return null;
		}
		return reported.stream()
			.filter((other) -> correcting.stream().noneMatch(other::overlaps))
			.min(Comparator.comparingLong((ResolvedDate other) -> other.daysFrom(day))
				.thenComparing(ResolvedDate::first))
			.orElse(null);
	}

	/**
	 * An agreement's dated lifecycle events, merged from its reports, in order, each
	 * change once ({@link ChangeDays#events}).
	 * @param disputing the events' claims whose days compete, added to
	 */
	private List<LifecycleEvent> lifecycleEvents(Merged m, Set<Object> disputing) {
		Map<EventKey, List<Evidence>> eventEvidence = folded(m.items("events"),
				this.eventEvidence.getOrDefault(m.id, Map.of()), EventKey::date, (a, b) -> a.stage() == b.stage());
		// of events that share a day the most precise is shown, and of one change's
		// reports the one served
		Set<Object> shown = new LinkedHashSet<>();
		List<LifecycleEvent> events = ChangeDays.events(eventEvidence, disputing, shown);
		m.showsItems("events", shown);
		return events.stream().sorted(Lifecycle.ORDER).toList();
	}

	/**
	 * What the reports of an agreement a correction withdraws whole said of it besides
	 * its title, kept on the correction so that a reader can tell which it was.
	 */
	private WithdrawnAgreement withdrawnAgreement(Merged m) {
		ResolvedDate signedOn = (ResolvedDate) m.value("signedOn");
		AgreementKind kind = (AgreementKind) m.value("kind");
		List<String> partyIds = m.items("parties");
		LifecycleStage status = Lifecycle
			.of(lifecycleEvents(m, new HashSet<>()), (signedOn != null) ? signedOn.iso() : null)
			.status();
		return new WithdrawnAgreement((kind != null) ? kind.name() : null, (signedOn != null) ? signedOn.iso() : null,
				(signedOn != null) ? signedOn.precision() : null, (String) m.value("signedIn"), partyIds,
				partyIds.stream().map((id) -> {
					Country country = this.countries.get(id);
					return (country != null) ? country.name() : NodeId.parse(id).key();
				}).toList(), (status != null) ? status.name() : null);
	}

	private void area(Context ctx, String where, CuratedFile.AreaEntry e) {
		String agreement = optionalRef(where, "agreement", e.agreement(), this.agreementReports);
		AreaCategory category = optionalEnum(where, "category", e.category(), AreaCategory.class);
		List<Evidence> evidence = requiredEvidence(ctx, where, e.evidence());
		Merged m = entry(ctx, where, this.areaReports, e.id(), e.sameAs());
		if (m == null || !fixed(ctx, where, m, "agreement", agreement)) {
			return;
		}
		String art = ctx.articleId();
		m.value("agreement", agreement, art, ctx.file());
		m.value("name", e.name(), art, ctx.file());
		m.value("category", category, art, ctx.file());
		m.value("description", e.description(), art, ctx.file());
		m.evidence(evidence);
		disputes(ctx, where, this.areaReports, m, e.contradicts(), e.disputeNote());
	}

	/**
	 * @param withdrawn node ids of the facts corrections withdraw: not served
	 */
	private void finishAreas(Set<String> withdrawn) {
		resolveContradictions(this.areaReports);
		for (Merged m : this.areaReports.all()) {
			if (withdrawn.contains(m.id)) {
				continue;
			}
			String agreement = (String) m.value("agreement");
			String name = (String) m.value("name");
			AreaCategory category = (AreaCategory) m.value("category");
			if (requiredMerged(this.areaReports, m, "agreement", agreement)
					&& requiredMerged(this.areaReports, m, "name", name)
					&& requiredMerged(this.areaReports, m, "category", category)) {
				String description = (String) m.value("description");
				this.areas.put(m.id, new CooperationArea(m.id, agreement, name, category, description, m.evidence(),
						SearchText.of(name, description), provenance(m)));
			}
		}
	}

	// ---- signatories, commitments, statements ----

	private void signatory(Context ctx, String where, CuratedFile.SignatoryEntry e) {
		String agreement = optionalRef(where, "agreement", e.agreement(), this.agreementReports);
		String person = optionalRef(where, "person", e.person(), this.personReports);
		String organization = optionalRef(where, "organization", e.organization(), this.organizationReports);
		String onBehalfOf = optionalRef(where, "onBehalfOf", e.onBehalfOf(), this.countryReports);
		List<Evidence> evidence = requiredEvidence(ctx, where, e.evidence());
		Merged m = entry(ctx, where, this.signatoryReports, e.id(), e.sameAs());
		if (m == null || !fixed(ctx, where, m, "agreement", agreement)) {
			return;
		}
		String art = ctx.articleId();
		m.value("agreement", agreement, art, ctx.file());
		m.value("person", person, art, ctx.file());
		m.value("organization", organization, art, ctx.file());
		m.value("onBehalfOf", onBehalfOf, art, ctx.file());
		m.value("role", (e.role() != null) ? new Role(e.role()) : null, art, ctx.file());
		m.evidence(evidence);
		disputes(ctx, where, this.signatoryReports, m, e.contradicts(), e.disputeNote());
	}

	/**
	 * @param withdrawn node ids of the facts corrections withdraw: not served
	 */
	private void finishSignatories(Set<String> withdrawn) {
		resolveContradictions(this.signatoryReports);
		for (Merged m : this.signatoryReports.all()) {
			if (withdrawn.contains(m.id)) {
				continue;
			}
			String agreement = (String) m.value("agreement");
			String person = (String) m.value("person");
			String organization = (String) m.value("organization");
			Role role = (Role) m.value("role");
			if (!requiredMerged(this.signatoryReports, m, "agreement", agreement)) {
				continue;
			}
			if (person == null && organization == null) {
				if (!this.signatoryReports.broken(m.id)) {
					this.problems.add(m.where + ": needs a person or an organization");
				}
				continue;
			}
			this.signatories.put(m.id, new Signatory(m.id, agreement, person, organization,
					(String) m.value("onBehalfOf"), (role != null) ? role.words() : null, m.evidence(), provenance(m)));
		}
	}

	private void commitment(Context ctx, String where, CuratedFile.CommitmentEntry e) {
		String agreement = optionalRef(where, "agreement", e.agreement(), this.agreementReports);
		String obligor = party(where, "obligor", e.obligor());
		List<String> obligors = new ArrayList<>();
		if (obligor != null) {
			obligors.add(obligor);
		}
		List<String> more = (e.obligors() != null) ? e.obligors() : List.of();
		for (int i = 0; i < more.size(); i++) {
			String other = party(where, "obligors[" + i + "]", more.get(i));
			if (other != null && !obligors.contains(other)) {
				obligors.add(other);
			}
		}
		FundingSource fundingSource = fundingSource(ctx, where, e.fundingSource());
		Condition condition = condition(ctx, where, e.condition());
		ResolvedDate fulfilledOn = date(ctx, where, "fulfilledOn", e.fulfilledOn());
		Quantity delivered = quantity(ctx, where, "delivered", e.delivered());
		String beneficiary = party(where, "beneficiary", e.beneficiary());
		CommitmentStatus status = optionalEnum(where, "status", e.status(), CommitmentStatus.class);
		List<String> areaIds = refs(where, "areas", e.areas(), this.areaReports);
		Money amount = money(ctx, where, "amount", e.amount());
		Quantity quantity = quantity(ctx, where, "quantity", e.quantity());
		ResolvedDate dueBy = date(ctx, where, "dueBy", e.dueBy());
		List<Evidence> evidence = requiredEvidence(ctx, where, e.evidence());
		Merged m = entry(ctx, where, this.commitmentReports, e.id(), e.sameAs());
		if (m == null) {
			return;
		}
		String art = ctx.articleId();
		worded(ctx, m, "amount", amount);
		worded(ctx, m, "quantity", quantity);
		m.value("dueBy", dueBy, art, ctx.file());
		obligors.forEach((party) -> m.item("obligors", party, art, ctx.file()));
		worded(ctx, m, "fundingSource", fundingSource);
		worded(ctx, m, "condition", condition);
		m.value("fulfilledOn", fulfilledOn, art, ctx.file());
		worded(ctx, m, "delivered", delivered);
		m.value("agreement", agreement, art, ctx.file());
		m.value("obligor", obligor, art, ctx.file());
		m.value("beneficiary", beneficiary, art, ctx.file());
		m.value("description", e.description(), art, ctx.file());
		m.value("status", status, art, ctx.file());
		areaIds.forEach((area) -> m.item("areas", area, art, ctx.file()));
		m.evidence(evidence);
		disputes(ctx, where, this.commitmentReports, m, e.contradicts(), e.disputeNote());
	}

	/**
	 * @param withdrawn node ids of the facts corrections withdraw: not served
	 */
	private void finishCommitments(Set<String> withdrawn) {
		resolveContradictions(this.commitmentReports);
		for (Merged m : this.commitmentReports.all()) {
			if (withdrawn.contains(m.id)) {
				continue;
			}
			withdrawnAreas(m);
			outgrownStages(m);
			// an obligor a correction withdrew from the obligors is withdrawn as the
			// obligor too, whoever states it: a corrected value, which neither competes
			// with the one shown nor is served
			m.withdrawValues("obligor", m.withdrawnItems("obligors"));
			List<String> obligors = m.items("obligors");
			String stated = (String) m.value("obligor");
			// the obligor a report names, unless a correction withdrew it from the
			// obligors
			String obligor = (stated != null && obligors.contains(stated)) ? stated
					: (obligors.isEmpty() ? null : obligors.get(0));
			m.shows("obligor", obligor);
			FundingSource fundingSource = (FundingSource) worded(m, "fundingSource");
			String description = (String) m.value("description");
			CommitmentStatus status = (CommitmentStatus) m.value("status");
			ResolvedDate fulfilledOn = (ResolvedDate) m.value("fulfilledOn");
			if (obligor == null && fundingSource == null) {
				if (!this.commitmentReports.broken(m.id) && !this.unusableKeys.contains(NodeId.parse(m.id).key())) {
					this.problems.add(m.where + ": needs an 'obligor' (or 'obligors'), or a 'fundingSource' "
							+ "when the article names only where the money comes from");
				}
				this.commitmentReports.markBroken(m.id);
				continue;
			}
			if (fulfilledOn != null && status != null && status != CommitmentStatus.FULFILLED) {
				this.problems.add(m.where + ": 'fulfilledOn' is given but status is " + status + ", not FULFILLED");
				this.commitmentReports.markBroken(m.id);
				continue;
			}
			if (requiredMerged(this.commitmentReports, m, "description", description)
					&& requiredMerged(this.commitmentReports, m, "status", status)) {
				Money amount = (Money) worded(m, "amount");
				ResolvedDate dueBy = (ResolvedDate) m.value("dueBy");
				this.commitments.put(m.id,
						new Commitment(m.id, (String) m.value("agreement"), obligor, (String) m.value("beneficiary"),
								description, status, m.items("areas"), m.evidence(), SearchText.of(description),
								provenance(m), amount, (Quantity) worded(m, "quantity"),
								(dueBy != null) ? dueBy.iso() : null, (dueBy != null) ? dueBy.precision() : null,
								(amount != null) ? Amounts.key(new BigDecimal(amount.amount())) : null, obligors,
								fundingSource, (fulfilledOn != null) ? fulfilledOn.iso() : null,
								(fulfilledOn != null) ? fulfilledOn.precision() : null,
								(Quantity) worded(m, "delivered"), (Condition) worded(m, "condition"),
								obligors.stream().map(this::countryOf).filter(Objects::nonNull).distinct().toList()));
			}
		}
	}

	/** The statuses that end a commitment: what it came to. */
	private static final Set<CommitmentStatus> OUTCOMES = EnumSet.of(CommitmentStatus.FULFILLED,
			CommitmentStatus.WITHDRAWN);

	/**
	 * A commitment as time passes: articles that report it promised (or intended, or
	 * under negotiation) and a later one that reports it fulfilled (or withdrawn) tell
	 * its story, not a dispute; so do a delivery in part and a larger one a later article
	 * reports. The earlier status or delivery is outgrown: a claim that competes with
	 * none and is not served. A status reported after the outcome, or a smaller delivery
	 * reported after a larger one, still disagrees.
	 */
	private void outgrownStages(Merged m) {
		Map<Object, Set<String>> statuses = m.valueSources("status");
		String outcome = statuses.entrySet()
			.stream()
			.filter((e) -> OUTCOMES.contains(e.getKey()))
			.map((e) -> latest(e.getValue()))
			.max(String::compareTo)
			.orElse(null);
		if (outcome != null) {
			m.outgrown("status",
					statuses.entrySet()
						.stream()
						.filter((e) -> !OUTCOMES.contains(e.getKey()) && latest(e.getValue()).compareTo(outcome) < 0)
						.map(Map.Entry::getKey)
						.toList());
		}
		Map<Object, Set<String>> deliveries = m.valueSources("delivered");
		if (deliveries.size() > 1) {
			List<Object> outgrown = new ArrayList<>();
			deliveries.forEach((value, articles) -> {
				String reported = latest(articles);
				if (deliveries.entrySet()
					.stream()
					.anyMatch((later) -> more((Quantity) later.getKey(), (Quantity) value)
							&& latest(later.getValue()).compareTo(reported) > 0)) {
					outgrown.add(value);
				}
			});
			m.outgrown("delivered", outgrown);
		}
	}

	/** The latest publication date (ISO) of these articles. */
	private String latest(Set<String> articleIds) {
		return articleIds.stream()
			.map(this.publishedOn::get)
			.filter(Objects::nonNull)
			.max(String::compareTo)
			.orElse("");
	}

	/**
	 * Whether {@code a} counts more of the same things than {@code b}: the same unit, and
	 * the same item where both name one.
	 */
	private static boolean more(Quantity a, Quantity b) {
		return Objects.equals(a.unit(), b.unit())
				&& (a.item() == null || b.item() == null || a.item().equalsIgnoreCase(b.item()))
				&& new BigDecimal(a.value()).compareTo(new BigDecimal(b.value())) > 0;
	}

	private void statement(Context ctx, String where, CuratedFile.StatementEntry e) {
		String speaker = speaker(where, e.speaker());
		String onBehalfOf = optionalRef(where, "onBehalfOf", e.onBehalfOf(), this.organizationReports);
		List<Evidence> onBehalfOfEvidence = evidence(ctx, where + ": onBehalfOfEvidence", e.onBehalfOfEvidence());
		if (e.onBehalfOfEvidence() != null && e.onBehalfOf() == null) {
			this.problems.add(where + ": 'onBehalfOfEvidence' is given without 'onBehalfOf'");
		}
		if (speaker != null && onBehalfOf != null && NodeId.parse(speaker).type().equals(Organization.TYPE)) {
			this.problems.add(where + ": speaker '" + Problems.escape(e.speaker())
					+ "' is an organization; 'onBehalfOf' is for a person speaking for an organization");
			return;
		}
		StatementKind kind = optionalEnum(where, "kind", e.kind(), StatementKind.class);
		ResolvedDate saidOn = date(ctx, where, "saidOn", e.saidOn());
		String agreement = optionalRef(where, "agreement", e.agreement(), this.agreementReports);
		String event = optionalRef(where, "event", e.event(), this.eventReports);
		List<String> areaIds = refs(where, "areas", e.areas(), this.areaReports);
		List<Evidence> evidence = requiredEvidence(ctx, where, e.evidence());
		if (e.text() != null && !evidence.isEmpty()
				&& evidence.stream().noneMatch((ev) -> ev.excerpt().contains(e.text()))) {
			this.problems.add(where + ": text does not appear verbatim in any of its evidence excerpts");
			return;
		}
		Merged m = entry(ctx, where, this.statementReports, e.id(), e.sameAs());
		if (m == null) {
			return;
		}
		String art = ctx.articleId();
		m.value("speaker", speaker, art, ctx.file());
		m.value("speakerRole", e.speakerRole(), art, ctx.file());
		m.value("onBehalfOf", onBehalfOf, art, ctx.file());
		List<Evidence> knownOnBehalf = this.onBehalfOfEvidence.computeIfAbsent(m.id, (k) -> new ArrayList<>());
		onBehalfOfEvidence.stream().filter((ev) -> !knownOnBehalf.contains(ev)).forEach(knownOnBehalf::add);
		m.value("kind", kind, art, ctx.file());
		m.value("text", e.text(), art, ctx.file());
		m.value("saidOn", saidOn, art, ctx.file());
		m.value("occasion", e.occasion(), art, ctx.file());
		m.value("event", event, art, ctx.file());
		m.value("agreement", agreement, art, ctx.file());
		areaIds.forEach((area) -> m.item("areas", area, art, ctx.file()));
		m.evidence(evidence);
		disputes(ctx, where, this.statementReports, m, e.contradicts(), e.disputeNote());
	}

	/** Evidence of whose behalf a person speaks for, by statement id. */
	private final Map<String, List<Evidence>> onBehalfOfEvidence = new HashMap<>();

	/** A statement's speaker: a person id, or an organization id when none is named. */
	private @Nullable String speaker(String where, @Nullable String key) {
		if (key == null) {
			return null;
		}
		String person = NodeId.of(Person.TYPE, key);
		String organization = NodeId.of(Organization.TYPE, key);
		if (this.personReports.known(person)) {
			return this.personReports.resolve(person);
		}
		if (this.organizationReports.known(organization)) {
			return this.organizationReports.resolve(organization);
		}
		if (this.skipped.contains(person) || this.skipped.contains(organization)) {
			this.refersToSkipped = true;
			this.followsBrokenEntry = true;
			return null;
		}
		if (this.personReports.broken(person) || this.organizationReports.broken(organization)
				|| this.unusableKeys.contains(key)) {
			this.followsBrokenEntry = true;
			return null;
		}
		this.problems.add(where + ": speaker '" + Problems.escape(key) + "' is not a known Person or Organization id"
				+ didYouMean(key, this.personReports, this.organizationReports));
		return null;
	}

	/**
	 * @param withdrawn node ids of the statements corrections withdraw: not served
	 */
	private void finishStatements(Set<String> withdrawn) {
		resolveContradictions(this.statementReports);
		// each statement is made on every core (its search text and provenance were a
		// fifth of the validation's time on one core at 100k statements): making one
		// reads
		// only what is settled by now; the problems and the statements are then taken in
		// the order of the reports, as one pass took them
		List<Merged> reported = this.statementReports.all();
		List<Merged> all = this.withdrawnFacts.isEmpty() ? reported
				: reported.stream().filter((m) -> !withdrawn.contains(m.id)).toList();
		all.forEach(this::withdrawnAreas);
		Statement[] made = new Statement[all.size()];
		IntStream.range(0, made.length).parallel().forEach((i) -> made[i] = madeStatement(all.get(i)));
		for (int i = 0; i < made.length; i++) {
			Merged m = all.get(i);
			Statement statement = made[i];
			if (statement != null) {
				this.statements.put(m.id, statement);
				continue;
			}
			// not made: a required value is missing (reported here unless its entry was
			// rejected already), or its speaker was rejected for its own problem
			// (reported already)
			if (requiredMerged(this.statementReports, m, "speaker", m.value("speaker"))
					&& requiredMerged(this.statementReports, m, "kind", m.value("kind"))) {
				requiredMerged(this.statementReports, m, "text", m.value("text"));
			}
		}
	}

	/**
	 * The statement a merged report makes, or null when a required value is missing or
	 * its speaker was rejected; reports nothing and changes nothing, so that statements
	 * are made in parallel.
	 */
	private @Nullable Statement madeStatement(Merged m) {
		String speaker = (String) m.value("speaker");
		StatementKind kind = (StatementKind) m.value("kind");
		String text = (String) m.value("text");
		if (!present(speaker) || !present(kind) || !present(text)) {
			return null;
		}
		String personId = null;
		String organizationId = null;
		String speakerName;
		String countryId;
		if (NodeId.parse(speaker).type().equals(Organization.TYPE)) {
			Organization organization = this.organizations.get(speaker);
			if (organization == null) {
				return null;
			}
			organizationId = speaker;
			speakerName = organization.name();
			countryId = organization.countryId();
		}
		else {
			Person person = this.people.get(speaker);
			if (person == null) {
				return null;
			}
			personId = speaker;
			speakerName = person.name();
			countryId = person.countryId();
		}
		String onBehalfOf = (String) m.value("onBehalfOf");
		ResolvedDate saidOn = (ResolvedDate) m.value("saidOn");
		String occasion = (String) m.value("occasion");
		// words about an agreement that was withdrawn stand about the other agreement
		// their sources give, or about none, and keep it as a withdrawn claim
		// (ReportMerger.Merged.withdrawValues)
		String agreement = (String) m.value("agreement");
		return new Statement(m.id, personId, (String) m.value("speakerRole"), countryId, kind, text,
				(saidOn != null) ? saidOn.iso() : null, occasion, agreement, m.items("areas"), m.evidence(),
				SearchText.of(text, speakerName, occasion), (saidOn != null) ? saidOn.precision() : null, provenance(m),
				organizationId, onBehalfOf, List.copyOf(this.onBehalfOfEvidence.getOrDefault(m.id, List.of())),
				(organizationId != null) ? organizationId : onBehalfOf, (String) m.value("event"));
	}

	/** Whether a required value is given: not null, and not a blank string. */
	@Contract("null -> false")
	private static boolean present(@Nullable Object value) {
		return value != null && !(value instanceof String s && s.isBlank());
	}

	// ---- checks shared by every section ----

	@Contract("_, _, null -> false")
	private boolean required(String where, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			this.problems.add(where + ": '" + field + "' is required");
			return false;
		}
		return true;
	}

	/**
	 * A field no report of the entity gave; silent when an entry of it was rejected
	 * already.
	 */
	@Contract("_, _, _, null -> false")
	private boolean requiredMerged(ReportMerger merger, Merged merged, String field, @Nullable Object value) {
		if (!present(value)) {
			if (!merger.broken(merged.id) && !this.unusableKeys.contains(NodeId.parse(merged.id).key())) {
				this.problems.add(merged.where + ": '" + field + "' is required");
			}
			merger.markBroken(merged.id);
			return false;
		}
		return true;
	}

	/**
	 * Whether a curated url, served as it is written (the API's {@code url} fields, the
	 * pages' JSON and JSON-LD, the downloads), is a web address or absent: a
	 * {@code javascript:} or {@code data:} one would run script in a portal that makes it
	 * a link.
	 */
	private boolean webAddress(String where, @Nullable String url) {
		if (url != null && !WEB_ADDRESS.matcher(url).matches()) {
			this.problems.add(where + ": url '" + Problems.escape(url)
					+ "' is not a web address: give an absolute http:// or https:// URL, or null when it is not known");
			return false;
		}
		return true;
	}

	private boolean localId(String where, String key) {
		if (!LOCAL_ID.matcher(key).matches()) {
			this.problems
				.add(where + ": id '" + Problems.escape(key) + "' may only hold letters, digits, '.', '_' and '-'");
			return false;
		}
		return true;
	}

	private <E extends Enum<E>> @Nullable E enumValue(String where, String field, @Nullable String value,
			Class<E> type) {
		if (!required(where, field, value)) {
			return null;
		}
		return optionalEnum(where, field, value, type);
	}

	/** {@code value} as one of {@code type}'s constants; null when it is none. */
	private static <E extends Enum<E>> @Nullable E enumOrNull(String value, Class<E> type) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private <E extends Enum<E>> @Nullable E optionalEnum(String where, String field, @Nullable String value,
			Class<E> type) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(where + ": " + field + " '" + Problems.escape(value) + "' is not one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
			return null;
		}
	}

	/**
	 * The node id {@code key} stands for (the survivor when its own id was retired), or
	 * null with a problem; silent when the entry it names was rejected already.
	 */
	private @Nullable String optionalRef(String where, String field, @Nullable String key, ReportMerger known) {
		if (key == null) {
			return null;
		}
		String id = NodeId.of(known.type(), key);
		if (known.known(id)) {
			return known.resolve(id);
		}
		if (this.skipped.contains(id)) {
			this.refersToSkipped = true;
			this.followsBrokenEntry = true;
			return null;
		}
		if (known.broken(id) || this.unusableKeys.contains(key)) {
			this.followsBrokenEntry = true;
			return null;
		}
		this.problems.add(where + ": " + field + " '" + Problems.escape(key) + "' is not a known " + known.type()
				+ " id" + didYouMean(key, known));
		return null;
	}

	/**
	 * {@code "; did you mean 'x'?"}: the ids of these types closest to {@code key}, if
	 * any is close; for the first hundred unknown references only (each compares the key
	 * with every id of its types).
	 */
	private String didYouMean(String key, ReportMerger... known) {
		if (this.suggested++ >= 100) {
			return "";
		}
		List<String> keys = new ArrayList<>();
		for (ReportMerger merger : known) {
			keys.addAll(merger.keys());
		}
		return Suggestions.didYouMean(key, keys);
	}

	private List<String> refs(String where, String field, @Nullable List<String> keys, ReportMerger known) {
		List<String> ids = new ArrayList<>();
		if (keys != null) {
			for (int i = 0; i < keys.size(); i++) {
				String fieldAt = field + "[" + i + "]";
				if (required(where, fieldAt, keys.get(i))) {
					String id = optionalRef(where, fieldAt, keys.get(i), known);
					if (id != null) {
						ids.add(id);
					}
				}
			}
		}
		return ids;
	}

	/** An obligor or beneficiary: a country code, an organization id or a person id. */
	private @Nullable String party(String where, String field, @Nullable String key) {
		if (key == null) {
			return null;
		}
		for (ReportMerger known : List.of(this.countryReports, this.organizationReports, this.personReports)) {
			String id = NodeId.of(known.type(), key);
			if (known.known(id)) {
				return known.resolve(id);
			}
		}
		for (ReportMerger known : List.of(this.countryReports, this.organizationReports, this.personReports)) {
			if (this.skipped.contains(NodeId.of(known.type(), key))) {
				this.refersToSkipped = true;
				this.followsBrokenEntry = true;
				return null;
			}
			if (known.broken(NodeId.of(known.type(), key)) || this.unusableKeys.contains(key)) {
				this.followsBrokenEntry = true;
				return null;
			}
		}
		this.problems.add(where + ": " + field + " '" + Problems.escape(key)
				+ "' is not a known country, organization or person id"
				+ didYouMean(key, this.countryReports, this.organizationReports, this.personReports));
		return null;
	}

	/**
	 * A signatory's or a post's role in one article's words. Two wordings that name the
	 * same seat by the rule posts fold by ({@link Posts#seatKey}: case, accents, filler
	 * words, word order) agree, "Minister for Strategic Industries" with "Minister of
	 * Strategic Industries"; each stays a claim of its own, and the first reported is
	 * served.
	 */
	record Role(String words) {

		/** Whether the two wordings name the same seat. */
		boolean sameSeat(Role other) {
			return Posts.seatKey(this.words).equals(Posts.seatKey(other.words));
		}

	}

	/** A date and how much of it the article gives. */
	record ResolvedDate(String iso, DatePrecision precision) {

		/** The first day the date may be. */
		LocalDate first() {
			return LocalDate.parse(this.iso);
		}

		/** The last day the date may be: the week's Sunday, the month's or year's end. */
		LocalDate last() {
			return this.precision.last(first());
		}

		/**
		 * The date two reports give: the first, unless the second is a more precise date
		 * that shares a day with it ("in 2023", then "in March 2023"; "in November 2024",
		 * then the week of 28 October).
		 */
		static @Nullable ResolvedDate finer(@Nullable ResolvedDate first, @Nullable ResolvedDate second) {
			if (first == null) {
				return second;
			}
			return (second != null && first.coarser(second)) ? second : first;
		}

		/**
		 * Whether this date is less precise than {@code other} and shares a day with it,
		 * so that both may be true and {@code other} says more: November 2024 beside 4
		 * November, or beside the week of 28 October (to Sunday 3 November).
		 */
		boolean coarser(ResolvedDate other) {
			return overlaps(other) && wider(other);
		}

		/**
		 * Whether the two dates share a day, so that both may be true: the week of 28
		 * October 2024 (to Sunday 3 November) and November 2024 do, two different days do
		 * not.
		 */
		boolean overlaps(ResolvedDate other) {
			return !other.last().isBefore(first()) && !other.first().isAfter(last());
		}

		/**
		 * The days between this date and {@code other}: from the last day of the earlier
		 * to the first of the later; 0 when they share a day.
		 */
		long daysFrom(ResolvedDate other) {
			if (overlaps(other)) {
				return 0;
			}
			return last().isBefore(other.first()) ? other.first().toEpochDay() - last().toEpochDay()
					: first().toEpochDay() - other.last().toEpochDay();
		}

		/** Whether this date spans more days than {@code other}: it is less precise. */
		boolean wider(ResolvedDate other) {
			return last().toEpochDay() - first().toEpochDay() > other.last().toEpochDay() - other.first().toEpochDay();
		}

		@Override
		public String toString() {
			return this.precision.label(this.iso);
		}

	}

	private @Nullable ResolvedDate date(Context ctx, String where, String field, @Nullable String value) {
		if (value == null) {
			return null;
		}
		ResolvedDate date = RelativeDates.resolve(value, ctx.article().date());
		if (date == null) {
			this.problems.add(where + ": " + field + " '" + Problems.escape(value)
					+ "' is neither a date (YYYY-MM-DD) nor a weekday name, "
					+ "nor a day the article gives relative to its own date (today, tonight, this morning, "
					+ "yesterday, last week), a month (2024-10, October 2024) or a year (2024)");
		}
		return date;
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
		String articlePath = ctx.article().path();
		for (int i = 0; i < excerpts.size(); i++) {
			String excerpt = excerpts.get(i);
			String at = where + ": evidence[" + i + "]";
			if (excerpt == null || excerpt.isBlank()) {
				this.problems.add(at + ": empty excerpt");
				continue;
			}
			int start = text.indexOf(excerpt);
			if (start < 0) {
				this.problems.add(at + ": excerpt not found in " + articlePath + ": \""
						+ Problems.escape(Problems.abbreviate(excerpt)) + "\"" + Problems.nearest(text, excerpt));
			}
			else if (text.indexOf(excerpt, start + 1) >= 0) {
				this.problems.add(at + ": excerpt occurs more than once in " + articlePath
						+ ", lengthen it to make it unique: \"" + Problems.escape(Problems.abbreviate(excerpt)) + "\"");
			}
			else {
				evidence.add(new Evidence(ctx.articleId(), start, start + excerpt.length(), excerpt));
			}
		}
		return evidence;
	}

}
