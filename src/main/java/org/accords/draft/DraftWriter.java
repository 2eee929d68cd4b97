package org.accords.draft;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.agreement.LifecycleStage;
import org.accords.draft.Draft.Amount;
import org.accords.draft.Draft.Area;
import org.accords.draft.Draft.CountryRef;
import org.accords.draft.Draft.Deal;
import org.accords.draft.Draft.Joined;
import org.accords.draft.Draft.Left;
import org.accords.draft.Draft.Meeting;
import org.accords.draft.Draft.Money;
import org.accords.draft.Draft.Org;
import org.accords.draft.Draft.Person;
import org.accords.draft.Draft.Pledge;
import org.accords.draft.Draft.Span;
import org.accords.draft.Draft.Stage;
import org.accords.draft.Draft.Stmt;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.graphql.Suggestions;
import org.accords.paging.NodeId;
import org.accords.search.Analyzers;
import org.accords.seed.SeedFolder;
import org.accords.store.SearchText;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a {@link Draft} as a curated file in the loader's format: every entry
 * {@code reviewed: false}, every excerpt lengthened until it occurs exactly once in the
 * article, ids matched to a dataset's entities when one is given.
 */
public final class DraftWriter {

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.disable(YAMLWriteFeature.SPLIT_LINES)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
		.enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
		.build();

	/** A defence ministry's name, folded: "ministry of (national) defence". */
	private static final Pattern DEFENCE_MINISTRY = Pattern.compile("ministry of (?:the )?(?:national )?defen[cs]e");

	private final @Nullable Known known;

	private DraftWriter(@Nullable Known known) {
		this.known = known;
	}

	/** A writer that proposes new ids only. */
	public static DraftWriter standalone() {
		return new DraftWriter(null);
	}

	/**
	 * A writer that reuses the ids (and names) of a dataset's people, organizations and
	 * countries.
	 */
	public static DraftWriter matching(SeedFolder.Contents dataset) {
		return new DraftWriter(Known.of(dataset));
	}

	/**
	 * Entities of a dataset by folded name; agreements as {id, title, kind, parties,
	 * signedAt event id or null, signedOn day (ISO) or null when not known to the day}.
	 */
	record Known(Map<String, String[]> people, Map<String, String[]> organizations, Map<String, String> countries,
			List<String[]> agreements, Map<String, String> signatories, Map<String, List<String[]>> areas,
			Reports reports, Set<String> taken) {

		static Known of(SeedFolder.Contents dataset) {
			Map<String, String[]> people = new HashMap<>();
			dataset.people()
				.forEach((p) -> people.put(SearchText.fold(p.name()),
						new String[] { key(p.id()), p.name(), (p.countryId() != null) ? key(p.countryId()) : null }));
			Map<String, String[]> organizations = new HashMap<>();
			dataset.organizations()
				.forEach((o) -> organizations.put(
						SearchText.fold(o.name()) + "|" + ((o.countryId() != null) ? key(o.countryId()) : ""),
						new String[] { key(o.id()), o.name(), (o.countryId() != null) ? key(o.countryId()) : null,
								o.kind().name() }));
			Map<String, String> countries = new HashMap<>();
			dataset.countries().forEach((c) -> countries.put(c.code(), c.name()));
			List<String[]> agreements = dataset.agreements()
				.stream()
				.map((a) -> new String[] { key(a.id()), a.title(), a.kind().name(),
						partiesKey(a.partyIds().stream().map(Known::key).toList()),
						(a.signedAtId() != null) ? key(a.signedAtId()) : null,
						(a.signedOnPrecision() == DatePrecision.DAY) ? a.signedOn() : null })
				.toList();
			Map<String, String> signatories = new HashMap<>();
			dataset.signatories().forEach((sig) -> {
				String signer = (sig.personId() != null) ? sig.personId() : sig.organizationId();
				if (signer != null) {
					signatories.put(key(sig.agreementId()) + "|" + key(signer), key(sig.id()));
				}
			});
			Map<String, List<String[]>> areas = new HashMap<>();
			dataset.cooperationAreas()
				.forEach((area) -> areas.computeIfAbsent(key(area.agreementId()), (k) -> new ArrayList<>())
					.add(new String[] { key(area.id()), area.name(), area.category().name(),
							Analyzers.proseTerms(area.name()) }));
			// the ids of its commitments, statements and events, which a new entry of
			// this article must not take: under the same id it would be a second report
			// of that entity, merged with it
			Set<String> taken = new HashSet<>();
			dataset.commitments().forEach((c) -> taken.add("c:" + key(c.id())));
			dataset.statements().forEach((st) -> taken.add("s:" + key(st.id())));
			dataset.events().forEach((e) -> taken.add("e:" + key(e.id())));
			return new Known(people, organizations, countries, agreements, signatories, areas, Reports.of(dataset),
					taken);
		}

		/**
		 * The dataset's area of an agreement that has this name, case and singular or
		 * plural aside ("Electronic Warfare Systems", "electronic warfare system"); null
		 * when none.
		 */
		String @Nullable [] area(String agreement, String name) {
			String terms = Analyzers.proseTerms(name);
			return this.areas.getOrDefault(agreement, List.of())
				.stream()
				.filter((area) -> area[3].equals(terms))
				.findFirst()
				.orElse(null);
		}

		/** The names of the dataset's areas of an agreement in a category. */
		List<String> areasOf(String agreement, String category) {
			return this.areas.getOrDefault(agreement, List.of())
				.stream()
				.filter((area) -> area[2].equals(category))
				.map((area) -> area[1])
				.toList();
		}

		/**
		 * The dataset's one defence ministry of a country, when the draft names one by
		 * another of its names: "the Lithuanian defence ministry" (drafted as the
		 * Ministry of Defence) is Lithuania's Ministry of National Defence, as a country
		 * has one. Only the defence portfolio, whose ministry is called either way (the
		 * Polish and Lithuanian ones "of National Defence", most others "of Defence");
		 * other portfolios are matched by name alone, as "economy" may or may not be
		 * "economy and innovation".
		 */
		String @Nullable [] ministry(String name, @Nullable String country) {
			if (country == null || !DEFENCE_MINISTRY.matcher(SearchText.fold(name)).matches()) {
				return null;
			}
			List<String[]> same = this.organizations.values()
				.stream()
				.filter((o) -> country.equals(o[2]) && "MINISTRY".equals(o[3])
						&& DEFENCE_MINISTRY.matcher(SearchText.fold(o[1])).matches())
				.toList();
			return (same.size() == 1) ? same.get(0) : null;
		}

		/**
		 * The dataset's one agreement between the same parties, of the same kind or of
		 * any kind when the draft could only call it an agreement ("the document was
		 * signed"); null when there is none or more than one.
		 */
		String @Nullable [] agreement(String kind, Set<String> parties) {
			List<String[]> same = sameKind(kind, parties);
			return (same.size() == 1) ? same.get(0) : null;
		}

		/**
		 * The dataset's agreements between the same parties, of the same kind or of any
		 * kind when the draft could only call it an agreement.
		 */
		List<String[]> sameKind(String kind, Set<String> parties) {
			String wanted = partiesKey(parties);
			return this.agreements.stream()
				.filter((a) -> a[3].equals(wanted) && (a[2].equals(kind) || kind.equals("AGREEMENT")))
				.toList();
		}

		/**
		 * The dataset's one agreement between the same parties that an article says an
		 * agreement replaces: of the kind its words give ("the letter of intent"), or of
		 * any kind when they give none ("the earlier agreement"); null when there is none
		 * or more than one.
		 */
		String @Nullable [] replaced(@Nullable String kind, Set<String> parties) {
			String wanted = partiesKey(parties);
			List<String[]> same = this.agreements.stream()
				.filter((a) -> a[3].equals(wanted) && (kind == null || a[2].equals(kind)))
				.toList();
			return (same.size() == 1) ? same.get(0) : null;
		}

		/**
		 * The dataset's one person whose name this one is a variant spelling of: the same
		 * first name and as many words, the surname a letter or two apart ("Rustem
		 * Umjerov", "Rustem Umerov"), accents and case aside; null when none or several.
		 */
		String @Nullable [] personSpelledLike(String name) {
			String folded = SearchText.fold(name);
			List<String[]> close = this.people.entrySet()
				.stream()
				.filter((e) -> spelledAlike(e.getKey(), folded))
				.map(Map.Entry::getValue)
				.toList();
			return (close.size() == 1) ? close.get(0) : null;
		}

		/**
		 * Whether two folded names are one spelled two ways: the same first name and as
		 * many words, the surnames of five letters or more a letter or two apart ("rustem
		 * umjerov", "rustem umerov").
		 */
		static boolean spelledAlike(String known, String name) {
			String[] words = name.split("\\s+");
			String[] others = known.split("\\s+");
			String surname = words[words.length - 1];
			String otherSurname = others[others.length - 1];
			return words.length >= 2 && surname.length() >= 5 && others.length == words.length
					&& others[0].equals(words[0]) && !otherSurname.equals(surname)
					&& Suggestions.distance(otherSurname, surname) <= Math.max(1, surname.length() / 4);
		}

		private static String partiesKey(java.util.Collection<String> parties) {
			return String.join(",", new java.util.TreeSet<>(parties));
		}

		/**
		 * By name and country; by name alone when the draft has no country and the name
		 * is unique.
		 */
		String @Nullable [] organization(String name, @Nullable String country) {
			String folded = SearchText.fold(name);
			if (country != null) {
				return this.organizations.get(folded + "|" + country);
			}
			List<String[]> named = this.organizations.entrySet()
				.stream()
				.filter((e) -> e.getKey().startsWith(folded + "|"))
				.map(Map.Entry::getValue)
				.toList();
			return (named.size() == 1) ? named.get(0) : null;
		}

		private static String key(String nodeId) {
			return NodeId.parse(nodeId).key();
		}

	}

