package org.accords.seed;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The facts curated from one article, as written in {@code seed-data/curated/*.yaml}.
 * References use local ids; every {@code evidence} entry is an excerpt copied verbatim
 * from the article. An entry whose id another file defines is this article's report of
 * that entity; {@code sameAs} makes an entry with another id a report of an existing
 * entity and retires its own id. The format is documented in docs/curating.md.
 */
public record CuratedFile(ArticleEntry article, @Nullable List<CountryEntry> countries,
		@Nullable List<OrganizationEntry> organizations, @Nullable List<PersonEntry> people,
		@Nullable List<AgreementEntry> agreements, @Nullable List<SignatoryEntry> signatories,
		@Nullable List<AreaEntry> cooperationAreas, @Nullable List<CommitmentEntry> commitments,
		@Nullable List<StatementEntry> statements, @Nullable List<ProgrammeEntry> programmes,
		@Nullable List<MeetingEntry> events) {

	/**
	 * An entry a curator may mark {@code reviewed: false} (as {@code draft} writes every
	 * entry): the loader never serves it as a fact, skips what depends on it, and lists
	 * it.
	 */
	public interface Reviewable {

		/**
		 * {@code false} for a draft entry; absent (null) or {@code true} once reviewed.
		 */
		@Nullable Boolean reviewed();

		default boolean unreviewed() {
			return Boolean.FALSE.equals(reviewed());
		}

	}

	/**
	 * The article: {@code corrects} names earlier reports of its publisher that it
	 * corrects, and {@code withdraws} what of them it says was wrong.
	 */
	public record ArticleEntry(String file, String id, String publisher, String language, @Nullable String url,
			@Nullable String title, String rights, @Nullable List<EditionEntry> editions,
			@Nullable List<String> corrects, @Nullable List<WithdrawalEntry> withdraws) {
	}

	/**
	 * What a correction withdraws of the reports it corrects: one fact (an
	 * {@code agreement}, {@code commitment} or {@code statement}) and the items of its
	 * lists that the correction says were wrong, with the correction's words. An
	 * agreement's {@code signatories}, {@code cooperationAreas}, {@code commitments} and
	 * {@code statements} are whole facts; its {@code leavings}, {@code rejoinings},
	 * {@code suspensions} and {@code resumptions} name parties, each withdrawing only
	 * that change of the party's part (its {@code participants} withdraw every item of
	 * the party).
	 */
	public record WithdrawalEntry(@Nullable String agreement, @Nullable String commitment, @Nullable String statement,
			@Nullable List<String> parties, @Nullable List<String> participants, @Nullable List<String> signatories,
			@Nullable List<String> cooperationAreas, @Nullable List<String> commitments,
			@Nullable List<String> statements, @Nullable List<String> obligors, @Nullable List<String> areas,
			@Nullable List<String> evidence, @Nullable List<String> leavings, @Nullable List<String> rejoinings,
			@Nullable List<String> suspensions, @Nullable List<String> resumptions) {
	}

	/** Another publication of the article's text. */
	public record EditionEntry(String publisher, @Nullable String publishedOn, @Nullable String language,
			@Nullable String url, @Nullable String title) {
	}

	public record CountryEntry(String code, String name, @Nullable List<String> aliases,
			@Nullable Boolean reviewed) implements Reviewable {
	}

	public record OrganizationEntry(String id, String name, String kind, @Nullable String country,
			@Nullable List<String> evidence, @Nullable List<String> aliases, @Nullable String sameAs,
			@Nullable Boolean reviewed) implements Reviewable {
	}

	/**
	 * A post the person holds, or held ({@code former: true}: the article calls them a
	 * former holder), with a start and end where the article states them.
	 */
	public record PostEntry(String role, @Nullable String organization, @Nullable List<String> evidence,
			@Nullable String from, @Nullable String to, @Nullable Boolean former) {
	}

	public record PersonEntry(String id, String name, @Nullable String country, @Nullable List<PostEntry> posts,
			@Nullable List<String> evidence, @Nullable List<String> aliases, @Nullable String sameAs,
			@Nullable Boolean reviewed) implements Reviewable {
	}

	public record AgreementEntry(String id, @Nullable String title, @Nullable String kind, @Nullable String signedOn,
			@Nullable String signedIn, @Nullable List<String> parties, @Nullable String summary,
			@Nullable List<String> evidence, @Nullable String sameAs, @Nullable List<String> contradicts,
			@Nullable String disputeNote, @Nullable Boolean reviewed, @Nullable MoneyEntry value,
			@Nullable MoneyEntry funding, @Nullable List<EventEntry> events,
			@Nullable List<ParticipantEntry> participants, @Nullable Boolean openToAccession,
			@Nullable List<LinkEntry> links, @Nullable String programme,
			@Nullable String signedAt) implements Reviewable {
	}

	/**
	 * A link from this agreement to another it follows, implements, amends or supersedes
	 * ({@code target} an agreement id of any file), with evidence.
	 */
	public record LinkEntry(@Nullable String kind, @Nullable String target, @Nullable List<String> evidence) {
	}

	/**
	 * A named programme agreements belong to: {@code runBy} a country code or
	 * organization id.
	 */
	public record ProgrammeEntry(String id, String name, @Nullable String runBy, @Nullable List<String> evidence,
			@Nullable String sameAs, @Nullable Boolean reviewed) implements Reviewable {
	}

	/**
	 * A meeting, visit, press conference or signing ceremony (the top-level
	 * {@code events} section; an agreement's own {@code events} are its lifecycle):
	 * {@code participants} are person, organization or country ids.
	 */
	public record MeetingEntry(String id, String name, String kind, @Nullable String date, @Nullable String place,
			@Nullable String country, @Nullable List<String> participants, @Nullable List<String> evidence,
			@Nullable String sameAs, @Nullable Boolean reviewed) implements Reviewable {
	}

	/**
	 * A country (code) or organization (id) taking part in an agreement, in a role, with
	 * an optional joined-on date, an optional left-on date (it withdrew), an optional
	 * rejoined-on date (it joined again after leaving), optional suspended-on and
	 * resumed-on dates (it suspended its participation, and resumed it), an optional
	 * agreed-on date (it agreed, or was announced, to join before it joined) and
	 * evidence.
	 */
	public record ParticipantEntry(@Nullable String party, @Nullable String role, @Nullable String joinedOn,
			@Nullable String leftOn, @Nullable String rejoinedOn, @Nullable String suspendedOn,
			@Nullable String resumedOn, @Nullable List<String> evidence, @Nullable String agreedOn) {
	}

	/** A dated lifecycle event of an agreement: a stage, a date and evidence. */
	public record EventEntry(@Nullable String stage, @Nullable String date, @Nullable List<String> evidence) {
	}

	/**
	 * A sum of money: {@code amount} an exact decimal ({@code 120000000}, {@code 1.5}),
	 * {@code currency} an ISO 4217 code, the article's words in {@code text}, and
	 * evidence; {@code bound} a {@code MoneyBound} when the article gives the amount as a
	 * bound ("more than", "up to"); {@code upTo} the upper end of a range ("between 20
	 * and 30 million": {@code amount} the lower end); {@code converted} true when the
	 * reporter converted the sum into this currency.
	 */
	public record MoneyEntry(@Nullable String amount, @Nullable String upTo, @Nullable String currency,
			@Nullable Boolean approximate, @Nullable Boolean converted, @Nullable String bound, @Nullable String text,
			@Nullable List<String> evidence) {

		/** A sum as entries before ranges and conversions were curated. */
		public MoneyEntry(@Nullable String amount, @Nullable String currency, @Nullable Boolean approximate,
				@Nullable String bound, @Nullable String text, @Nullable List<String> evidence) {
			this(amount, null, currency, approximate, null, bound, text, evidence);
		}

	}

	/** Where money comes from, in the article's words, with evidence. */
	public record FundingSourceEntry(@Nullable String text, @Nullable List<String> evidence) {
	}

	/**
	 * A number of things: {@code value} an exact decimal, with unit, item and evidence.
	 */
	public record QuantityEntry(@Nullable String value, @Nullable String unit, @Nullable String item,
			@Nullable Boolean approximate, @Nullable String text, @Nullable List<String> evidence) {
	}

	public record SignatoryEntry(String id, String agreement, @Nullable String person, @Nullable String organization,
			@Nullable String onBehalfOf, @Nullable String role, @Nullable List<String> evidence,
			@Nullable String sameAs, @Nullable List<String> contradicts, @Nullable String disputeNote,
			@Nullable Boolean reviewed) implements Reviewable {
	}

	public record AreaEntry(String id, String agreement, String name, String category, @Nullable String description,
			@Nullable List<String> evidence, @Nullable String sameAs, @Nullable List<String> contradicts,
			@Nullable String disputeNote, @Nullable Boolean reviewed) implements Reviewable {
	}

	public record CommitmentEntry(String id, @Nullable String agreement, @Nullable String obligor,
			@Nullable String beneficiary, String description, String status, @Nullable List<String> areas,
			@Nullable List<String> evidence, @Nullable String sameAs, @Nullable List<String> contradicts,
			@Nullable String disputeNote, @Nullable Boolean reviewed, @Nullable MoneyEntry amount,
			@Nullable QuantityEntry quantity, @Nullable String dueBy, @Nullable List<String> obligors,
			@Nullable FundingSourceEntry fundingSource, @Nullable String fulfilledOn, @Nullable QuantityEntry delivered,
			@Nullable ConditionEntry condition) implements Reviewable {

		/** A commitment as entries before conditions were curated. */
		public CommitmentEntry(String id, @Nullable String agreement, @Nullable String obligor,
				@Nullable String beneficiary, String description, String status, @Nullable List<String> areas,
				@Nullable List<String> evidence, @Nullable String sameAs, @Nullable List<String> contradicts,
				@Nullable String disputeNote, @Nullable Boolean reviewed, @Nullable MoneyEntry amount,
				@Nullable QuantityEntry quantity, @Nullable String dueBy, @Nullable List<String> obligors,
				@Nullable FundingSourceEntry fundingSource, @Nullable String fulfilledOn,
				@Nullable QuantityEntry delivered) {
			this(id, agreement, obligor, beneficiary, description, status, areas, evidence, sameAs, contradicts,
					disputeNote, reviewed, amount, quantity, dueBy, obligors, fundingSource, fulfilledOn, delivered,
					null);
		}

	}

	/**
	 * What a commitment depends on, in the curator's words from the article, with
	 * evidence.
	 */
	public record ConditionEntry(@Nullable String text, @Nullable List<String> evidence) {
	}

	/**
	 * {@code speaker} names a person or, when the article gives no person ("the ministry
	 * said"), an organization; {@code onBehalfOf} names the organization a person speaks
	 * for, with the words that say so in {@code onBehalfOfEvidence} (optional when the
	 * statement's own evidence says it).
	 */
	public record StatementEntry(String id, String speaker, @Nullable String speakerRole, String kind, String text,
			@Nullable String saidOn, @Nullable String occasion, @Nullable String agreement,
			@Nullable List<String> areas, @Nullable List<String> evidence, @Nullable String sameAs,
			@Nullable List<String> contradicts, @Nullable String disputeNote, @Nullable Boolean reviewed,
			@Nullable String onBehalfOf, @Nullable List<String> onBehalfOfEvidence,
			@Nullable String event) implements Reviewable {
	}

}
