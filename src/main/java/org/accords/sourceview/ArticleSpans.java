package org.accords.sourceview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.accords.actor.Organization;
import org.accords.actor.Person;
import org.accords.actor.Post;
import org.accords.agreement.Agreement;
import org.accords.agreement.AgreementLink;
import org.accords.agreement.LifecycleEvent;
import org.accords.agreement.Participant;
import org.accords.agreement.ParticipationPeriod;
import org.accords.agreement.Signatory;
import org.accords.amount.Money;
import org.accords.amount.Quantity;
import org.accords.area.CooperationArea;
import org.accords.article.Article;
import org.accords.article.Withdrawals;
import org.accords.commitment.Commitment;
import org.accords.event.Event;
import org.accords.evidence.Claim;
import org.accords.evidence.Reported;
import org.accords.evidence.WithdrawnFact;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.paging.NodeId;
import org.accords.programme.Programme;
import org.accords.statement.Statement;
import org.accords.store.FactStore;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Gathers every evidence span of one article from one dataset version: one store query
 * per fact collection (filtered on {@code evidence.articleId}, which is indexed), one for
 * the corrections that withdrew facts whole (the same for every article of a version),
 * plus at most two for the names in labels, whatever the number of facts. Results are
 * cached per version and article.
 */
@Component
public class ArticleSpans {

	/** Field every fact's evidence list is stored under, with the article's node id. */
	static final String EVIDENCE_ARTICLE = "evidence.articleId";

	/** The kind of span of each type of fact a correction may withdraw whole. */
	private static final Map<String, FactKind> WITHDRAWN_KINDS = Map.of(Agreement.TYPE, FactKind.AGREEMENT,
			Signatory.TYPE, FactKind.SIGNATORY, CooperationArea.TYPE, FactKind.AREA, Commitment.TYPE,
			FactKind.COMMITMENT, Statement.TYPE, FactKind.STATEMENT);

	private static final Sort BY_ID = Sort.by("_id");

	private final FactStore store;

	private final Withdrawals withdrawals;

	private final Cache<Key, SourceArticle> cache = Caffeine.newBuilder().maximumSize(256).build();

	ArticleSpans(FactStore store, Withdrawals withdrawals) {
		this.store = store;
		this.withdrawals = withdrawals;
	}

	private record Key(String version, String articleId) {
	}

	/** The article with its spans, or null when the version has no such article. */
	public @Nullable SourceArticle article(String version, String articleId) {
		SourceArticle cached = this.cache.getIfPresent(new Key(version, articleId));
		if (cached != null) {
			return cached;
		}
		Article article = this.store.byId(version, Article.ENTITY, articleId);
		if (article == null) {
			return null;
		}
		SourceArticle built = new SourceArticle(article.id(), article.file(), article.publisher(),
				article.publishedOn(), article.language(), article.url(), article.title(), article.rights(),
				article.contentHash(), version, article.text(), spans(version, articleId));
		this.cache.put(new Key(version, articleId), built);
		return built;
	}