	/**
	 * What a dataset says of who reported what, for corrections and leavings: its
	 * articles as {id, publisher, date}; each agreement's articles and participants
	 * (party, role); each signatory seat (agreement and the party signed for) with its
	 * id; each statement's id and articles by its folded text. Ids are local keys.
	 */
	record Reports(List<String[]> articles, Map<String, List<String>> agreementSources,
			Map<String, Map<String, String>> participants, Map<String, String> seats,
			Map<String, List<String[]>> statements) {

		static Reports of(SeedFolder.Contents dataset) {
			List<String[]> articles = dataset.articles()
				.stream()
				.map((a) -> new String[] { Known.key(a.id()), a.publisher(), a.publishedOn() })
				.toList();
			Map<String, List<String>> sources = new HashMap<>();
			Map<String, Map<String, String>> participants = new HashMap<>();
			dataset.agreements().forEach((a) -> {
				sources.put(Known.key(a.id()), keys(a.provenance(), a.evidence()));
				Map<String, String> roles = new LinkedHashMap<>();
				a.partyIds().forEach((party) -> roles.put(Known.key(party), "PARTY"));
				a.participants().forEach((p) -> roles.put(Known.key(p.partyId()), p.role().name()));
				participants.put(Known.key(a.id()), roles);
			});
			Map<String, String> seats = new HashMap<>();
			Set<String> shared = new HashSet<>();
			dataset.signatories().forEach((sig) -> {
				if (sig.onBehalfOfId() != null) {
					String seat = Known.key(sig.agreementId()) + "|" + Known.key(sig.onBehalfOfId());
					if (seats.putIfAbsent(seat, Known.key(sig.id())) != null) {
						// two signers for one party: no one seat to correct
						shared.add(seat);
					}
				}
			});
			shared.forEach(seats::remove);
			Map<String, List<String[]>> statements = new HashMap<>();
			dataset.statements()
				.forEach((st) -> statements.computeIfAbsent(SearchText.fold(st.text()), (k) -> new ArrayList<>())
					.add(new String[] { Known.key(st.id()), String.join(" ", keys(st.provenance(), st.evidence())) }));
			return new Reports(articles, sources, participants, seats, statements);
		}

		/**
		 * The articles that report a fact: its sources (listed when it has several) and
		 * the articles of its evidence.
		 */
		private static List<String> keys(@Nullable Provenance provenance, List<Evidence> evidence) {
			Set<String> keys = new LinkedHashSet<>();
			if (provenance != null && provenance.sourceIds() != null) {
				provenance.sourceIds().forEach((id) -> keys.add(Known.key(id)));
			}
			evidence.forEach((e) -> keys.add(Known.key(e.articleId())));
			return List.copyOf(keys);
		}

		/**
		 * The dataset's one agreement every party of {@code parties} took part in (as a
		 * party or a participant); null when none or several.
		 */
		@Nullable String agreementOf(Set<String> parties) {
			List<String> with = this.participants.entrySet()
				.stream()
				.filter((e) -> !parties.isEmpty() && e.getValue().keySet().containsAll(parties))
				.map(Map.Entry::getKey)
				.toList();
			return (with.size() == 1) ? with.get(0) : null;
		}

		/**
		 * The dataset's articles of this publisher (a parenthesis after its name aside),
		 * published on or before {@code date}, that report one of {@code agreements}, the
		 * latest last.
		 */
		List<String[]> earlierReports(@Nullable String publisher, LocalDate date, String self,
				List<String> agreements) {
			if (publisher == null) {
				return List.of();
			}
			return this.articles.stream()
				.filter((a) -> samePublisher(a[1], publisher) && a[2].compareTo(date.toString()) <= 0
						&& !a[0].equals(self)
						&& agreements.stream()
							.anyMatch((id) -> this.agreementSources.getOrDefault(id, List.of()).contains(a[0])))
				.sorted(Comparator.comparing((String[] a) -> a[2]))
				.toList();
		}

		/**
		 * The dataset's articles of this publisher dated {@code day}, other than
		 * {@code self}, whatever they report.
		 */
		List<String[]> articlesOn(@Nullable String publisher, String day, String self) {
			return this.articles.stream()
				.filter((a) -> publisher != null && samePublisher(a[1], publisher) && a[2].equals(day)
						&& !a[0].equals(self))
				.toList();
		}

		/** The dataset's articles of this publisher, whatever they report. */
		List<String> articlesOf(@Nullable String publisher) {
			return this.articles.stream()
				.filter((a) -> publisher != null && samePublisher(a[1], publisher))
				.map((a) -> a[0])
				.toList();
		}

		private static boolean samePublisher(String a, String b) {
			return bare(a).equals(bare(b));
		}

		/** "Amber Wire (test fixture)" is "amber wire". */
		private static String bare(String publisher) {
			return SearchText.fold(publisher.replaceFirst("\\s*\\([^)]*\\)\\s*\\z", "")).strip();
		}

	}

