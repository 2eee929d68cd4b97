package org.accords.draft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.accords.agreement.LifecycleStage;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Drafter} proposes for one article: every fact with the character spans of
 * the text that supports it. {@link DraftWriter} turns it into a curated file.
 */
public final class Draft {

	final LocalDate date;

	final String text;

	@Nullable String publisher;

	final List<CountryRef> countries = new ArrayList<>();

	final List<Org> organizations = new ArrayList<>();

	final List<Person> people = new ArrayList<>();

	final List<Stmt> statements = new ArrayList<>();

	final List<Deal> agreements = new ArrayList<>();

	final List<Area> areas = new ArrayList<>();

	final List<DateRef> dates = new ArrayList<>();

	final List<Money> money = new ArrayList<>();

	final List<Span> quantities = new ArrayList<>();

	/** Commitments proposed for amounts stated outside any agreement's sentences. */
	final List<Pledge> commitments = new ArrayList<>();

	/** Visits, press conferences, meetings and signing ceremonies. */
	final List<Meeting> events = new ArrayList<>();

	/**
	 * The words that make the article a publisher's correction of its own earlier report
	 * ("(Corrects value of ...)", "An earlier version of this story misstated"), or null.
	 */
	@Nullable Span correction;

	/**
	 * What the correction says the earlier report got wrong ("not 120 million", "from
	 * Tomasz Wrona"): no value or person is proposed from these words.
	 */
	final List<Span> withdrawn = new ArrayList<>();

	/**
	 * The words in which a correction says that no agreement was signed ("The ministers
	 * discussed such an agreement; none was signed."), or null.
	 */
	@Nullable Span noneSigned;

	/** The countries the notice names as signing what was never signed. */
	final Set<String> unsignedParties = new LinkedHashSet<>();

	/**
	 * The dataset's agreement whose signing the correction withdraws whole, as
	 * {@link DraftWriter} found it; null without a dataset or when it found none.
	 */
	@Nullable String withdrawnAgreement;

	/**
	 * The day of the report the correction corrects, when its notice gives it ("A report
	 * on Monday"), ISO; null when it does not.
	 */
	@Nullable String correctedReportOn;

	/**
	 * What a correction says its report wrongly said ("... wrongly said that Lithuania
	 * had suspended ..."), whose wrong fact the curator names in {@code withdraws}.
	 */
	@Nullable Span wronglySaid;

	/**
	 * The dataset's article ids this one corrects, as {@link DraftWriter} found them;
	 * empty without a dataset or when it holds none.
	 */
	final List<String> corrects = new ArrayList<>();

	/**
	 * The dataset's signatory and statement ids a correction's entries keep, so that its
	 * signer or speaker is the corrected value of the report's, not a second one.
	 */
	final List<String> correctedIds = new ArrayList<>();

	Draft(LocalDate date, String text) {
		this.date = date;
		this.text = text;
	}

	/** Characters {@code [start, end)} of the article text. */
	record Span(int start, int end) {

		String of(String text) {
			return text.substring(this.start, this.end);
		}

		boolean overlaps(Span other) {
			return this.start < other.end && other.start < this.end;
		}

		int overlap(Span other) {
			return Math.max(0, Math.min(this.end, other.end) - Math.max(this.start, other.start));
		}

	}

	/** A country the article names, by its ISO code. */
	record CountryRef(String code, String name) {
	}

	/** An organization as the article writes it. */
	static final class Org {

		String id = "";

		String name;

		final String kind;

		@Nullable String country;

		final Span mention;

		/**
		 * The name the article gave, when the dataset's ministry of the same portfolio
		 * replaced it ("Ministry of Defence" for the Ministry of National Defence).
		 */
		@Nullable String draftedAs;

		Org(String name, String kind, @Nullable String country, Span mention) {
			this.name = name;
			this.kind = kind;
			this.country = country;
			this.mention = mention;
		}

	}

	/** A person, with the role written beside the name and every mention. */
	static final class Person {

		String id = "";

		String name;

		@Nullable String role;

		@Nullable Span roleSpan;

		@Nullable String country;

		@Nullable String alias;

		/** Whether the id and name are those of an entity already in the dataset. */
		boolean known;