	private List<Span> spans(String version, String articleId) {
		Criteria onArticle = Criteria.where(EVIDENCE_ARTICLE).is(articleId);
		List<Statement> statements = this.store.all(version, Statement.ENTITY, onArticle, BY_ID);
		List<Signatory> signatories = this.store.all(version, Signatory.ENTITY, onArticle, BY_ID);
		List<CooperationArea> areas = this.store.all(version, CooperationArea.ENTITY, onArticle, BY_ID);
		List<Commitment> commitments = this.store.all(version, Commitment.ENTITY, onArticle, BY_ID);
		List<Agreement> agreements = this.store.all(version, Agreement.ENTITY, onArticle, BY_ID);
		List<Organization> organizations = this.store.all(version, Organization.ENTITY, onArticle, BY_ID);
		List<Event> events = this.store.all(version, Event.ENTITY, onArticle, BY_ID);
		List<Programme> programmes = this.store.all(version, Programme.ENTITY, onArticle, BY_ID);
		// the corrections that withdrew facts whole, few: one query per version, cached,
		// rather than one per article (the embedded store reads every article for it)
		List<Article> withdrawing = this.withdrawals.corrections(version);
		List<Person> people = this.store.all(version, Person.ENTITY,
				new Criteria().orOperator(Criteria.where(EVIDENCE_ARTICLE).is(articleId),
						Criteria.where("posts." + EVIDENCE_ARTICLE).is(articleId)),
				BY_ID);

		// names for labels: people and organizations not already at hand, one query each
		Map<String, String> names = new HashMap<>();
		people.forEach((p) -> names.put(p.id(), p.name()));
		organizations.forEach((o) -> names.put(o.id(), o.name()));
		Set<String> missingPeople = new HashSet<>();
		Set<String> missingOrganizations = new HashSet<>();
		statements.forEach((s) -> {
			want(s.speakerId(), names, missingPeople);
			want(s.speakerOrganizationId(), names, missingOrganizations);
			if (!s.onBehalfOfEvidence().isEmpty()) {
				want(s.onBehalfOfId(), names, missingOrganizations);
			}
		});
		signatories.forEach((s) -> {
			want(s.personId(), names, missingPeople);
			want(s.organizationId(), names, missingOrganizations);
		});
		if (!missingPeople.isEmpty()) {
			this.store.byIds(version, Person.ENTITY, missingPeople).forEach((id, p) -> names.put(id, p.name()));
		}
		if (!missingOrganizations.isEmpty()) {
			this.store.byIds(version, Organization.ENTITY, missingOrganizations)
				.forEach((id, o) -> names.put(id, o.name()));
		}

		List<Span> spans = new ArrayList<>();
		for (Statement s : statements) {
			String voice = name(names, (s.speakerId() != null) ? s.speakerId() : s.speakerOrganizationId());
			add(spans, articleId, s.evidence(), FactKind.STATEMENT, Statement.TYPE, s.id(),
					voice + ": " + quoted(s.text()) + corrected(s, articleId, names) + differs(s, articleId, names));
			// the words that say on whose behalf the speaker speaks
			add(spans, articleId, s.onBehalfOfEvidence(), FactKind.STATEMENT, Statement.TYPE, s.id(),
					voice + " speaks for " + name(names, s.onBehalfOfId()));
		}
		for (Signatory s : signatories) {
			String who = (s.personId() != null) ? name(names, s.personId()) : name(names, s.organizationId());
			String forWhom = (s.onBehalfOfId() != null) ? " for " + NodeId.parse(s.onBehalfOfId()).key() : "";
			add(spans, articleId, s.evidence(), FactKind.SIGNATORY, Signatory.TYPE, s.id(),
					"signed by " + who + forWhom
							+ ((s.role() != null && !s.role().isBlank()) ? " (" + s.role() + ")" : "")
							+ corrected(s, articleId, names) + differs(s, articleId, names));
		}
		for (CooperationArea a : areas) {
			add(spans, articleId, a.evidence(), FactKind.AREA, CooperationArea.TYPE, a.id(), a.name() + " ("
					+ a.category() + ")" + corrected(a, articleId, names) + differs(a, articleId, names));
		}
		for (Commitment c : commitments) {
			add(spans, articleId, c.evidence(), FactKind.COMMITMENT, Commitment.TYPE, c.id(),
					abbreviate(c.description()) + " (" + c.status() + ")" + corrected(c, articleId, names)
							+ differs(c, articleId, names));
		}
		for (Agreement a : agreements) {
			add(spans, articleId, a.evidence(), FactKind.AGREEMENT, Agreement.TYPE, a.id(),
					a.title() + corrected(a, articleId, names) + differs(a, articleId, names));
		}
		spans.addAll(withdrawn(articleId, withdrawing));
		spans.addAll(nested(articleId, agreements, commitments));
		spans.addAll(gatherings(articleId, events, programmes));
		for (Organization o : organizations) {
			add(spans, articleId, o.evidence(), FactKind.ORGANIZATION, Organization.TYPE, o.id(),
					o.name() + differs(o, articleId, names));
		}
		for (Person p : people) {
			add(spans, articleId, p.evidence(), FactKind.PERSON, Person.TYPE, p.id(), p.name());
			for (Post post : p.posts()) {
				add(spans, articleId, post.evidence(), FactKind.POST, Person.TYPE, p.id(),
						p.name() + ", " + post.role());
			}
		}
		return sorted(spans);
	}