	/** Sets ids on every entry (from the dataset where it knows the entity). */
	void assignIds(Draft draft, String articleId) {
		Set<String> used = new HashSet<>();
		for (Person person : draft.people) {
			String[] match = (this.known != null) ? this.known.people().get(SearchText.fold(person.name)) : null;
			if (match != null) {
				person.id = match[0];
				person.name = match[1];
				person.country = match[2];
				person.known = true;
				used.add("p:" + person.id);
			}
			else {
				person.id = unique(used, "p:", slug(person.name));
				String[] variant = (this.known != null) ? this.known.personSpelledLike(person.name) : null;
				if (variant != null) {
					person.sameAs = variant[0];
					person.sameAsName = variant[1];
					if (person.country == null) {
						person.country = variant[2];
					}
				}
			}
		}
		for (Org org : draft.organizations) {
			String[] match = (this.known != null) ? this.known.organization(org.name, org.country) : null;
			String[] ministry = (match == null && this.known != null && org.kind.equals("MINISTRY"))
					? this.known.ministry(org.name, org.country) : null;
			if (ministry != null && used.add("o:" + ministry[0])) {
				org.id = ministry[0];
				org.draftedAs = org.name;
				org.name = ministry[1];
			}
			else if (match != null) {
				org.id = match[0];
				org.country = match[2];
				used.add("o:" + org.id);
			}
			else {
				org.id = unique(used, "o:",
						((org.country != null) ? org.country.toLowerCase(Locale.ROOT) + "-" : "") + slug(org.name));
			}
		}
		for (Deal deal : draft.agreements) {
			String[] replaced = (this.known != null && deal.replaces != null)
					? this.known.replaced(deal.replacedKind, deal.parties) : null;
			String[] match = (this.known == null) ? null
					: deal.fromMembership ? membershipAgreement(deal) : sameSigning(draft, deal);
			if (match != null && replaced != null && match[0].equals(replaced[0])) {
				// what the article says it replaces is another agreement than itself
				match = null;
			}
			deal.supersedes = (replaced != null) ? new String[] { replaced[0], replaced[1] } : null;
			if (match != null && used.add("a:" + match[0])) {
				deal.id = match[0];
				deal.title = match[1];
				deal.kind = match[2];
				deal.known = true;
				if (deal.signedOn != null && deal.signedOn.matches("\\d{4}(?:-\\d{2})?") && match[5] != null
						&& match[5].startsWith(deal.signedOn)) {
					// "signed in Oslo in May" of a letter the dataset has signed on 21
					// May: the sources agree (the loader serves the day and disputes
					// nothing either way); the month adds nothing to the dataset's day,
					// so it is left out and named in the header
					deal.signedOnCoarser = deal.signedOn + " agrees with the dataset's " + match[5];
					deal.signedOn = null;
				}
				// a day against a day: "in May" (2025-05) is not the dataset's 21 May
				LocalDate day = (deal.signedOn != null && !deal.signedOn.matches("\\d{4}(?:-\\d{2})?"))
						? SeedFolder.resolveDate(draft.date, deal.signedOn) : null;
				// "last week": its Monday to its Sunday, which the loader agrees with a
				// day in it
				boolean week = deal.signedOn != null && deal.signedOn.endsWith("week");
				if (day != null && match[5] != null
						&& (week ? !isInWeek(LocalDate.parse(match[5]), day) : !day.toString().equals(match[5]))) {
					// the Kyiv wire's "signed on Sunday" against the seed's Monday: a
					// competing value once accepted, which the curator explains
					deal.disputeNote = ((draft.publisher != null) ? draft.publisher : "This article") + " gives "
							+ (week ? "the week of " + day + " as the signing date" : day + " as the signing day")
							+ "; the dataset gives " + match[5] + ".";
					deal.signedOnCorrects = ((draft.publisher != null) ? draft.publisher : "This article")
							+ " now gives "
							+ (week ? "the week of " + day + " as the signing date" : day + " as the signing day")
							+ "; its report gave " + match[5];
					// a SIGNED event on the competing day would start the agreement there
					// without a dispute: the disputed signedOn says it
					deal.stages.removeIf((stage) -> stage.stage() == LifecycleStage.SIGNED);
				}
				if (match[4] != null) {
					// the dataset knows where it was signed (the seed's "during a visit
					// by
					// Kasciunas"): the occasion this report gives is that event, not a
					// second visit or a competing signing ceremony
					if (deal.signedAt != null) {
						draft.events.remove(deal.signedAt);
					}
					deal.signedAt = null;
					deal.knownSignedAt = match[4];
				}
			}
			else {
				// an agreement a party left names no parties: its words alone; an id the
				// dataset gives another agreement is not taken
				String id = agreementId(draft, deal);
				Set<String> theDatasets = new HashSet<>();
				if (this.known != null) {
					this.known.agreements().forEach((a) -> theDatasets.add(a[0]));
				}
				String candidate = id;
				for (int i = 2; theDatasets.contains(candidate) || !used.add("a:" + candidate); i++) {
					candidate = id + "-" + i;
				}
				deal.id = candidate;
			}
		}
		Set<String> taken = (this.known != null) ? this.known.taken() : Set.of();
		for (Meeting event : draft.events) {
			event.id = unique(used, taken, "e:", slug(event.name + " " + ((event.date != null) ? event.date : "")));
		}
		for (Pledge pledge : draft.commitments) {
			String obligor = (pledge.obligorOrganization != null) ? pledge.obligorOrganization.name
					: (pledge.obligor != null) ? pledge.obligor : String.join(" ", pledge.obligors);
			String what = (pledge.amount != null) ? pledge.amount.money().normalized()
					: (pledge.quantity != null) ? quantityWords(draft.text, pledge) : "delivery";
			pledge.id = unique(used, taken, "c:", slug(obligor + " " + what));
		}
		for (Stmt stmt : draft.statements) {
			String who = (stmt.speaker != null) ? lastWord(stmt.speaker.name)
					: (stmt.organization != null) ? lastWord(stmt.organization.name) : "unknown";
			stmt.id = unique(used, taken, "s:",
					slug(who) + "-" + slugWords(draft.text.substring(stmt.text.start(), stmt.text.end()), 4));
		}
		corrects(draft, articleId, used);
		for (Deal deal : draft.agreements) {
			if (deal.signedOnCorrects != null && deal.disputeNote != null && !draft.corrects.isEmpty()) {
				// the publisher's own correction of its report's day: the corrected day
				// is
				// the fact, and the report's withdrawn, not a dispute to explain
				deal.disputeNote = null;
			}
			else {
				deal.signedOnCorrects = null;
			}
		}
	}

	/**
	 * How far a signing the article dates apart from the dataset's day makes it another
	 * signing, not a report of the same one on a disputed day: a month (a day misread, a
	 * week misplaced stay disputes).
	 */
	private static final int ANOTHER_SIGNING_DAYS = 31;

	/**
	 * The dataset's agreement of the same parties and kind that the draft's is, unless
	 * the article dates its signing more than {@link #ANOTHER_SIGNING_DAYS} days from the
	 * dataset's day: a second contract of the two is a new agreement (noted in the
	 * header, {@link Deal#otherSigning}), and of two the dataset has, the one signed when
	 * the article says is the one reported (the one of the same title when the article's
	 * date tells none apart).
	 */
	private String @Nullable [] sameSigning(Draft draft, Deal deal) {
		Known known = Objects.requireNonNull(this.known);
		List<String[]> same = known.sameKind(deal.kind, deal.parties);
		List<String[]> sameSigning = same.stream().filter((a) -> !anotherSigning(draft.date, deal, a)).toList();
		if (sameSigning.isEmpty() && !same.isEmpty()) {
			deal.otherSigning = same.get(same.size() - 1);
		}
		if (sameSigning.size() > 1) {
			// none told apart by its day: the one of the same title, if one is
			String title = SearchText.fold(deal.title);
			sameSigning = sameSigning.stream().filter((a) -> SearchText.fold(a[1]).equals(title)).toList();
		}
		return (sameSigning.size() == 1) ? sameSigning.get(0) : null;
	}

	/**
	 * Whether the article's signing date lies more than a month from the day the dataset
	 * gives an agreement ("signed on Tuesday" in March 2025, of a memorandum the dataset
	 * has signed on 4 November 2024). Drafted titles ("Lithuania–Ukraine memorandum of
	 * understanding") are too alike to tell two signings apart.
	 */
	private static boolean anotherSigning(LocalDate articleDate, Deal deal, String[] theirs) {
		if (deal.signedOn == null || theirs[5] == null) {
			return false;
		}
		LocalDate day = LocalDate.parse(theirs[5]);
		LocalDate first;
		LocalDate last;
		if (deal.signedOn.matches("\\d{4}")) {
			first = LocalDate.of(Integer.parseInt(deal.signedOn), 1, 1);
			last = first.plusYears(1).minusDays(1);
		}
		else if (deal.signedOn.matches("\\d{4}-\\d{2}")) {
			first = LocalDate.parse(deal.signedOn + "-01");
			last = first.plusMonths(1).minusDays(1);
		}
		else {
			LocalDate resolved = SeedFolder.resolveDate(articleDate, deal.signedOn);
			if (resolved == null) {
				return false;
			}
			first = resolved;
			last = deal.signedOn.endsWith("week") ? resolved.plusDays(6) : resolved;
		}
		return day.isBefore(first.minusDays(ANOTHER_SIGNING_DAYS)) || day.isAfter(last.plusDays(ANOTHER_SIGNING_DAYS));
	}

	/**
	 * The dataset's agreement a report of a leaving, a joining or an agreeing to join
	 * tells of: the one of its title, case and accents aside ("Finland agreed to join the
	 * coastal-artillery coalition for Ukraine"), else the one every leaving party took
	 * part in ("The Netherlands withdrew from the British-led coalition ..." of the
	 * coalition it joined in July).
	 */
	private String @Nullable [] membershipAgreement(Deal deal) {
		Known known = Objects.requireNonNull(this.known);
		String folded = SearchText.fold(deal.title);
		List<String[]> titled = known.agreements()
			.stream()
			.filter((a) -> a[1] != null && SearchText.fold(a[1]).equals(folded))
			.toList();
		if (titled.size() == 1) {
			// "agreed to join the coastal-artillery coalition for Ukraine": the
			// dataset's one agreement of that title, which a party that only agreed to
			// join took no part in yet
			return titled.get(0);
		}
		Set<String> parties = new LinkedHashSet<>();
		deal.left.forEach((left) -> parties.add(left.party()));
		String id = known.reports().agreementOf(parties);
		return (id == null) ? null
				: known.agreements().stream().filter((a) -> a[0].equals(id)).findFirst().orElse(null);
	}