		/**
		 * The dataset's person whose name this one is a variant spelling of ("Umjerov" of
		 * "Umerov"), proposed as {@code sameAs}.
		 */
		@Nullable String sameAs;

		/** The dataset's name of {@link #sameAs}. */
		@Nullable String sameAsName;

		final List<Span> mentions = new ArrayList<>();

		/**
		 * The other spellings of the name in the article ("Halyna Tkatchuk" of "Halyna
		 * Tkachuk", as a translated name is transliterated two ways): proposed as
		 * {@code aliases}.
		 */
		final List<String> variants = new ArrayList<>();

		Person(String name) {
			this.name = name;
		}

	}

	/** A direct quote or a paraphrase, with its speaker and the attribution words. */
	static final class Stmt {

		String id = "";

		final String kind;

		final Span text;

		@Nullable Person speaker;

		/** The speaker when the article names no person ("according to the ministry"). */
		@Nullable Org organization;

		/** The quote or clause with the words that attribute it. */
		final List<Span> evidence = new ArrayList<>();

		@Nullable String saidOn;

		/** The press conference it was said at. */
		@Nullable Meeting event;

		Stmt(String kind, Span text) {
			this.kind = kind;
			this.text = text;
		}

	}

	/** An agreement mentioned with a signing verb. */
	static final class Deal {

		String id = "";

		String kind;

		String title;

		/**
		 * Whether the id, title and kind are those of an agreement already in the
		 * dataset.
		 */
		boolean known;

		final List<Span> evidence = new ArrayList<>();

		@Nullable String signedOn;

		/**
		 * For an agreement already in the dataset that this article dates to another day:
		 * the line that explains the dispute ("Left Bank Wire Service gives 2024-11-03;
		 * the dataset gives 2024-11-04").
		 */
		@Nullable String disputeNote;

		/**
		 * For an agreement of the report a correction corrects, dated to another day by
		 * the correction: what replaces what ("Amber Coast Wire now gives 2026-11-29 as
		 * the signing day; its report gave 2026-11-30"), in place of a
		 * {@link #disputeNote}.
		 */
		@Nullable String signedOnCorrects;

		/**
		 * The article's month or year of signing ("in May") that the dataset already
		 * gives to the day, with that day ("2025-05 agrees with the dataset's
		 * 2025-05-21"): left out of {@link #signedOn}, as it adds nothing to the
		 * dataset's day (the loader would agree it with the day, not dispute it), and
		 * named in the header.
		 */
		@Nullable String signedOnCoarser;

		/**
		 * The dataset's agreement of the same parties and kind (its id, title, kind,
		 * parties, place and signing day) that this one is not, as the article dates its
		 * signing a month or more from that agreement's: named in the header.
		 */
		String @Nullable [] otherSigning;

		@Nullable String signedIn;

		final Set<String> parties = new LinkedHashSet<>();

		final Set<Person> signatories = new LinkedHashSet<>();

		final Set<Org> organizationSignatories = new LinkedHashSet<>();

		/** What it is worth, when one of its sentences states an amount. */
		@Nullable Amount value;

		/**
		 * The sentence its value is from when that sentence names no agreement ("The
		 * package the three countries agreed is worth 150 million euros"): the header
		 * asks to check it.
		 */
		@Nullable Span valueFromUnnamed;

		/**
		 * When its value is paid in instalments by a date and the article names no payer
		 * ("worth 90 million euros, paid in three instalments by 2027"): that date, which
		 * the header names for the payer's commitment.
		 */
		@Nullable String instalmentsDueBy;

		/**
		 * Sentences that tell of its signing only in passing ("under the memorandum
		 * signed in Kyiv in November 2024"): no signing ceremony of the article's.
		 */
		final List<Span> signedInPassing = new ArrayList<>();

		/** "open to other allies joining": others may join. */
		boolean openToAccession;

		/**
		 * The party that leads it ("with Denmark leading the procurement"), a CO_LEADER.
		 */
		@Nullable String lead;

		@Nullable Span leadEvidence;

		/**
		 * Where its parties are named together: the other parties' evidence as members.
		 */
		@Nullable Span partiesEvidence;