	/**
	 * The spans of facts held inside agreements and commitments: lifecycle events,
	 * parties with their roles, links to other agreements, money, quantities, deliveries
	 * and funding sources, each labelled with what it says and linked to the fact that
	 * holds it.
	 */
	static List<Span> nested(String articleId, List<Agreement> agreements, List<Commitment> commitments) {
		List<Span> spans = new ArrayList<>();
		for (Agreement a : agreements) {
			String title = abbreviate(a.title());
			for (LifecycleEvent event : a.events()) {
				List<Dated> others = a.events()
					.stream()
					.filter((other) -> other != event && other.stage() == event.stage())
					.map((other) -> new Dated(other.date(), other.datePrecision()))
					.toList();
				add(spans, articleId, event.evidence(), FactKind.LIFECYCLE_EVENT, Agreement.TYPE, a.id(),
						title + ": " + event.stage() + " "
								+ (event.disputed() ? disputedEvent(a, articleId, event)
										: stated(a.getClaims(), "events", articleId, event.stage() + " ",
												new Dated(event.date(), event.datePrecision()), others)));
			}
			for (Participant p : a.participants()) {
				String party = NodeId.parse(p.partyId()).key() + " " + p.role();
				String joined = "";
				if (p.joinedOn() != null && undated(a.getClaims(), articleId, party)) {
					// "Ukraine joined", beside another article's "on 4 November"
					joined = " " + theFact(a.getClaims(), "participants", articleId, party + " joined ", "joined ",
							Dated.of(p.joinedOn(), p.joinedOnPrecision()));
				}
				else if (p.joinedOn() != null) {
					List<Dated> others = a.participants()
						.stream()
						.filter((other) -> other != p && other.partyId().equals(p.partyId()) && other.role() == p.role()
								&& other.joinedOn() != null)
						.map((other) -> Dated.of(other.joinedOn(), other.joinedOnPrecision()))
						.toList();
					joined = ", joined " + stated(a.getClaims(), "participants", articleId, party + " joined ",
							Dated.of(p.joinedOn(), p.joinedOnPrecision()), others);
				}
				String label = title + ": " + party + joined;
				// the words that say it left carry the leaving date; those that say it
				// rejoined, suspended or resumed its part, the day this article gives
				add(spans, articleId, p.evidence().stream().filter((e) -> !p.leftEvidence().contains(e)).toList(),
						FactKind.PARTICIPANT, Agreement.TYPE, a.id(), label + changes(a.getClaims(), articleId, p));
				if (!p.leftEvidence().isEmpty()) {
					add(spans, articleId, p.evidence().stream().filter(p.leftEvidence()::contains).toList(),
							FactKind.PARTICIPANT, Agreement.TYPE, a.id(),
							label + ", left " + leaving(a.getClaims(), articleId, p));
				}
			}
			for (AgreementLink link : a.links()) {
				add(spans, articleId, link.evidence(), FactKind.LINK, Agreement.TYPE, a.id(),
						title + ": " + link.kind() + " " + NodeId.parse(link.targetId()).key());
			}
			money(spans, articleId, a.value(), Agreement.TYPE, a.id(), title + ": value ",
					differs(a.getClaims(), articleId, Map.of(), "value"));
			money(spans, articleId, a.funding(), Agreement.TYPE, a.id(), title + ": funding ",
					differs(a.getClaims(), articleId, Map.of(), "funding"));
		}
		for (Commitment c : commitments) {
			String description = abbreviate(c.description());
			money(spans, articleId, c.amount(), Commitment.TYPE, c.id(), description + ": amount ",
					differs(c.getClaims(), articleId, Map.of(), "amount"));
			quantity(spans, articleId, c.quantity(), c.id(), description + ": quantity ",
					differs(c.getClaims(), articleId, Map.of(), "quantity"));
			quantity(spans, articleId, c.delivered(), c.id(), description + ": delivered ",
					differs(c.getClaims(), articleId, Map.of(), "delivered"));
			if (c.fundingSource() != null) {
				add(spans, articleId, c.fundingSource().evidence(), FactKind.AMOUNT, Commitment.TYPE, c.id(),
						description + ": funded from " + c.fundingSource().text());
			}
			if (c.condition() != null) {
				add(spans, articleId, c.condition().evidence(), FactKind.COMMITMENT, Commitment.TYPE, c.id(),
						description + ": on condition that " + c.condition().text());
			}
		}
		return spans;
	}