	/**
	 * For a correction: the dataset's earlier article of the same publisher about an
	 * agreement the draft reports under the dataset's id (of the day the notice names,
	 * when it names one; else the latest) is what it corrects, its statements worded
	 * alike keep their ids (another speaker is then a corrected value, not a second
	 * statement), and the publisher is written as the dataset writes it, which the loader
	 * compares.
	 */
	private void corrects(Draft draft, String articleId, Set<String> used) {
		draft.corrects.clear();
		draft.correctedIds.clear();
		draft.withdrawnAgreement = null;
		if (draft.correction == null || this.known == null) {
			return;
		}
		Reports reports = this.known.reports();
		List<String> agreements = draft.agreements.stream().filter((d) -> d.known).map((d) -> d.id).toList();
		String unsigned = (draft.noneSigned != null && agreements.isEmpty())
				? reports.agreementOf(draft.unsignedParties) : null;
		if (unsigned != null) {
			// "none was signed": the dataset's one agreement of the countries it names
			agreements = List.of(unsigned);
		}
		List<String[]> earlier = reports.earlierReports(draft.publisher, draft.date, articleId, agreements);
		List<String[]> onTheDay = earlier.stream().filter((a) -> a[2].equals(draft.correctedReportOn)).toList();
		List<String[]> candidates = onTheDay.isEmpty() ? earlier : onTheDay;
		if (candidates.isEmpty() && draft.wronglySaid != null && draft.correctedReportOn != null) {
			// "A Prairie Ledger report on Tuesday wrongly said ...": no agreement to
			// match, so the publisher's one article of the day the notice names
			List<String[]> ofTheDay = reports.articlesOn(draft.publisher, draft.correctedReportOn, articleId);
			candidates = (ofTheDay.size() == 1) ? ofTheDay : List.of();
		}
		if (candidates.isEmpty()) {
			return;
		}
		String[] corrected = candidates.get(candidates.size() - 1);
		draft.corrects.add(corrected[0]);
		draft.withdrawnAgreement = unsigned;
		draft.publisher = corrected[1];
		for (Stmt stmt : draft.statements) {
			List<String[]> same = reports.statements()
				.getOrDefault(SearchText.fold(stmt.text.of(draft.text)), List.of())
				.stream()
				.filter((st) -> List.of(st[1].split(" ")).contains(corrected[0]))
				.toList();
			if (same.size() == 1 && used.add("s:" + same.get(0)[0])) {
				used.remove("s:" + stmt.id);
				stmt.id = same.get(0)[0];
				draft.correctedIds.add(stmt.id);
			}
		}
	}

	private static boolean isInWeek(LocalDate day, LocalDate monday) {
		return !day.isBefore(monday) && !day.isAfter(monday.plusDays(6));
	}