		/**
		 * Countries that "joined" it, with the day or month ("Finland and Estonia joined
		 * a British-led coalition ... on Thursday"), or follow it "as an observer".
		 */
		final List<Joined> joined = new ArrayList<>();

		/**
		 * Countries that "agreed to join" it or "announced they would join", on the day
		 * or month the article gives ("Finland agreed on Monday to join the coalition"):
		 * each its {@code agreedOn}, no joining yet.
		 */
		final List<Joined> agreed = new ArrayList<>();

		/**
		 * Countries that left it ("withdrew from the coalition on 3 March", "pulled out
		 * of it last month") or suspended their part in it (which is no leaving).
		 */
		final List<Left> left = new ArrayList<>();

		/**
		 * Its lifecycle events that clear wording gives ("suspended the programme on
		 * Monday", "was ratified by parliament on 3 March").
		 */
		final List<Stage> stages = new ArrayList<>();

		/**
		 * Whether the article tells of it only as what a party left, suspended its part
		 * in, joined or agreed to join ("withdrew from the British-led coalition ...",
		 * "agreed on Monday to join the coastal-artillery coalition ..."): no parties of
		 * its own, and the dataset's agreement is the one that party took part in, else
		 * the one of its title.
		 */
		boolean fromMembership;

		/**
		 * The stage of the one event the article tells of it, when it tells of no signing
		 * ("Estonia suspended its defence-industry memorandum with Finland on 3 May"): no
		 * signing day is proposed, and the agreement is likely one already curated.
		 */
		@Nullable LifecycleStage fromStage;

		/** Where things go under it ("buying drones for Ukraine"): not parties. */
		final Set<String> recipients = new LinkedHashSet<>();

		/**
		 * The words that say it replaces another agreement ("that replaces the letter of
		 * intent the two countries signed in Riga", "The letter ... was turned into the
		 * memorandum", "upgraded from the letter of intent"): the evidence of a proposed
		 * SUPERSEDES link.
		 */
		@Nullable Span replaces;

		/**
		 * The kind of the agreement it replaces, as its noun gives it (LETTER_OF_INTENT);
		 * null when the noun names none ("the earlier agreement").
		 */
		@Nullable String replacedKind;

		/**
		 * The dataset's agreement it replaces, {id, title}, when the dataset holds one
		 * agreement of the same parties that the words can name: the proposed SUPERSEDES
		 * link's target.
		 */
		String @Nullable [] supersedes;

		/** The event it was signed at (a visit, a meeting, its signing ceremony). */
		@Nullable Meeting signedAt;

		/**
		 * The dataset's event it was signed at, when the dataset's agreement names one.
		 */
		@Nullable String knownSignedAt;

		Deal(String kind, String title) {
			this.kind = kind;
			this.title = title;
		}

	}

	/**
	 * A participant an article says joined an agreement or follows it: its party, its
	 * role (MEMBER or OBSERVER), the day or month it joined as the article words it, and
	 * the words that say so.
	 */
	record Joined(String party, String role, @Nullable String on, Span evidence) {
	}

	/**
	 * A participant an article says left an agreement, or rejoined it, or suspended or
	 * resumed its participation: its party, the curated field that says which
	 * ({@code leftOn}, {@code rejoinedOn}, {@code suspendedOn}, {@code resumedOn}), the
	 * day, month or year as the curated file writes it ({@code null} when the article
	 * gives none), and the words that say so; when {@code suspended}, one that suspended
	 * only a part of what it does ("its participation in the coalition's training"), or
	 * gives no day, which is noted and not proposed.
	 */
	record Left(String party, String field, @Nullable String on, Span evidence, boolean suspended) {
	}

	/**
	 * A lifecycle event of an agreement (its curated {@code events}): the stage, the day,
	 * month or year as the curated file writes it, and the sentence that says so.
	 */
	record Stage(LifecycleStage stage, String on, Span evidence) {
	}

	/**
	 * An event (the curated file's {@code events}): a visit, a press conference, a
	 * meeting or a signing ceremony, with the people taking part.
	 */
	static final class Meeting {

		String id = "";

		/** An {@code EventKind}: VISIT, PRESS_CONFERENCE, MEETING, SUMMIT, ... */
		final String kind;

		final String name;

		@Nullable String date;