	/**
	 * The spans of meetings, visits and ceremonies, labelled with their kind, date and
	 * place, and of programmes.
	 */
	static List<Span> gatherings(String articleId, List<Event> events, List<Programme> programmes) {
		List<Span> spans = new ArrayList<>();
		for (Event e : events) {
			String when = (e.date() != null) ? ", " + Dated.of(e.date(), e.datePrecision()).shown() : "";
			String where = (e.place() != null && !e.place().isBlank()) ? ", " + e.place() : "";
			add(spans, articleId, e.evidence(), FactKind.EVENT, Event.TYPE, e.id(),
					e.name() + " (" + e.kind() + when + where + ")" + differs(e, articleId, Map.of()));
		}
		for (Programme p : programmes) {
			add(spans, articleId, p.evidence(), FactKind.PROGRAMME, Programme.TYPE, p.id(),
					p.name() + differs(p, articleId, Map.of()));
		}
		return spans;
	}

	private static void money(List<Span> spans, String articleId, @Nullable Money money, String type, String id,
			String label, String differs) {
		if (money != null) {
			add(spans, articleId, money.evidence(), FactKind.AMOUNT, type, id,
					label + money.qualifier() + money.currency() + " " + money.figures() + differs);
		}
	}

	private static void quantity(List<Span> spans, String articleId, @Nullable Quantity quantity, String id,
			String label, String differs) {
		if (quantity != null) {
			add(spans, articleId, quantity.evidence(), FactKind.AMOUNT, Commitment.TYPE, id,
					label + (quantity.approximate() ? "about " : "") + quantity.value()
							+ ((quantity.unit() != null) ? " " + quantity.unit() : "")
							+ ((quantity.item() != null) ? " " + quantity.item() : "") + differs);
		}
	}

	/**
	 * What one article states of a dated item of a fact's list (a lifecycle event, a
	 * party's joining), read from the fact's claims. Reports that date the item less
	 * precisely fold into it ("signed in November 2024" into "signed on 4 November", or
	 * into "signed in the week of 28 October", which runs into November), so the item's
	 * date may be one its article does not give: the article's own date is shown then,
	 * with the fact's beside it and how many other articles give that.
	 * @param claims the claims of the fact that holds the item
	 * @param field the list's field in the claims
	 * @param articleId node id of the article
	 * @param prefix how the item's claims read before the date ({@code "SIGNED "})
	 * @param date the item's date
	 * @param others the dates of the fact's other items of the same stage, or party and
	 * role (a date that shares days with one of them did not fold into this item)
	 */
	static String stated(List<Claim> claims, String field, String articleId, String prefix, Dated date,
			List<Dated> others) {
		List<Dated> own = new ArrayList<>();
		for (Claim claim : claims) {
			if (!claim.field().equals(field) || !claim.sourceIds().contains(articleId)
					|| !claim.value().startsWith(prefix)) {
				continue;
			}
			Dated stated = Dated.parse(claim.value().substring(prefix.length()));
			if (date.equals(stated)) {
				return date.shown();
			}
			if (stated != null && stated.coarser(date) && others.stream().noneMatch(stated::coarser)) {
				own.add(stated);
			}
		}
		if (own.isEmpty()) {
			return date.shown();
		}
		return String.join(" / ", own.stream().map(Dated::shown).toList()) + " "
				+ theFact(claims, field, articleId, prefix, "", date);
	}