	/** The curated file, as YAML text. */
	public String write(Draft draft, String articleFile) {
		String articleId = slug(articleFile.replaceFirst("\\.txt$", ""));
		assignIds(draft, articleId);
		String text = draft.text;
		Map<String, Object> root = new LinkedHashMap<>();
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("file", articleFile);
		article.put("id", articleId);
		article.put("publisher", (draft.publisher != null) ? draft.publisher : "TO REVIEW: publisher");
		article.put("language", "en");
		article.put("url", null);
		article.put("title", null);
		article.put("rights", "TO REVIEW: whose rights apply to the text, and on what terms it is reproduced.");
		if (!draft.corrects.isEmpty()) {
			article.put("corrects", List.copyOf(draft.corrects));
		}
		if (draft.withdrawnAgreement != null && draft.noneSigned != null) {
			Map<String, Object> withdrawal = new LinkedHashMap<>();
			withdrawal.put("agreement", draft.withdrawnAgreement);
			withdrawal.put("evidence", List.of(draft.noneSigned.of(text)));
			article.put("withdraws", List.of(withdrawal));
		}
		root.put("article", article);

		List<Object> countries = new ArrayList<>();
		for (CountryRef country : draft.countries) {
			Map<String, Object> entry = entry();
			entry.put("code", country.code());
			String name = (this.known != null) ? this.known.countries().get(country.code()) : null;
			entry.put("name", (name != null) ? name : country.name());
			entry.put("reviewed", false);
			countries.add(entry);
		}
		root.put("countries", countries);

		List<Object> organizations = new ArrayList<>();
		for (Org org : draft.organizations) {
			Map<String, Object> entry = idEntry(org.id);
			entry.put("name", org.name);
			entry.put("kind", org.kind);
			putIfPresent(entry, "country", hasCountry(draft, org.country) ? org.country : null);
			entry.put("evidence", List.of(excerpt(text, org.mention)));
			organizations.add(entry);
		}
		root.put("organizations", organizations);

		List<Object> people = new ArrayList<>();
		for (Person person : draft.people) {
			Map<String, Object> entry = idEntry(person.id);
			putIfPresent(entry, "sameAs", person.sameAs);
			entry.put("name", person.name);
			if (!person.variants.isEmpty()) {
				entry.put("aliases", List.copyOf(person.variants));
			}
			putIfPresent(entry, "country", hasCountry(draft, person.country) ? person.country : null);
			Span first = person.mentions.get(0);
			entry.put("evidence", List.of(excerpt(text, first)));
			if (person.role != null && person.roleSpan != null) {
				Map<String, Object> post = new LinkedHashMap<>();
				post.put("role", person.role);
				Span span = new Span(Math.min(person.roleSpan.start(), first.start()),
						Math.max(person.roleSpan.end(), first.end()));
				post.put("evidence", List.of(excerpt(text, span)));
				entry.put("posts", List.of(post));
			}
			people.add(entry);
		}
		root.put("people", people);

		List<Object> events = new ArrayList<>();
		for (Meeting event : draft.events) {
			Map<String, Object> entry = idEntry(event.id);
			entry.put("name", event.name);
			entry.put("kind", event.kind);
			putIfPresent(entry, "date", event.date);
			putIfPresent(entry, "place", event.place);
			putIfPresent(entry, "country", hasCountry(draft, event.country) ? event.country : null);
			if (!event.participants.isEmpty()) {
				entry.put("participants", event.participants.stream().map((p) -> p.id).toList());
			}
			entry.put("evidence", List.of(excerpt(text, event.evidence)));
			events.add(entry);
		}
		root.put("events", events);

		List<Object> agreements = new ArrayList<>();
		List<Object> signatories = new ArrayList<>();
		Set<String> signatoryIds = new HashSet<>();
		for (Deal deal : draft.agreements) {
			Map<String, Object> entry = idEntry(deal.id);
			entry.put("title", deal.title);
			entry.put("kind", deal.kind);
			putIfPresent(entry, "signedOn", deal.signedOn);
			putIfPresent(entry, "disputeNote", deal.disputeNote);
			putIfPresent(entry, "signedIn", deal.signedIn);
			putIfPresent(entry, "signedAt", (deal.signedAt != null) ? deal.signedAt.id : deal.knownSignedAt);
			entry.put("parties", List.copyOf(deal.parties));
			if (deal.value != null) {
				entry.put("value", money(text, deal.value));
			}
			if (deal.openToAccession) {
				entry.put("openToAccession", true);
			}
			boolean led = deal.lead != null && deal.leadEvidence != null && deal.partiesEvidence != null;
			List<Left> leavings = deal.left.stream().filter((left) -> !left.suspended() && left.on() != null).toList();
			if (led || !deal.joined.isEmpty() || !deal.agreed.isEmpty() || !leavings.isEmpty()) {
				List<Object> participants = new ArrayList<>();
				Set<String> written = new HashSet<>();
				for (String party : led ? deal.parties : Set.<String>of()) {
					Joined joined = deal.joined.stream()
						.filter((j) -> j.party().equals(party))
						.findFirst()
						.orElse(null);
					boolean leads = party.equals(deal.lead);
					Map<String, Object> participant = new LinkedHashMap<>();
					participant.put("party", party);
					participant.put("role", leads ? "CO_LEADER" : (joined != null) ? joined.role() : "MEMBER");
					Joined agreed = agreed(deal, party);
					putIfPresent(participant, "agreedOn", (agreed != null) ? agreed.on() : null);
					putIfPresent(participant, "joinedOn", (joined != null && !leads) ? joined.on() : null);
					Span evidence = leads ? deal.leadEvidence
							: (joined != null) ? joined.evidence() : deal.partiesEvidence;
					participant.put("evidence", evidence(text, Objects.requireNonNull(evidence), agreed));
					participants.add(participant);
					written.add(party);
				}
				for (Joined joined : deal.joined) {
					if (written.add(joined.party())) {
						Map<String, Object> participant = new LinkedHashMap<>();
						participant.put("party", joined.party());
						participant.put("role", joined.role());
						Joined agreed = agreed(deal, joined.party());
						putIfPresent(participant, "agreedOn", (agreed != null) ? agreed.on() : null);
						putIfPresent(participant, "joinedOn", joined.on());
						participant.put("evidence", evidence(text, joined.evidence(), agreed));
						participants.add(participant);
					}
				}
				for (Joined agreed : deal.agreed) {
					// agreed to join, not yet joined: agreedOn and no joinedOn
					if (written.add(agreed.party())) {
						Map<String, Object> participant = new LinkedHashMap<>();
						participant.put("party", agreed.party());
						participant.put("role", agreed.role());
						participant.put("agreedOn", agreed.on());
						participant.put("evidence", List.of(excerpt(text, agreed.evidence())));
						participants.add(participant);
					}
				}
				for (Left left : leavings) {
					// an entry of its own, whose evidence is the words that say it left
					// (rejoined, suspended or resumed its participation)
					Map<String, Object> participant = new LinkedHashMap<>();
					participant.put("party", left.party());
					participant.put("role", roleOf(deal, left.party(), participants));
					participant.put(left.field(), left.on());
					participant.put("evidence", List.of(excerpt(text, left.evidence())));
					participants.add(participant);
				}
				entry.put("participants", participants);
			}
			if (!deal.stages.isEmpty()) {
				List<Object> stages = new ArrayList<>();
				for (Stage stage : deal.stages) {
					Map<String, Object> event = new LinkedHashMap<>();
					event.put("stage", stage.stage().name());
					event.put("date", stage.on());
					event.put("evidence", List.of(excerpt(text, stage.evidence())));
					stages.add(event);
				}
				entry.put("events", stages);
			}
			if (deal.supersedes != null && deal.replaces != null) {
				Map<String, Object> link = new LinkedHashMap<>();
				link.put("kind", "SUPERSEDES");
				link.put("target", deal.supersedes[0]);
				link.put("evidence", List.of(excerpt(text, deal.replaces)));
				entry.put("links", List.of(link));
			}
			entry.put("evidence", deal.evidence.stream().map((s) -> excerpt(text, s)).distinct().toList());
			agreements.add(entry);
			for (Person person : deal.signatories) {
				// the dataset's signature of this person for this agreement: this
				// article's
				// report of it, not a second signature
				String signer = (person.sameAs != null) ? person.sameAs : person.id;
				String known = (this.known != null) ? this.known.signatories().get(deal.id + "|" + signer) : null;
				if (known == null && this.known != null && !draft.corrects.isEmpty() && person.country != null) {
					// the corrected signer of the report's seat: its value, withdrawn
					known = this.known.reports().seats().get(deal.id + "|" + person.country);
					if (known != null) {
						draft.correctedIds.add(known);
					}
				}
				Map<String, Object> signatory = idEntry((known != null && signatoryIds.add(known)) ? known
						: unique(signatoryIds, "", person.id + "-for-" + deal.id));
				signatory.put("agreement", deal.id);
				signatory.put("person", person.id);
				putIfPresent(signatory, "onBehalfOf",
						(person.country != null && deal.parties.contains(person.country)) ? person.country : null);
				putIfPresent(signatory, "role", person.role);
				signatory.put("evidence", List.of(excerpt(text, sentenceOf(deal, person.mentions))));
				signatories.add(signatory);
			}
			for (Org org : deal.organizationSignatories) {
				String known = (this.known != null) ? this.known.signatories().get(deal.id + "|" + org.id) : null;
				Map<String, Object> signatory = idEntry((known != null && signatoryIds.add(known)) ? known
						: unique(signatoryIds, "", org.id + "-for-" + deal.id));
				signatory.put("agreement", deal.id);
				signatory.put("organization", org.id);
				putIfPresent(signatory, "onBehalfOf",
						(org.country != null && deal.parties.contains(org.country)) ? org.country : null);
				signatory.put("evidence", List.of(excerpt(text, sentenceOf(deal, List.of(org.mention)))));
				signatories.add(signatory);
			}
		}
		root.put("agreements", agreements);
		root.put("signatories", signatories);

		List<Object> areas = new ArrayList<>();
		List<String> areaNotes = new ArrayList<>();
		Set<String> areaIds = new HashSet<>();
		if (!draft.agreements.isEmpty()) {
			Deal deal = draft.agreements.get(0);
			for (Area area : draft.areas) {
				// of an agreement the dataset has: its own area of that name, else none
				// beside its areas of the same category (a follow-up's "drone production"
				// under a memorandum on unmanned aerial vehicles)
				String[] match = (this.known != null && deal.known) ? this.known.area(deal.id, area.name()) : null;
				List<String> sameCategory = (this.known != null && deal.known && match == null)
						? this.known.areasOf(deal.id, area.category()) : List.of();
				if (!sameCategory.isEmpty()) {
					areaNotes
						.add("# \"" + area.span().of(text) + "\" (" + area.category() + ") is not proposed as an area: "
								+ deal.id + " of the dataset\n#   already has " + String.join(", ", sameCategory)
								+ " of that category;\n#   add it if the article tells of another.\n");
					continue;
				}
				if (match != null && !areaIds.add(match[0])) {
					continue;
				}
				Map<String, Object> entry = idEntry(
						(match != null) ? match[0] : unique(areaIds, "", deal.id + "-" + slug(area.name())));
				entry.put("agreement", deal.id);
				entry.put("name", (match != null) ? match[1] : area.name());
				entry.put("category", (match != null) ? match[2] : area.category());
				entry.put("evidence", List.of(excerpt(text, area.span())));
				areas.add(entry);
				if (match != null) {
					areaNotes.add("# " + match[0] + " (" + match[1] + ") is already an area of " + deal.id + ":\n#   \""
							+ area.span().of(text) + "\" is proposed as a report of it.\n");
				}
			}
		}
		root.put("cooperationAreas", areas);

		List<Object> commitments = new ArrayList<>();
		for (Pledge pledge : draft.commitments) {
			Map<String, Object> entry = idEntry(pledge.id);
			putIfPresent(entry, "agreement", (pledge.agreement != null) ? pledge.agreement.id : null);
			if (pledge.obligorOrganization != null) {
				entry.put("obligor", pledge.obligorOrganization.id);
			}
			else if (pledge.obligors.isEmpty()) {
				entry.put("obligor", pledge.obligor);
			}
			else {
				entry.put("obligors", List.copyOf(pledge.obligors));
			}
			putIfPresent(entry, "beneficiary", pledge.beneficiary);
			entry.put("description", pledge.sentence.of(text).trim());
			entry.put("status", (pledge.fulfilledOn != null) ? "FULFILLED" : pledge.status);
			putIfPresent(entry, "fulfilledOn", pledge.fulfilledOn);
			if (pledge.amount != null) {
				entry.put("amount", money(text, pledge.amount));
			}
			if (pledge.quantity != null) {
				entry.put("quantity", quantity(text, pledge.quantity, pledge.quantityApproximate, pledge.quantityItem));
			}
			putIfPresent(entry, "dueBy", pledge.dueBy);
			if (pledge.condition != null && pledge.conditionWords != null) {
				Map<String, Object> condition = new LinkedHashMap<>();
				condition.put("text", pledge.condition.of(text));
				condition.put("evidence", List.of(excerpt(text, pledge.conditionWords)));
				entry.put("condition", condition);
			}
			entry.put("evidence", List.of(excerpt(text, pledge.evidence())));
			commitments.add(entry);
		}
		root.put("commitments", commitments);

		List<Object> statements = new ArrayList<>();
		for (Stmt stmt : draft.statements) {
			if (stmt.speaker == null && stmt.organization == null) {
				continue;
			}
			Map<String, Object> entry = idEntry(stmt.id);
			if (stmt.speaker != null) {
				entry.put("speaker", stmt.speaker.id);
				putIfPresent(entry, "speakerRole", stmt.speaker.role);
			}
			else {
				// "according to the ministry": the organization speaks
				entry.put("speaker", Objects.requireNonNull(stmt.organization).id);
			}
			entry.put("kind", stmt.kind);
			entry.put("text", stmt.text.of(text));
			putIfPresent(entry, "saidOn", stmt.saidOn);
			putIfPresent(entry, "event", (stmt.event != null) ? stmt.event.id : null);
			entry.put("evidence", stmt.evidence.stream().map((s) -> excerpt(text, s)).toList());
			statements.add(entry);
		}
		root.put("statements", statements);
		String yaml = YAML.writeValueAsString(root).replaceFirst("\\A---\\s*\\n", "");
		if (draft.correction != null && draft.corrects.isEmpty()) {
			yaml = yaml.replaceFirst("\ncountries:",
					Matcher.quoteReplacement("\n" + correctsToDo(draft) + "countries:"));
		}
		return header(draft, articleFile, areaNotes) + yaml;
	}