		@Nullable String place;

		@Nullable String country;

		final Set<Person> participants = new LinkedHashSet<>();

		/** The words that tell of it. */
		final Span evidence;

		Meeting(String kind, String name, Span evidence) {
			this.kind = kind;
			this.name = name;
			this.evidence = evidence;
		}

	}

	/** A cooperation area found by its term. */
	record Area(String name, String category, Span span) {
	}

	/** A day the article gives, resolved against its date; as written for the file. */
	record DateRef(LocalDate date, String asWritten, Span span) {
	}

	/**
	 * An amount proposed as a Money field: the words that state it (with "about" and the
	 * like before it), and whether those make it approximate; for a range ("between 20
	 * and 30 million euros") its lower end, the money being its upper end ({@code upTo}).
	 */
	record Amount(Money money, boolean approximate, Span words, @Nullable BigDecimal from) {

		Amount(Money money, boolean approximate, Span words) {
			this(money, approximate, words, null);
		}

	}

	/**
	 * A commitment proposed for an amount: the first country its sentence names as
	 * obligor, the next as beneficiary, both for the curator to check; or for a delivery
	 * of the draft's one agreement without money ("the first 500 drones ... by April, and
	 * 2,000 in all"), its parties as obligors.
	 */
	static final class Pledge {

		String id = "";

		final @Nullable Amount amount;

		final Span sentence;

		@Nullable String obligor;

		/**
		 * The company or other organization that undertakes it, when the clause names one
		 * before its verb ("South Korea's Daewon Aerospace will supply 18 ... systems"):
		 * the obligor instead of a country.
		 */
		@Nullable Org obligorOrganization;

		/**
		 * A joint commitment's obligors: the parties of the draft's one agreement, when
		 * the sentence names only where the money goes ("the three countries will finance
		 * ... for Ukraine").
		 */
		final List<String> obligors = new ArrayList<>();

		@Nullable String beneficiary;

		/**
		 * The agreement it is part of: the draft's one agreement, when the commitment's
		 * obligors are its parties or its sentence names it ("under the memorandum").
		 */
		@Nullable Deal agreement;

		/**
		 * The first quantity its sentence states, with "about" and the like when written.
		 */
		@Nullable Span quantity;

		/**
		 * The item, when its quantity's words do not name it ("2,000 in all" after "the
		 * first 500 drones").
		 */
		@Nullable String quantityItem;

		/**
		 * Whether it is the draft's one agreement's though its sentence names no
		 * agreement ("The first batch of 500 drones arrived in Kyiv on Monday"): the
		 * header asks to check it.
		 */
		boolean agreementFromUnnamed;

		boolean quantityApproximate;

		/**
		 * The day it was delivered ("handed over ... on Tuesday"): FULFILLED then.
		 */
		@Nullable String fulfilledOn;

		/**
		 * Its own words, when its sentence lists several sums each with its country
		 * ("Finland 30 million pounds"): its evidence instead of the whole sentence.
		 */
		@Nullable Span part;

		/** "by the end of June 2026", "by 2027": a month ({@code 2026-06}) or a year. */
		@Nullable String dueBy;

		/**
		 * How firmly, from its sentence's words: UNDERTAKEN, INTENDED ("plans to",
		 * "could") or UNDER_NEGOTIATION; FULFILLED when {@link #fulfilledOn} is known.
		 */
		String status = "UNDERTAKEN";

		/**
		 * What it depends on ("provided that parliament approves the budget"): the
		 * condition's own words, without the word that introduces it.
		 */
		@Nullable Span condition;

		/** The words that state the condition, the word that introduces it included. */
		@Nullable Span conditionWords;

		Pledge(@Nullable Amount amount, Span sentence) {
			this.amount = amount;
			this.sentence = sentence;
		}

		/** The words that say it: its own part of the sentence, else the sentence. */
		Span evidence() {
			return (this.part != null) ? this.part : this.sentence;
		}

	}

	/** An amount of money: ISO currency and value. */
	record Money(String currency, BigDecimal amount, Span span) {

		/** "EUR 20000000": what the evaluation compares. */
		String normalized() {
			return this.currency + " " + this.amount.stripTrailingZeros().toPlainString();
		}

	}

}