	/**
	 * The days an article's claims of participants give after {@code prefix}
	 * ({@code LV left }).
	 */
	private static List<Dated> own(List<Claim> claims, String articleId, String prefix) {
		return own(claims, "participants", articleId, prefix);
	}

	/**
	 * The days an article's claims of {@code field} give after {@code prefix}
	 * ({@code SUSPENDED }).
	 */
	private static List<Dated> own(List<Claim> claims, String field, String articleId, String prefix) {
		return claims.stream()
			.filter((claim) -> claim.field().equals(field) && claim.sourceIds().contains(articleId)
					&& claim.value().startsWith(prefix))
			.map((claim) -> Dated.parse(claim.value().substring(prefix.length())))
			.filter(Objects::nonNull)
			.toList();
	}

	/**
	 * The days a participant left, oldest first: its periods' ends that no period
	 * follows.
	 */
	private static List<Dated> leavings(Participant p) {
		List<Dated> leavings = new ArrayList<>();
		List<ParticipationPeriod> periods = p.periods();
		for (int i = 0; i < periods.size(); i++) {
			String until = periods.get(i).until();
			if (until != null && (i + 1 == periods.size() || !until.equals(periods.get(i + 1).from()))) {
				leavings.add(Dated.of(until, periods.get(i).untilPrecision()));
			}
		}
		return leavings;
	}

	/**
	 * Whether sources dispute this leaving of a party: the period it ends is disputed;
	 * for a participant stored before periods were marked, whether any leaving is.
	 */
	private static boolean disputed(Participant p, Dated leaving) {
		List<ParticipationPeriod> periods = p.periods();
		if (periods.stream().noneMatch(ParticipationPeriod::disputed)) {
			return p.leftOnDisputed();
		}
		return periods.stream()
			.anyMatch((period) -> period.disputed() && period.until() != null
					&& Dated.of(period.until(), period.untilPrecision()).equals(leaving));
	}

	/**
	 * What an article says changed in a party's part besides its leaving, as it gives the
	 * days: {@code , rejoined 2026-06-10}, {@code , suspended 2026-04-01}; empty when it
	 * says none. A rejoining, suspension or resumption sources date differently (the
	 * period it begins is {@code fromDisputed}) is followed by {@code (disputed)}, as a
	 * disputed leaving is.
	 */
	static String changes(List<Claim> claims, String articleId, Participant p) {
		StringBuilder changes = new StringBuilder();
		for (String word : List.of("agreed to join", "rejoined", "suspended", "resumed")) {
			List<Dated> own = own(claims, articleId, NodeId.parse(p.partyId()).key() + " " + word + " ");
			if (!own.isEmpty()) {
				changes.append(", ").append(word).append(' ');
				changes.append(String.join(" / ", own.stream().map(Dated::shown).toList()));
				if (own.stream().anyMatch((day) -> changeDisputed(p, word, day))) {
					changes.append(" (disputed)");
				}
			}
		}
		return changes.toString();
	}

	/**
	 * Whether sources dispute the change (a rejoining, suspension or resumption,
	 * {@code word}) an article dates {@code day}: the latest period such a change begins
	 * on or before it is {@code fromDisputed}.
	 */
	private static boolean changeDisputed(Participant p, String word, Dated day) {
		List<ParticipationPeriod> periods = p.periods();
		boolean disputed = false;
		for (int i = 1; i < periods.size(); i++) {
			ParticipationPeriod period = periods.get(i);
			String from = period.from();
			if (from != null && period.change(periods.get(i - 1)).equals(word) && from.compareTo(day.iso()) <= 0) {
				disputed = period.fromDisputed();
			}
		}
		return disputed;
	}