	/**
	 * The role of a party that left, as this draft or else the dataset has it; MEMBER
	 * when neither says.
	 */
	private String roleOf(Deal deal, String party, List<Object> written) {
		for (Object participant : written) {
			if (participant instanceof Map<?, ?> p && party.equals(p.get("party")) && p.get("role") != null) {
				return String.valueOf(p.get("role"));
			}
		}
		String known = (this.known != null && deal.known)
				? this.known.reports().participants().getOrDefault(deal.id, Map.of()).get(party) : null;
		return (known != null && !known.equals("PARTY")) ? known : "MEMBER";
	}

	/**
	 * What a correction's draft could not find: the article it corrects, which
	 * {@code corrects} must name (the loader refuses an id it does not know).
	 */
	private String correctsToDo(Draft draft) {
		String publisher = (draft.publisher != null) ? draft.publisher : "its publisher";
		List<String> about = draft.agreements.stream().filter((d) -> d.known).map((d) -> d.id).toList();
		StringBuilder todo = new StringBuilder("  # TODO corrects: this article corrects an earlier report (\"")
			.append(quoted(draft.text, Objects.requireNonNull(draft.correction)))
			.append("\");\n");
		if (this.known == null) {
			todo.append("  #   drafted without --dataset, so the report it corrects was not looked up.\n");
		}
		else {
			todo.append("  #   the dataset holds no earlier article of ")
				.append(publisher)
				.append(" about ")
				.append(about.isEmpty() ? "the agreement of this draft (none matches one of the dataset's)"
						: String.join(", ", about))
				.append(".\n");
			List<String> others = this.known.reports().articlesOf(draft.publisher);
			if (!others.isEmpty()) {
				todo.append("  #   Its articles in the dataset: ").append(String.join(", ", others)).append(".\n");
			}
		}
		return todo
			.append("  #   Curate that report, then add `corrects: [<its article id>]` here; without it the values\n")
			.append("  #   below are served as one more report's, and compete with the report's where they differ.\n")
			.toString();
	}

	/** A notice's words for a comment: on one line, cut after about 60 characters. */
	private static String quoted(String text, Span span) {
		String words = span.of(text).replaceAll("\\s+", " ");
		if (words.length() <= 70) {
			return words;
		}
		int cut = words.lastIndexOf(' ', 60);
		return words.substring(0, (cut > 0) ? cut : 60) + " ...";
	}

	/**
	 * A Money field: exact amount, ISO code, approximate when so worded, words, evidence.
	 */
	private static Map<String, Object> money(String text, Amount amount) {
		Map<String, Object> money = new LinkedHashMap<>();
		if (amount.from() != null) {
			// "between 20 and 30 million euros": the range's lower end, up to its upper
			money.put("amount", amount.from().stripTrailingZeros().toPlainString());
			money.put("upTo", amount.money().amount().stripTrailingZeros().toPlainString());
		}
		else {
			money.put("amount", amount.money().amount().stripTrailingZeros().toPlainString());
		}
		money.put("currency", amount.money().currency());
		if (amount.approximate()) {
			money.put("approximate", true);
		}
		money.put("text", amount.words().of(text));
		money.put("evidence", List.of(excerpt(text, amount.words())));
		return money;
	}

	/**
	 * A Quantity field from "about 1,200 loitering drones": the number without its
	 * separators, the words after it as the item.
	 */
	private static Map<String, Object> quantity(String text, Span words, boolean approximate, @Nullable String item) {
		Matcher number = QUANTITY_WORDS.matcher(words.of(text));
		Map<String, Object> quantity = new LinkedHashMap<>();
		if (number.find()) {
			quantity.put("value", Drafter.numberValue(number.group(1)));
			putIfPresent(quantity, "item", (item != null) ? item : number.group(2));
		}
		if (approximate) {
			quantity.put("approximate", true);
		}
		quantity.put("evidence", List.of(excerpt(text, words)));
		return quantity;
	}

	private static final Pattern QUANTITY_WORDS = Pattern
		.compile("(\\d[\\d,]*|\\b" + Drafter.NUMBER_WORDS + ")(?:\\s+(.+))?\\z");

	/** "500 drones", "2000 drones" (for "2,000 in all" of drones): for its id. */
	private static String quantityWords(String text, Pledge pledge) {
		Matcher number = QUANTITY_WORDS.matcher(Objects.requireNonNull(pledge.quantity).of(text));
		if (!number.find()) {
			return "delivery";
		}
		String item = (pledge.quantityItem != null) ? pledge.quantityItem : number.group(2);
		return Drafter.numberValue(number.group(1)) + ((item != null) ? " " + item : "");
	}

	private static boolean hasCountry(Draft draft, @Nullable String code) {
		return code != null && draft.countries.stream().anyMatch((c) -> c.code().equals(code));
	}

	private static Span sentenceOf(Deal deal, List<Span> mentions) {
		for (Span evidence : deal.evidence) {
			for (Span mention : mentions) {
				if (evidence.start() <= mention.start() && mention.end() <= evidence.end()) {
					return evidence;
				}
			}
		}
		return deal.evidence.get(0);
	}