	/**
	 * The day an article gives for a party's leaving: as {@link #stated} writes it (the
	 * fact beside a month that holds it), with {@code (disputed)} when sources dispute
	 * that leaving (the period it ends); a day of its own that others dispute comes
	 * first, the fact beside it:
	 * {@code 2026-04-14 (disputed; the fact: 2026-04-01, as 1 other article gives it)}.
	 * The leaving's words of every article are the participant's, whichever day each
	 * gives.
	 */
	static String leaving(List<Claim> claims, String articleId, Participant p) {
		String prefix = NodeId.parse(p.partyId()).key() + " left ";
		List<Dated> own = own(claims, articleId, prefix);
		// a party that left more than once: the leaving this article's day falls on
		List<Dated> leavings = leavings(p);
		Dated fact = leavings.stream()
			.filter((day) -> own.stream().anyMatch((mine) -> mine.equals(day) || mine.coarser(day)))
			.findFirst()
			.orElse((p.leftOn() != null) ? Dated.of(p.leftOn(), p.leftOnPrecision())
					: leavings.isEmpty() ? null : leavings.get(leavings.size() - 1));
		if (fact == null) {
			return String.join(" / ", own.stream().map(Dated::shown).toList());
		}
		if (own.isEmpty() || own.stream().anyMatch((day) -> day.equals(fact) || day.coarser(fact))) {
			return stated(claims, "participants", articleId, prefix, fact, List.of())
					+ (disputed(p, fact) ? " (disputed)" : "");
		}
		// theFact writes "(the fact: ...)"
		return String.join(" / ", own.stream().map(Dated::shown).toList()) + " (disputed; "
				+ theFact(claims, "participants", articleId, prefix, "", fact).substring(1);
	}

	/**
	 * The day an article gives for a change of an agreement that sources date differently
	 * (one suspension, resumption, termination or expiry), as {@link #leaving} writes a
	 * disputed leaving: {@code 2026-03-09 (disputed)} when it gives the day served, its
	 * own day first otherwise, the fact beside it:
	 * {@code 2026-03-10 (disputed; the fact: 2026-03-09, as 1 other article gives it)}.
	 * The article's days are those of its claims of the stage from the day served to the
	 * next event of that stage.
	 */
	static String disputedEvent(Agreement a, String articleId, LifecycleEvent event) {
		String prefix = event.stage() + " ";
		Dated fact = Dated.of(event.date(), event.datePrecision());
		String next = a.events()
			.stream()
			.filter((other) -> other.stage() == event.stage() && other.date().compareTo(event.date()) > 0)
			.map(LifecycleEvent::date)
			.findFirst()
			.orElse(null);
		List<Dated> own = own(a.getClaims(), "events", articleId, prefix).stream()
			.filter((day) -> day.iso().compareTo(event.date()) >= 0 && (next == null || day.iso().compareTo(next) < 0))
			.toList();
		if (own.isEmpty() || own.stream().anyMatch((day) -> day.equals(fact) || day.coarser(fact))) {
			return fact.shown() + " (disputed)";
		}
		return String.join(" / ", own.stream().map(Dated::shown).toList()) + " (disputed; "
				+ theFact(a.getClaims(), "events", articleId, prefix, "", fact).substring(1);
	}

	/**
	 * What the fact says of an item the article gives less of, and how many other
	 * articles give that: {@code (the fact: 2024-11-04, as 1 other article gives it)}.
	 * @param said how the label writes the item before its date ({@code "joined "})
	 */
	private static String theFact(List<Claim> claims, String field, String articleId, String prefix, String said,
			Dated date) {
		long giving = claims.stream()
			.filter((claim) -> claim.field().equals(field) && claim.value().equals(prefix + date))
			.flatMap((claim) -> claim.sourceIds().stream())
			.filter((id) -> !id.equals(articleId))
			.distinct()
			.count();
		return "(the fact: " + said + date.shown() + ((giving == 1) ? ", as 1 other article gives it" : "")
				+ ((giving > 1) ? ", as " + giving + " other articles give it" : "") + ")";
	}

	/**
	 * Whether the article names the party in its role without a date, and gives it no
	 * date elsewhere: its words folded into an item another article dates.
	 */
	private static boolean undated(List<Claim> claims, String articleId, String party) {
		List<String> own = claims.stream()
			.filter((claim) -> claim.field().equals("participants") && claim.sourceIds().contains(articleId))
			.map(Claim::value)
			.toList();
		return own.contains(party) && own.stream().noneMatch((value) -> value.startsWith(party + " joined "));
	}

	/**
	 * A date with how much of it is known, as facts store it (a month as its first day).
	 * {@link #toString()} is how claims write it ({@code 2024-11-01 (MONTH)}),
	 * {@link #shown()} how labels do ({@code 2024-11}).
	 */
	record Dated(String iso, DatePrecision precision) {

		static Dated of(String iso, @Nullable DatePrecision precision) {
			return new Dated(iso, (precision != null) ? precision : DatePrecision.DAY);
		}

		/** A date as a claim writes it, or null when the text is not one. */
		static @Nullable Dated parse(String text) {
			int open = text.indexOf(" (");
			try {
				Dated dated = (open < 0) ? new Dated(text, DatePrecision.DAY) : new Dated(text.substring(0, open),
						DatePrecision.valueOf(text.substring(open + 2, text.length() - 1)));
				LocalDate.parse(dated.iso());
				return dated;
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

		/**
		 * Whether this date is less precise than the other and shares a day with it, as
		 * the loader folds it: November 2024 beside 4 November, or beside the week of 28
		 * October (to Sunday 3 November).
		 */
		boolean coarser(Dated other) {
			LocalDate first = LocalDate.parse(this.iso);
			LocalDate last = this.precision.last(first);
			LocalDate otherFirst = LocalDate.parse(other.iso());
			LocalDate otherLast = other.precision().last(otherFirst);
			return !otherLast.isBefore(first) && !otherFirst.isAfter(last)
					&& last.toEpochDay() - first.toEpochDay() > otherLast.toEpochDay() - otherFirst.toEpochDay();
		}

		/**
		 * As a reader says it: {@code 2024-11-04}, {@code week of 2024-11-04},
		 * {@code 2024-11}, {@code 2024}.
		 */
		String shown() {
			return switch (this.precision) {
				case DAY -> this.iso;
				case WEEK -> "week of " + this.iso;
				case MONTH -> this.iso.substring(0, 7);
				case YEAR -> this.iso.substring(0, 4);
			};
		}

		@Override
		public String toString() {
			return (this.precision == DatePrecision.DAY) ? this.iso : this.iso + " (" + this.precision + ")";
		}

	}

	/** Spans in reading order: by start, the longer of two first, then by kind. */
	static List<Span> sorted(List<Span> spans) {
		List<Span> copy = new ArrayList<>(spans);
		copy.sort(Comparator.comparingInt(Span::start)
			.thenComparing(Comparator.comparingInt(Span::end).reversed())
			.thenComparing((span) -> FactKind.of(span.kind()).ordinal())
			.thenComparing(Span::factId));
		return List.copyOf(copy);
	}

	private static void add(List<Span> spans, String articleId, List<Evidence> evidence, FactKind kind, String type,
			String factId, String label) {
		for (Evidence e : evidence) {
			// a person or organization met in several articles has evidence in each
			if (e.articleId().equals(articleId)) {
				spans.add(new Span(e.start(), e.end(), kind.key(), type, factId, label, e.excerpt()));
			}
		}
	}

	/**
	 * The words of the facts that corrections withdrew whole, which are not served: a
	 * report's words of one are labelled as withdrawn
	 * ({@code Joint agreement [corrected by a later article: this agreement is withdrawn
	 * whole]}), a correction's words name what they withdraw
	 * ({@code withdraws agreement joint-agreement: Joint agreement}).
	 * @param withdrawing the articles holding such facts, those with evidence in this
	 * article among them
	 */
	static List<Span> withdrawn(String articleId, List<Article> withdrawing) {
		List<Span> spans = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Article correction : withdrawing) {
			for (WithdrawnFact fact : correction.withdrawnFacts()) {
				FactKind kind = WITHDRAWN_KINDS.get(NodeId.parse(fact.value()).type());
				if (kind == null || !seen.add(fact.value())) {
					// a fact two corrections withdraw is labelled once
					continue;
				}
				// in the words of the page's legend ("cooperation area"), singular: one
				// fact
				String noun = kind.label().toLowerCase(java.util.Locale.ROOT);
				String what = noun + " " + readable(fact.value());
				String name = (fact.name() != null) ? abbreviate(fact.name()) : what;
				add(spans, articleId, fact.evidence(), kind, NodeId.parse(fact.value()).type(), fact.value(),
						fact.sourceIds().contains(articleId)
								? name + " [corrected by a later article: this " + noun + " is withdrawn whole]"
								: "withdraws " + what + ((fact.name() != null) ? ": " + name : ""));
			}
		}
		return spans;
	}