	private String header(Draft draft, String articleFile, List<String> areaNotes) {
		StringBuilder header = new StringBuilder();
		header.append("# DRAFT proposed by `accords draft` from articles/")
			.append(articleFile)
			.append(" (dated ")
			.append(draft.date)
			.append(").\n");
		header.append("# Every entry is `reviewed: false`: the loader does not serve it. Review each entry against\n");
		header.append("# the article: correct it or delete it, then remove its `reviewed: false` line.\n");
		header.append("# Fill in the article's publisher, url, title and rights. Cooperation areas are attached to\n");
		header.append("# the first agreement; move them where they belong. Commitments are proposed for amounts\n");
		header.append("# of money, the first country of their sentence as obligor and the one the money goes to\n");
		header.append("# (or the next) as beneficiary, with the quantity and the \"by ...\" date of the sentence,\n");
		header.append("# and for a first tranche and the total (\"the first 500 ... by April, 2,000 in all\"), the\n");
		header.append("# agreement's parties as obligors, as for a quantity due by a date: check them, the\n");
		header.append("# agreement, and the status.\n");
		if (!draft.events.isEmpty()) {
			// "during a visit by X" is proposed as the agreement's signedAt: the curator
			// checks that it was
			header.append("# Events are proposed from their words (visit, press conference, meeting, signing), an\n"
					+ "# agreement signed during one as signedAt it, a country only when held in a capital\n"
					+ "# (\"in Riga\"): add it for other places, and check participants.\n");
		}
		if (!draft.money.isEmpty()) {
			header.append("# Amounts found (each proposed as an agreement's value or a commitment's amount when its\n"
					+ "# sentence names an agreement or a country):\n");
			for (Money money : draft.money) {
				header.append("#   ")
					.append(money.normalized())
					.append("  \"")
					.append(money.span().of(draft.text))
					.append("\"\n");
			}
		}
		if (!draft.quantities.isEmpty()) {
			header.append("# Quantities found:\n");
			for (Span quantity : draft.quantities) {
				header.append("#   \"").append(quantity.of(draft.text)).append("\"\n");
			}
		}
		for (Person person : draft.people) {
			if (person.alias != null) {
				header.append("# ")
					.append(person.name)
					.append(" is also written \"")
					.append(person.alias)
					.append("\".\n");
			}
			for (String variant : person.variants) {
				header.append("# ")
					.append(person.name)
					.append(" is also written \"")
					.append(variant)
					.append("\" in the article: proposed as one person, that spelling\n")
					.append("#   among `aliases`; give it an entry of its own if they are two people.\n");
			}
			if (person.known) {
				header.append("# ")
					.append(person.id)
					.append(" (")
					.append(person.name)
					.append(") is already in the dataset.\n");
			}
			if (person.sameAs != null) {
				header.append("# ")
					.append(person.name)
					.append(" may be ")
					.append(person.sameAs)
					.append(" (")
					.append(person.sameAsName)
					.append(") of the dataset spelled another way: proposed as `sameAs: ")
					.append(person.sameAs)
					.append("`\n#   (the name is kept as an alias); delete that line if they are two people.\n");
			}
		}
		for (Org org : draft.organizations) {
			if (org.draftedAs != null) {
				header.append("# ")
					.append(org.draftedAs)
					.append(" (")
					.append(org.country)
					.append(") is taken as ")
					.append(org.id)
					.append(" (")
					.append(org.name)
					.append(") of the dataset:\n")
					.append("#   a country has one defence ministry; give the entry an id and name of its own if")
					.append(" the article\n#   means another.\n");
			}
		}
		for (Deal deal : draft.agreements) {
			if (deal.value != null && deal.instalmentsDueBy != null) {
				header.append("# ")
					.append(deal.id)
					.append(": its value ")
					.append(quoted(draft.text, deal.value.words()))
					.append(" is paid in instalments by ")
					.append(deal.instalmentsDueBy)
					.append(", and the article names no payer:\n#   add the payer's commitment (amount, dueBy ")
					.append(deal.instalmentsDueBy)
					.append(") if another article names it.\n");
			}
			if (deal.value != null && deal.valueFromUnnamed != null) {
				header.append("# ")
					.append(deal.id)
					.append(": value ")
					.append(quoted(draft.text, deal.value.words()))
					.append(" from a sentence that names no agreement (\"")
					.append(quoted(draft.text, deal.valueFromUnnamed))
					.append("\"):\n#   proposed as the value of the draft's one agreement; check that it is.\n");
			}
		}
		for (Deal deal : draft.agreements) {
			if (deal.replaces == null) {
				continue;
			}
			header.append("# ").append(deal.id);
			if (deal.supersedes != null) {
				header.append(": proposed as superseding ")
					.append(deal.supersedes[0])
					.append(" (")
					.append(deal.supersedes[1])
					.append("), the dataset's agreement\n#   of the same parties, for \"")
					.append(quoted(draft.text, deal.replaces))
					.append("\":\n#   check that it is the one the article means (AMENDS when it only changes it);")
					.append(" delete the link if not.\n");
			}
			else {
				header.append(": the article says it replaces another agreement (\"")
					.append(quoted(draft.text, deal.replaces))
					.append("\"):\n#   ")
					.append((this.known == null)
							? "drafted with `--dataset`, the dataset's agreement of the same parties is proposed as the"
									+ "\n#   target of a `SUPERSEDES` link; or add the link by hand."
							: "the dataset holds no one agreement of the same parties it could be: add the"
									+ "\n#   `SUPERSEDES` link by hand once it holds it.")
					.append('\n');
			}
		}
		for (Pledge pledge : draft.commitments) {
			if (pledge.agreementFromUnnamed && pledge.agreement != null) {
				header.append("# ")
					.append(pledge.id)
					.append(": a delivery from a sentence that names no agreement (\"")
					.append(quoted(draft.text, pledge.sentence))
					.append("\"):\n#   proposed under ")
					.append(pledge.agreement.id)
					.append(", the draft's one agreement; check that it is.\n");
			}
		}
		for (Deal deal : draft.agreements) {
			if (!deal.known && deal.otherSigning != null) {
				header.append("# ")
					.append(deal.id)
					.append(": the dataset's ")
					.append(deal.otherSigning[0])
					.append(" has the same parties and kind,\n#   signed on ")
					.append(deal.otherSigning[5])
					.append(": the article's signing (")
					.append(deal.signedOn)
					.append(") is a month or more from it, so this is proposed as")
					.append(" another agreement;\n#   give the entry that id if it is the same one.\n");
			}
			if (deal.known && !deal.fromMembership) {
				header.append("# ")
					.append(deal.id)
					.append(" (")
					.append(deal.title)
					.append(") is already in the dataset, between the same\n#   parties: ")
					.append("this draft reports it under its id, title and kind; give the entry an id of its own\n")
					.append("#   if the article tells of another agreement.\n");
				if (deal.signedOnCoarser != null) {
					header.append("# ")
						.append(deal.id)
						.append(": the article's signing date ")
						.append(deal.signedOnCoarser)
						.append(";\n#   signedOn is left out: the dataset's day falls in it, so the loader would agree the")
						.append(" two and serve the day.\n");
				}
				if (deal.signedOnCorrects != null) {
					header.append("# ")
						.append(deal.id)
						.append(": signedOn corrects the report's (")
						.append(deal.signedOnCorrects)
						.append("):\n#   once accepted, this day is served and the report's is withdrawn, kept as a claim.")
						.append(" A SIGNED event\n#   the report gives stays on its day (a withdrawal cannot name an")
						.append(" event yet).\n");
				}
				if (deal.disputeNote != null) {
					header.append("# ")
						.append(deal.id)
						.append(": signedOn differs from the dataset's (")
						.append(deal.disputeNote)
						.append(")\n#   once accepted, the signing date is disputed, both kept; the proposed disputeNote")
						.append(" says why.\n");
				}
			}
		}
		if (draft.correction != null) {
			header.append("# A correction (\"").append(quoted(draft.text, draft.correction)).append("\"):");
			if (!draft.corrects.isEmpty()) {
				header.append(" proposed as `corrects: [")
					.append(String.join(", ", draft.corrects))
					.append("]`,\n#   the dataset's earlier report of ")
					.append(draft.publisher)
					.append(draft.agreements.stream().anyMatch((d) -> d.known) || draft.correctedReportOn == null
							? " about the same agreement" : " of the day its notice names")
					.append("; check that it is the report corrected.\n")
					.append("#   Once loaded, a value this article gives for a field that report states is served, and")
					.append(" the report's\n#   is withdrawn, kept as a claim.\n");
			}
			else {
				header.append(" see the TODO under `article`.\n");
			}
			if (!draft.correctedIds.isEmpty()) {
				header.append("#   ")
					.append(String.join(", ", draft.correctedIds))
					.append(" keep the report's ids: the signer or speaker\n")
					.append("#   written here is the corrected one, and the report's is withdrawn.\n");
			}
			if (draft.withdrawnAgreement != null) {
				header.append("#   It says no agreement was signed: proposed as `withdraws: - agreement: ")
					.append(draft.withdrawnAgreement)
					.append("`, the report's agreement\n#   of the countries it names, withdrawn whole (not served)")
					.append(" with what it holds; check that it is that one.\n");
			}
			else if (draft.noneSigned != null) {
				header.append("#   It says no agreement was signed: once `corrects` names the report, withdraw")
					.append(" its agreement whole,\n#   `withdraws: - agreement: <its id>` with the words \"")
					.append(quoted(draft.text, draft.noneSigned))
					.append("\" as evidence.\n");
			}
			if (draft.wronglySaid != null) {
				header.append("#   It says the report wrongly said \"")
					.append(quoted(draft.text, draft.wronglySaid))
					.append("\": which fact of the report\n#   that withdraws is not proposed (a wrong `withdraws` loses")
					.append(" a fact); once `corrects` names the report,\n#   name it in `withdraws`, such as")
					.append(" `- agreement: <its id>` with `suspensions: [<party>]`, these words as evidence.\n");
			}
			if (draft.withdrawn.stream().anyMatch((w) -> !w.equals(draft.wronglySaid))) {
				header.append("#   What it withdraws is proposed nowhere: ")
					.append(String.join(", ",
							draft.withdrawn.stream()
								.filter((w) -> !w.equals(draft.wronglySaid))
								.map((w) -> "\"" + quoted(draft.text, w) + "\"")
								.toList()))
					.append(".\n");
			}
		}
		for (Deal deal : draft.agreements) {
			if (deal.fromMembership) {
				header.append("# ")
					.append(deal.id)
					.append(" is what the article says a party left, joined or agreed to join;\n#   it names no")
					.append(" signing, so no parties are proposed")
					.append(deal.known ? " (the dataset's agreement of that title or that party took part in)."
							: ": find the agreement in the dataset and use its id, or fill them in.")
					.append("\n");
			}
			if (deal.fromStage != null) {
				header.append("# ")
					.append(deal.id)
					.append(" is what the article says was ")
					.append(STAGE_WORDS.getOrDefault(deal.fromStage, deal.fromStage.name().toLowerCase(Locale.ROOT)))
					.append("; it names no signing, so no signedOn\n#   is proposed")
					.append(deal.known ? " (the dataset's agreement of the same parties and kind)."
							: ": it is likely an agreement already curated. `validate` names one of the same\n"
									+ "#   parties and kind if the folder has it: give the entry its id to report this"
									+ " event of it.")
					.append("\n");
			}
			for (Left left : deal.left) {
				String country = draft.countries.stream()
					.filter((c) -> c.code().equals(left.party()))
					.map(CountryRef::name)
					.findFirst()
					.orElse(left.party());
				String words = left.evidence().of(draft.text).replaceAll("\\s+", " ");
				if (left.suspended()) {
					Matcher verb = SUSPENDED_WORDS.matcher(words);
					header.append("# ")
						.append(country)
						.append(" \"")
						.append(verb.find() ? verb.group() : "suspended its participation")
						.append("\" (\"")
						.append(words)
						.append("\"):\n#   not proposed as a leaving: a suspension is a pause, and the party stays")
						.append(" a participant.\n#   Add suspendedOn by hand if it suspended its whole part on a day a")
						.append(" source gives; leftOn only if the article says it left.\n");
				}
				else if (left.on() == null && left.field().equals("leftOn")) {
					header.append("# ")
						.append(country)
						.append(" left (\"")
						.append(words)
						.append("\"), but the article gives no day, month\n#   or year, and leftOn needs one: no")
						.append(" leaving is proposed; add it when a source dates it.\n");
				}
				else if (left.on() == null) {
					header.append("# ")
						.append(country)
						.append(" (\"")
						.append(words)
						.append("\"): the article gives no day, month or year,\n#   and ")
						.append(left.field())
						.append(" needs one: none is proposed; add it when a source dates it.\n");
				}
			}
		}
		areaNotes.forEach(header::append);
		return header.append('\n').toString();
	}