	/**
	 * What the article states of a fact that a later article of its publisher corrects,
	 * so that its words are not read as the fact's:
	 * {@code  [corrected by a later article: this article's person Ilze Kalnina is withdrawn]};
	 * empty when it states nothing corrected.
	 */
	static String corrected(Reported fact, String articleId, Map<String, String> names) {
		List<String> withdrawn = fact.getClaims()
			.stream()
			.filter((claim) -> !claim.correctedByIds().isEmpty() && claim.sourceIds().contains(articleId))
			.map((claim) -> claim.field() + " " + names.getOrDefault(claim.value(), readable(claim.value())))
			.toList();
		return withdrawn.isEmpty() ? "" : withdrawnNote(withdrawn);
	}

	/**
	 * What the article states of a fact that other sources state otherwise, so that its
	 * words are not read as the only account:
	 * {@code  [sources differ on amount: this article gives 40000000 EUR, others 48000000 EUR]};
	 * empty when it states no competing value.
	 */
	static String differs(Reported fact, String articleId, Map<String, String> names) {
		return differs(fact.getClaims(), articleId, names, null);
	}

	/**
	 * The same, of one field's values only ({@code amount} for the words of a
	 * commitment's sum), or of every field when {@code field} is null.
	 */
	static String differs(List<Claim> claims, String articleId, Map<String, String> names, @Nullable String field) {
		if (claims.isEmpty()) {
			return "";
		}
		// the fields on which this article gives a competing value, each with the values
		// it gives and those other articles give
		Map<String, List<String>> own = new java.util.LinkedHashMap<>();
		Map<String, List<String>> others = new java.util.LinkedHashMap<>();
		for (Claim claim : claims) {
			if (claim.competing() && (field == null || claim.field().equals(field))) {
				String value = names.getOrDefault(claim.value(), readable(claim.value()));
				(claim.sourceIds().contains(articleId) ? own : others)
					.computeIfAbsent(claim.field(), (k) -> new ArrayList<>())
					.add(value);
			}
		}
		List<String> differ = new ArrayList<>();
		own.forEach((name, values) -> {
			List<String> theirs = others.getOrDefault(name, List.of());
			differ.add("sources differ on " + name + ": this article gives " + String.join(" / ", values)
					+ (theirs.isEmpty() ? "" : ", others " + String.join(" / ", theirs)));
		});
		return differ.isEmpty() ? "" : " [" + String.join("; ", differ) + "]";
	}

	/** {@code  [corrected by a later article: this article's ... is withdrawn]}. */
	private static String withdrawnNote(List<String> withdrawn) {
		return " [corrected by a later article: this article's " + String.join(", ", withdrawn) + " is withdrawn]";
	}

	/**
	 * A claim's value for reading: the curated id of an entity it names (a party's code,
	 * a withdrawn fact's id), else the value.
	 */
	private static String readable(String value) {
		return NodeId.keyOr(value);
	}

	private static void want(@Nullable String id, Map<String, String> names, Set<String> missing) {
		if (id != null && !names.containsKey(id)) {
			missing.add(id);
		}
	}

	private static String name(Map<String, String> names, @Nullable String id) {
		if (id == null) {
			return "unknown";
		}
		return names.getOrDefault(id, NodeId.parse(id).key());
	}

	static String quoted(String text) {
		return "\u201c" + abbreviate(text) + "\u201d";
	}

	static String abbreviate(String text) {
		return (text.length() <= 90) ? text : text.substring(0, 87).stripTrailing() + "\u2026";
	}

}