	/** "suspended its participation", "suspended their membership". */
	private static final Pattern SUSPENDED_WORDS = Pattern.compile("\\bsuspend\\w*\\s+\\w+\\s+\\w+");

	/**
	 * The excerpt at a span, lengthened word by word until it occurs once in the text.
	 */
	/** The party's agreeing to join the agreement, when the draft found one. */
	private static @Nullable Joined agreed(Deal deal, String party) {
		return deal.agreed.stream().filter((a) -> a.party().equals(party)).findFirst().orElse(null);
	}

	/**
	 * A participant's evidence: the words that make it one, and those that say it agreed
	 * to join when they are not within them.
	 */
	private static List<String> evidence(String text, Span evidence, @Nullable Joined agreed) {
		if (agreed == null
				|| agreed.evidence().start() >= evidence.start() && agreed.evidence().end() <= evidence.end()) {
			return List.of(excerpt(text, evidence));
		}
		return List.of(excerpt(text, evidence), excerpt(text, agreed.evidence()));
	}

	static String excerpt(String text, Span span) {
		int start = span.start();
		int end = span.end();
		while (occurrences(text, text.substring(start, end)) > 1) {
			if (end < text.length()) {
				end++;
				while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
					end++;
				}
			}
			else if (start > 0) {
				start--;
				while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
					start--;
				}
			}
			else {
				break;
			}
		}
		return text.substring(start, end);
	}

	private static int occurrences(String text, String excerpt) {
		int count = 0;
		int at = text.indexOf(excerpt);
		while (at >= 0 && count < 2) {
			count++;
			at = text.indexOf(excerpt, at + 1);
		}
		return count;
	}

	private static Map<String, Object> entry() {
		return new LinkedHashMap<>();
	}

	private static Map<String, Object> idEntry(String id) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", id);
		entry.put("reviewed", false);
		return entry;
	}

	private static void putIfPresent(Map<String, Object> entry, String key, @Nullable Object value) {
		if (value != null) {
			entry.put(key, value);
		}
	}

	/**
	 * A new agreement's id: its parties' codes, its title's first words less the parties'
	 * names (the title already begins with them: "Latvia–Ukraine letter of intent"), and
	 * the month it was signed when the article dates the signing
	 * ({@code lv-ua-letter-of-intent-2026-11}), so that two letters of the same parties
	 * differ and a redraft gives the same id.
	 */
	static String agreementId(Draft draft, Deal deal) {
		Set<String> named = new LinkedHashSet<>(deal.parties);
		named.addAll(deal.recipients);
		List<String> names = named.stream()
			.map((code) -> draft.countries.stream()
				.filter((c) -> c.code().equals(code))
				.map(CountryRef::name)
				.findFirst()
				.orElse(null))
			.filter(Objects::nonNull)
			.map((name) -> slug(Objects.requireNonNull(name)))
			.toList();
		// the title's words as written ("air-defence" is one), less the names
		List<String> kept = new ArrayList<>();
		String title = deal.title;
		for (String code : named) {
			// a name of more than one word ("Czech Republic–Ukraine memorandum") is left
			// out whole, not word by word
			String name = draft.countries.stream()
				.filter((c) -> c.code().equals(code))
				.map(CountryRef::name)
				.findFirst()
				.orElse(null);
			if (name != null && name.contains(" ")) {
				title = title.replaceAll("(?i)(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])", " ");
			}
		}
		for (String word : title.trim().split("\\s+")) {
			String slugged = "-" + slug(word) + "-";
			for (String name : names) {
				slugged = slugged.replace("-" + name + "-", "-");
			}
			slugged = slugged.replaceAll("(^-+|-+$)", "");
			if (!slugged.isEmpty() && kept.size() < 5) {
				kept.add(slugged);
			}
		}
		while (kept.size() > 1 && LINKING_WORDS.contains(kept.get(kept.size() - 1))) {
			kept.remove(kept.size() - 1);
		}
		String words = kept.isEmpty() ? slugWords(deal.title, 5) : String.join("-", kept);
		String month = signingMonth(draft.date, deal.signedOn);
		return (deal.parties.isEmpty() ? "" : slug(String.join(" ", deal.parties)) + "-") + words
				+ ((month != null) ? "-" + month : "");
	}

	/**
	 * The year and month of a signing the draft dates ("on Monday" of an article of 1
	 * December 2026 is 2026-11), or its year; null when the article does not date it.
	 */
	static @Nullable String signingMonth(LocalDate articleDate, @Nullable String signedOn) {
		if (signedOn == null) {
			return null;
		}
		if (signedOn.matches("\\d{4}(?:-\\d{2})?")) {
			return signedOn;
		}
		LocalDate day = SeedFolder.resolveDate(articleDate, signedOn);
		return (day != null) ? day.toString().substring(0, 7) : null;
	}

	/**
	 * An id not yet used in this draft and not one the dataset gives an entity of that
	 * namespace ({@code -2}, {@code -3} appended until it is neither).
	 */
	private static String unique(Set<String> used, Set<String> taken, String namespace, String id) {
		String candidate = id;
		for (int i = 2; taken.contains(namespace + candidate) || !used.add(namespace + candidate); i++) {
			candidate = id + "-" + i;
		}
		return candidate;
	}

	private static String unique(Set<String> used, String namespace, String id) {
		String candidate = id;
		for (int i = 2; !used.add(namespace + candidate); i++) {
			candidate = id + "-" + i;
		}
		return candidate;
	}

	static String slug(String text) {
		String folded = Normalizer.normalize(SearchText.fold(text), Normalizer.Form.NFKD);
		String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "entry" : slug;
	}

	/**
	 * The first {@code n} words of a text as an id, without the linking words a cut
	 * inside a phrase leaves at its end ("memorandum-of-understanding-on-the" is
	 * "memorandum-of-understanding").
	 */
	/** A lifecycle stage as a report words it. */
	private static final Map<LifecycleStage, String> STAGE_WORDS = Map.of(LifecycleStage.SUSPENDED, "suspended",
			LifecycleStage.RESUMED, "resumed", LifecycleStage.TERMINATED, "terminated", LifecycleStage.RATIFIED,
			"ratified", LifecycleStage.IN_FORCE, "in force");

	private static String slugWords(String text, int n) {
		String[] words = slug(text).split("-");
		int end = Math.min(n, words.length);
		while (end > 1 && LINKING_WORDS.contains(words[end - 1])) {
			end--;
		}
		return String.join("-", java.util.Arrays.copyOf(words, end));
	}

	private static final Set<String> LINKING_WORDS = Set.of("a", "an", "the", "of", "on", "in", "to", "for", "and",
			"with", "by", "at", "from", "into", "or");

	private static String lastWord(String name) {
		String[] words = name.trim().split("\\s+");
		return words[words.length - 1];
	}

}
