package org.accords.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accords.actor.Country;
import org.accords.actor.Organization;
import org.accords.actor.OrganizationKind;
import org.accords.actor.Person;
import org.accords.actor.Post;
import org.accords.agreement.Agreement;
import org.accords.agreement.AgreementKind;
import org.accords.agreement.Participant;
import org.accords.agreement.ParticipationPeriod;
import org.accords.agreement.Signatory;
import org.accords.amount.MoneyBound;
import org.accords.area.AreaCategory;
import org.accords.area.CooperationArea;
import org.accords.article.Article;
import org.accords.article.Edition;
import org.accords.commitment.Commitment;
import org.accords.commitment.CommitmentStatus;
import org.accords.event.Event;
import org.accords.event.EventKind;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.WithdrawnAgreement;
import org.accords.evidence.WithdrawnFact;
import org.accords.programme.Programme;
import org.accords.statement.Statement;
import org.accords.statement.StatementKind;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;

/**
 * The downloadable collections and their CSV columns, in the documented order. Changing a
 * column here changes the CSV, {@code datapackage.json} and the {@code /data} page; the
 * column reference of {@code docs/downloads.md} is generated from them
 * ({@code CsvColumnReferenceTests} says when it is stale and how to regenerate it).
 */
final class Tables {

	static final Table<Agreement> AGREEMENTS = Table.of(Agreement.ENTITY, "Agreements", "Intergovernmental agreements.")
		.column("title", Table.STRING, "A descriptive title (articles rarely give the formal one).", true,
				Agreement::title)
		.enumColumn("kind", "Legal form.", AgreementKind.class, Agreement::kind)
		.column("signed_on", Table.DATE,
				"Signing date, ISO 8601 (a month or year as its first day, see signed_on_precision); empty when not "
						+ "reported.",
				false, Agreement::signedOn)
		.column("signed_in", Table.STRING, "Place of signing; empty when not reported.", false, Agreement::signedIn)
		.references("party", "name", "the countries that are parties", Agreement::partyIds)
		.column("summary", Table.STRING, "What it covers, in a sentence.", false, Agreement::summary)
		.evidence(true, Agreement::evidence)
		.sources()
		.column("value_amount", Table.NUMBER, "What it is worth in all, an exact decimal; empty when not reported.",
				false, (a) -> (a.value() != null) ? a.value().amount() : null)
		.column("value_currency", Table.STRING, "ISO 4217 code of value_amount; empty when not reported.", false,
				(a) -> (a.value() != null) ? a.value().currency() : null)
		.column("funding_amount", Table.NUMBER,
				"The money that funds it, when reported apart from its value, an exact decimal; empty otherwise.",
				false, (a) -> (a.funding() != null) ? a.funding().amount() : null)
		.column("funding_currency", Table.STRING, "ISO 4217 code of funding_amount; empty when not reported.", false,
				(a) -> (a.funding() != null) ? a.funding().currency() : null)
		.column("status", Table.STRING,
				"Where it stands: the stage of its latest lifecycle event (SIGNED when only a signing date is "
						+ "reported); empty when nothing is known.",
				false, (a) -> (a.status() != null) ? a.status().name() : null)
		.column("events", Table.STRING,
				"Its lifecycle events, each 'STAGE date', oldest first, separated by '" + Table.LIST_SEPARATOR
						+ "'; a date known only to the week, month or year is followed by its precision, "
						+ "'ANNOUNCED 2024-10-01 (MONTH)'; one suspended and resumed has both, "
						+ "'SUSPENDED 2026-03-09; RESUMED 2026-06-16'; the day of a change sources date differently "
						+ "(the earliest) is followed by 'disputed', 'SUSPENDED 2026-03-09 disputed', as a disputed "
						+ "leaving in participants.",
				false,
				(a) -> a.events().isEmpty() ? null
						: a.events()
							.stream()
							.map((e) -> e.stage() + " " + dated(e.date(), e.datePrecision())
									+ (e.disputed() ? " disputed" : ""))
							.collect(java.util.stream.Collectors.joining(Table.LIST_SEPARATOR)))
		.labelledColumn("participants",
				"Countries and organizations taking part, each 'name (ROLE)', 'name (ROLE, joined date)' or, for one "
						+ "that withdrew, 'name (ROLE, joined date, left date)' or 'name (ROLE, left date)', separated by '"
						+ Table.LIST_SEPARATOR
						+ "'; a party that left and joined again, or suspended its participation, "
						+ "has each change in the order of its periods, 'left 2026-03-03, rejoined 2026-06-10', "
						+ "'suspended 2026-04-01, resumed 2026-07-02'; a date known only to the week, month or year is "
						+ "followed by its precision, 'joined 2025-03-01 (MONTH)'; a leaving date sources dispute is "
						+ "followed by 'disputed', 'left 2026-03-03 disputed' (each leaving sources dispute, when the party "
						+ "left more than once), and so is a rejoining, suspension or resumption date, "
						+ "'rejoined 2026-06-10 disputed'; participant_ids gives their ids in the same order.",
				(a) -> a.participants().stream().map(Participant::partyId).toList(),
				(a, labels) -> a.participants().isEmpty() ? null : a.participants()
					.stream()
					.map((p) -> labels.getOrDefault(p.partyId(), p.partyId()) + " (" + p.role()
							+ ((p.joinedOn() != null) ? ", joined " + dated(p.joinedOn(), p.joinedOnPrecision()) : "")
							+ changes(p) + ")")
					.collect(java.util.stream.Collectors.joining(Table.LIST_SEPARATOR)))
		.booleanColumn("open_to_accession",
				"true when others may join it, false when they may not; empty when not reported.", false,
				Agreement::openToAccession)
		.column("links", Table.STRING,
				"Its links to earlier agreements, each 'KIND target_id' (FOLLOWS, IMPLEMENTS, AMENDS or SUPERSEDES), "
						+ "separated by '" + Table.LIST_SEPARATOR + "'; empty when none.",
				false,
				(a) -> a.links().isEmpty() ? null
						: a.links()
							.stream()
							.map((link) -> link.kind() + " " + link.targetId())
							.collect(java.util.stream.Collectors.joining(Table.LIST_SEPARATOR)))
		.reference("programme", "programmes", "name", "the programme it belongs to; empty when none", false,
				Agreement::programmeId)
		.reference("signed_at", "events", "name", "the event at which it was signed; empty when not reported", false,
				Agreement::signedAtId)
		// after the columns of earlier versions, so that those keep their places
		.datePrecision("signed_on", Agreement::signedOnPrecision)
		.column("participant_ids", Table.STRING,
				"Ids of the countries and organizations taking part (rows of countries.csv or organizations.csv), "
						+ "separated by '" + Table.LIST_SEPARATOR + "', in the order of participants; empty when none.",
				false,
				(a) -> a.participants().isEmpty() ? null
						: String.join(Table.LIST_SEPARATOR,
								a.participants().stream().map(Participant::partyId).toList()))
		.disputes()
		// after the dispute columns too, so that every earlier column keeps its place
		.booleanColumn("value_approximate",
				"true when the article gives value_amount as approximate (\"about\", \"more than\", \"up to\": "
						+ "value_text has its words); empty when no value is reported.",
				false, (a) -> (a.value() != null) ? a.value().approximate() : null)
		.column("value_text", Table.STRING,
				"The article's words for value_amount, such as 'up to 2.5 billion Norwegian kroner' (a ceiling) or "
						+ "'about 120 million euros' (an estimate); empty when not curated.",
				false, (a) -> (a.value() != null) ? a.value().text() : null)
		.booleanColumn("funding_approximate",
				"true when the article gives funding_amount as approximate (funding_text has its words); empty when "
						+ "no funding is reported.",
				false, (a) -> (a.funding() != null) ? a.funding().approximate() : null)
		.column("funding_text", Table.STRING, "The article's words for funding_amount; empty when not curated.", false,
				(a) -> (a.funding() != null) ? a.funding().text() : null)
		// last, so that every earlier column keeps its place
		.enumColumn("value_bound",
				"How value_amount bounds the value when the article gives a bound rather than the sum: MORE_THAN, "
						+ "AT_LEAST, UP_TO (a ceiling) or LESS_THAN; empty when it gives the sum itself or none.",
				false, MoneyBound.class, (a) -> (a.value() != null) ? a.value().bound() : null)
		.enumColumn("funding_bound",
				"How funding_amount bounds the funding, as value_bound; empty when the article gives the sum itself "
						+ "or none.",
				false, MoneyBound.class, (a) -> (a.funding() != null) ? a.funding().bound() : null)
		// after the bounds, so that every earlier column keeps its place
		.column("value_up_to", Table.NUMBER,
				"The upper end when the article gives the value as a range ('between 20 and 30 million euros': "
						+ "value_amount 20000000, value_up_to 30000000), an exact decimal; empty when it gives one "
						+ "figure, a bound or none.",
				false, (a) -> (a.value() != null) ? a.value().upTo() : null)
		.column("funding_up_to", Table.NUMBER,
				"The upper end when the article gives the funding as a range, as value_up_to; empty when it gives "
						+ "one figure, a bound or none.",
				false, (a) -> (a.funding() != null) ? a.funding().upTo() : null)
		// after the upper ends, so that every earlier column keeps its place
		.booleanColumn("value_converted",
				"true when the reporter converted value_amount into value_currency from the currency the "
						+ "agreement states ('about 21 million dollars' beside the official euro figure): served only "
						+ "when no source gives the sum not converted, in any currency, and then the first conversion "
						+ "reported; a conversion disputes nothing; empty when no value is reported.",
				false, (a) -> (a.value() != null) ? a.value().converted() : null)
		.booleanColumn("funding_converted",
				"true when the reporter converted funding_amount, as value_converted; empty when no funding is "
						+ "reported.",
				false, (a) -> (a.funding() != null) ? a.funding().converted() : null)
		.labelledColumn("participants_agreed_to_join",
				"The countries and organizations that agreed (or were announced) to join before they joined, each "
						+ "'name (agreed date)' or, once a source gives its joining, 'name (agreed date, joined date)', "
						+ "the earliest day a source gives, a date known only to the week, month or year followed by "
						+ "its precision, separated by '" + Table.LIST_SEPARATOR
						+ "'; one that has not joined yet is listed in participants but active on no day. Empty when "
						+ "none.",
				(a) -> a.participants().stream().filter((p) -> p.agreedOn() != null).map(Participant::partyId).toList(),
				(a, labels) -> {
					List<String> agreed = a.participants()
						.stream()
						.filter((p) -> p.agreedOn() != null)
						.map((p) -> labels.getOrDefault(p.partyId(), p.partyId()) + " (agreed "
								+ dated(java.util.Objects.requireNonNull(p.agreedOn()), p.agreedOnPrecision())
								+ ((p.joinedOn() != null) ? ", joined " + dated(p.joinedOn(), p.joinedOnPrecision())
										: "")
								+ ")")
						.toList();
					return agreed.isEmpty() ? null : String.join(Table.LIST_SEPARATOR, agreed);
				});

	static final Table<Statement> STATEMENTS = Table
		.of(Statement.ENTITY, "Statements",
				"What officials said, quoted or paraphrased, with the words that report it.")
		.column("said_on", Table.DATE,
				"When it was said, ISO 8601 (a week as its Monday, a month or year as its first day, see "
						+ "said_on_precision); days the article gives relative to its own date are resolved against "
						+ "it. Empty when not reported.",
				false, Statement::saidOn)
		.reference("speaker", "people", "name", "the person who spoke; empty when an organization spoke", false,
				Statement::speakerId)
		.reference("speaker_organization", "organizations", "name",
				"the organization that spoke, when the article names no person", false,
				Statement::speakerOrganizationId)
		.reference("on_behalf_of", "organizations", "name", "the organization the person spoke for", false,
				Statement::onBehalfOfId)
		.column("speaker_role", Table.STRING, "The speaker's role at the time, as the article gives it.", false,
				Statement::speakerRole)
		.reference("speaker_country", "countries", "name", "the speaker's country", false, Statement::speakerCountryId)
		.enumColumn("kind", "Quoted (DIRECT_QUOTE) or reported (PARAPHRASE).", StatementKind.class, Statement::kind)
		.column("text", Table.STRING, "The words, verbatim from the article.", true, Statement::text)
		.column("occasion", Table.STRING, "Where or at what it was said; empty when not reported.", false,
				Statement::occasion)
		.reference("agreement", "agreements", "title", "the agreement it concerns", false, Statement::agreementId)
		.references("area", "name", "the cooperation areas it concerns", Statement::areaIds)
		.evidence(true, Statement::evidence)
		.sources()
		.reference("event", "events", "name", "the event at which it was made; empty when not reported", false,
				Statement::eventId)
		.datePrecision("said_on", Statement::saidOnPrecision)
		.disputes();

	static final Table<Event> EVENTS = Table
		.of(Event.ENTITY, "Events",
				"Meetings, visits, press conferences and signing ceremonies, where statements are made and "
						+ "agreements signed.")
		.column("name", Table.STRING, "A descriptive name.", true, Event::name)
		.enumColumn("kind", "What kind of gathering.", EventKind.class, Event::kind)
		.column("date", Table.DATE,
				"When it took place, ISO 8601 (a month or year as its first day, see date_precision); empty when "
						+ "not reported.",
				false, Event::date)
		.datePrecision("date", Event::datePrecision)
		.column("place", Table.STRING, "Where it took place, in the article's words; empty when not reported.", false,
				Event::place)
		.reference("country", "countries", "name", "the country it took place in", false, Event::countryId)
		.references("participant", "name", "the people, organizations and countries taking part", Event::participantIds)
		.evidence(true, Event::evidence)
		.sources()
		.disputes();

	static final Table<Programme> PROGRAMMES = Table
		.of(Programme.ENTITY, "Programmes",
				"Named programmes that agreements belong to, such as a country's scheme for funding production in "
						+ "Ukraine.")
		.column("name", Table.STRING, "Its name, as the article gives it.", true, Programme::name)
		.party("run_by", "the country or organization that runs it", false, Programme::runById)
		.reference("country", "countries", "name", "the country that runs it, itself or through an organization", false,
				Programme::countryId)
		.evidence(true, Programme::evidence)
		.sources()
		.disputes();

	static final Table<Signatory> SIGNATORIES = Table
		.of(Signatory.ENTITY, "Signatories", "Who signed which agreement, on whose behalf.")
		.reference("agreement", "agreements", "title", "the agreement signed", true, Signatory::agreementId)
		.reference("person", "people", "name", "the person who signed; empty when only an organization is named", false,
				Signatory::personId)
		.reference("organization", "organizations", "name",
				"the organization that signed; empty when only a person is named", false, Signatory::organizationId)
		.reference("on_behalf_of", "countries", "name", "the country signed for", false, Signatory::onBehalfOfId)
		.column("role", Table.STRING,
				"The capacity in which they signed, in the words of its first report (other wordings of the same seat "
						+ "agree with it; the JSON download's provenance.claims lists each).",
				false, Signatory::role)
		.evidence(true, Signatory::evidence)
		.sources()
		.disputes();

	static final Table<CooperationArea> COOPERATION_AREAS = Table
		.of(CooperationArea.ENTITY, "Cooperation areas", "Fields of cooperation that agreements cover.")
		.reference("agreement", "agreements", "title", "the agreement that covers it", true,
				CooperationArea::agreementId)
		.column("name", Table.STRING, "Short name.", true, CooperationArea::name)
		.enumColumn("category", "Broad field.", AreaCategory.class, CooperationArea::category)
		.column("description", Table.STRING, "What the article says of it.", false, CooperationArea::description)
		.evidence(true, CooperationArea::evidence)
		.sources()
		.disputes();

	static final Table<Commitment> COMMITMENTS = Table
		.of(Commitment.ENTITY, "Commitments", "Who undertook what for whom, and how firmly.")
		.reference("agreement", "agreements", "title", "the agreement it is part of; empty when none", false,
				Commitment::agreementId)
		.party("obligor",
				"the party that commits (the first of a joint commitment; all are in obligor_ids); empty when the "
						+ "article names only where the money comes from",
				false, Commitment::obligorId)
		.party("beneficiary", "the party it is for; empty when the article names none", false,
				Commitment::beneficiaryId)
		.column("description", Table.STRING, "What is promised.", true, Commitment::description)
		.enumColumn("status", "How firmly, or what became of it.", CommitmentStatus.class, Commitment::status)
		.references("area", "name", "the cooperation areas it concerns", Commitment::areaIds)
		.evidence(true, Commitment::evidence)
		.sources()
		.column("amount", Table.NUMBER, "The money committed, an exact decimal; empty when not reported.", false,
				(c) -> (c.amount() != null) ? c.amount().amount() : null)
		.column("currency", Table.STRING, "ISO 4217 code of amount; empty when not reported.", false,
				(c) -> (c.amount() != null) ? c.amount().currency() : null)
		.booleanColumn("amount_approximate",
				"true when the article gives the amount as approximate (\"about\", \"more than\", \"up to\": "
						+ "amount_text has its words).",
				false, (c) -> (c.amount() != null) ? c.amount().approximate() : null)
		.column("quantity", Table.NUMBER, "How many things are committed, an exact decimal; empty when not reported.",
				false, (c) -> (c.quantity() != null) ? c.quantity().value() : null)
		.column("quantity_unit", Table.STRING, "The unit of quantity; empty when the things are counted one by one.",
				false, (c) -> (c.quantity() != null) ? c.quantity().unit() : null)
		.column("quantity_item", Table.STRING, "What quantity counts, in the article's words.", false,
				(c) -> (c.quantity() != null) ? c.quantity().item() : null)
		.column("due_by", Table.DATE,
				"The date it is due by, ISO 8601 (a month or year as its first day, see due_by_precision); empty when "
						+ "not reported.",
				false, Commitment::dueBy)
		.column("obligor_ids", Table.STRING,
				"Ids of every party that commits (several for a joint commitment), separated by '"
						+ Table.LIST_SEPARATOR + "'; empty when the article names none.",
				false, (c) -> c.obligorIds().isEmpty() ? null : String.join(Table.LIST_SEPARATOR, c.obligorIds()))
		.column("funding_source", Table.STRING,
				"Where the money comes from, in the article's words; empty when not reported.", false,
				(c) -> (c.fundingSource() != null) ? c.fundingSource().text() : null)
		.column("fulfilled_on", Table.DATE,
				"When it was fulfilled, ISO 8601 (a month or year as its first day, see fulfilled_on_precision); "
						+ "empty when not fulfilled or not reported.",
				false, Commitment::fulfilledOn)
		.column("delivered_quantity", Table.NUMBER,
				"How much has been delivered so far (in the unit of quantity); empty when not reported.", false,
				(c) -> (c.delivered() != null) ? c.delivered().value() : null)
		// after the columns of earlier versions, so that those keep their places
		.booleanColumn("quantity_approximate", "true when the article gives the quantity as approximate.", false,
				(c) -> (c.quantity() != null) ? c.quantity().approximate() : null)
		.booleanColumn("delivered_quantity_approximate",
				"true when the article gives the quantity delivered as approximate.", false,
				(c) -> (c.delivered() != null) ? c.delivered().approximate() : null)
		.datePrecision("due_by", Commitment::dueByPrecision)
		.datePrecision("fulfilled_on", Commitment::fulfilledOnPrecision)
		.disputes()
		// after the dispute columns too, so that every earlier column keeps its place
		.column("amount_text", Table.STRING,
				"The article's words for amount, such as 'up to €1bn' (a ceiling) or 'about €12m' (an estimate), "
						+ "which amount_approximate marks alike; empty when not curated.",
				false, (c) -> (c.amount() != null) ? c.amount().text() : null)
		// after the columns of earlier versions, so that those keep their places
		.enumColumn("amount_bound",
				"How amount bounds the sum when the article gives a bound rather than the sum: MORE_THAN, AT_LEAST, "
						+ "UP_TO (a ceiling) or LESS_THAN; empty when it gives the sum itself or none.",
				false, MoneyBound.class, (c) -> (c.amount() != null) ? c.amount().bound() : null)
		// after the bound, so that every earlier column keeps its place
		.column("amount_up_to", Table.NUMBER,
				"The upper end when the article gives the sum as a range ('between 20 and 30 million euros': "
						+ "amount 20000000, amount_up_to 30000000), an exact decimal; empty when it gives one "
						+ "figure, a bound or none.",
				false, (c) -> (c.amount() != null) ? c.amount().upTo() : null)
		// after the upper end, so that every earlier column keeps its place
		.booleanColumn("amount_converted",
				"true when the reporter converted amount into currency from the currency the commitment states "
						+ "('about 21 million dollars' beside the official euro figure), as value_converted; empty "
						+ "when no amount is reported.",
				false, (c) -> (c.amount() != null) ? c.amount().converted() : null)
		// last, so that every earlier column keeps its place
		.references("obligor_country", "name",
				"the countries bound: each obligor's country (a country itself, a ministry's or other "
						+ "organization's country, a person's country), once each in the order of obligor_ids",
				Commitment::obligorCountryIds)
		// after the obligors' countries, so that every earlier column keeps its place
		.column("condition", Table.STRING,
				"What the commitment depends on, in the curator's words from the article ('the Finnish parliament "
						+ "approves a spring supplementary budget'): the commitment is made on that condition; "
						+ "empty when it is made without one.",
				false, (c) -> (c.condition() != null) ? c.condition().text() : null);

	static final Table<Person> PEOPLE = Table.of(Person.ENTITY, "People", "People named in the articles.")
		.column("name", Table.STRING, "Name as written, with diacritics.", true, Person::name)
		.reference("country", "countries", "name", "the country they serve", false, Person::countryId)
		.labelledColumn("posts",
				"Positions held, each 'role' or 'role (organization name)', separated by '" + Table.LIST_SEPARATOR
						+ "'.",
				(person) -> person.posts().stream().map(Post::organizationId).toList(),
				(person, labels) -> posts(person.posts(), labels))
		.evidence(false, Person::evidence)
		.aliases(Person::aliases)
		.sources()
		.disputes();

	static final Table<Post> POSTS = Table
		.of(Post.ENTITY, "Posts",
				"Posts held over time (Popolo memberships): who held which role in which organization, with "
						+ "stated dates, the dates of the articles that report them and the term the heldOn "
						+ "filter uses.")
		.reference("person", "people", "name", "the holder", true, Post::personId)
		.column("role", Table.STRING,
				"The role in the words of its first report (other wordings of the same post agree with it; the JSON "
						+ "download's provenance.claims lists each with its articles).",
				true, Post::role)
		.reference("organization", "organizations", "name", "the organization; empty when not named", false,
				Post::organizationId)
		.reference("country", "countries", "name", "the organization's country, else the holder's", false,
				Post::countryId)
		.column("from", Table.DATE,
				"The start as the articles state it (a month or year as its first day, see from_precision): where "
						+ "sources give starts that cannot both be true, the first reported (disputed and "
						+ "disputed_values say so); never one its publisher corrected. Empty when none does.",
				false, Post::from)
		.column("to", Table.DATE,
				"The end as the articles state it (a month or year as its first day, see to_precision): where "
						+ "sources give ends that cannot both be true, the first reported (disputed and disputed_values "
						+ "say so); never one its publisher corrected. Empty when none does.",
				false, Post::to)
		.column("first_reported", Table.DATE, "Date of the first article that reports the post as held.", false,
				Post::firstReported)
		.column("last_reported", Table.DATE, "Date of the last article that reports the post as held.", false,
				Post::lastReported)
		.column("ended_by", Table.DATE, "Date of the first article that calls the holder a former holder.", false,
				Post::endedBy)
		.column("held_from", Table.DATE,
				"Start of the term: from, else the day after the previous holder's stated end, else (after another holder) first_reported; empty when open.",
				false, Post::heldFrom)
		.column("held_until", Table.DATE,
				"End of the term: to, else the day before the next holder's start, else the day before ended_by; "
						+ "empty when open.",
				false, Post::heldUntil)
		// a curated post's evidence is optional: a post may be named without an excerpt
		.evidence(false, Post::evidence)
		.sources()
		// after the columns of earlier versions, so that those keep their places
		.datePrecision("from", Post::fromPrecision)
		.datePrecision("to", Post::toPrecision)
		.disputes();

	static final Table<Organization> ORGANIZATIONS = Table
		.of(Organization.ENTITY, "Organizations", "Ministries and other bodies named in the articles.")
		.column("name", Table.STRING, "Name as written in the article.", true, Organization::name)
		.enumColumn("kind", "What kind of body it is.", OrganizationKind.class, Organization::kind)
		.reference("country", "countries", "name", "its country", false, Organization::countryId)
		.evidence(false, Organization::evidence)
		.aliases(Organization::aliases)
		.sources()
		.disputes();

	static final Table<Country> COUNTRIES = Table
		.of(Country.ENTITY, "Countries", "Countries that are parties, signatories or " + "speakers' countries.")
		.column("code", Table.STRING, "ISO 3166-1 alpha-2 code.", true, Country::code)
		.column("name", Table.STRING, "English short name.", true, Country::name)
		.aliases(Country::aliases)
		.sources()
		.disputes();

	static final Table<Article> ARTICLES = Table
		.of(Article.ENTITY, "Articles",
				"The source articles, text verbatim; the rights in each text stay with its publisher (see rights).")
		.column("published_on", Table.DATE, "Publication date, from the article's header.", true, Article::publishedOn)
		.column("publisher", Table.STRING, "Who published it.", true, Article::publisher)
		.column("title", Table.STRING, "Headline; empty when unknown.", false, Article::title)
		.column("url", Table.STRING, "Where it was published; empty when unknown.", false, Article::url)
		.column("language", Table.STRING, "BCP 47 language tag, such as en.", true, Article::language)
		.column("rights", Table.STRING, "Whose rights apply to the text, and why it is reproduced.", true,
				Article::rights)
		.column("content_hash", Table.STRING, "SHA-256 of the text's UTF-8 bytes, hex, to check a copy against.", true,
				Article::contentHash)
		.column("text", Table.STRING,
				"The full text, verbatim; evidence offsets count into it. Spreadsheets cut cells after 32,767 "
						+ "characters: use the JSON download for long articles.",
				true, Article::text)
		.column("editions", Table.ARRAY,
				"Other publications of the same text, as a JSON array of objects {publisher, publishedOn, language, "
						+ "url, title} (each as the JSON download gives it, a value not known left out), which a JSON "
						+ "parser splits whatever a title holds; empty when none.",
				false, Tables::editions)
		.column("corrects_article_ids", Table.STRING,
				"Ids of the earlier articles of the same publisher that it corrects, separated by '"
						+ Table.LIST_SEPARATOR + "': their values that it gives otherwise, and the list items and "
						+ "facts it withdraws, are withdrawn (each fact's corrected_values lists them); empty when "
						+ "none.",
				false, (a) -> a.corrects().isEmpty() ? null : String.join(Table.LIST_SEPARATOR, a.corrects()))
		.column("withdrawn_facts", Table.ARRAY,
				"The facts of the articles it corrects that it withdraws whole, which are not served (an agreement "
						+ "that was never signed, a signature, pledge or words that never were, and the facts of a "
						+ "withdrawn agreement that go with it), as a JSON array of objects {field, value, name, "
						+ "sourceIds, correctedBy} in the form of corrected_values: field the collection it was of "
						+ "(agreements, signatories, cooperationAreas, commitments, statements), value its id, name "
						+ "its title, name, description or text (none for a signatory), sourceIds the reports that "
						+ "gave it, correctedBy the corrections that withdraw it; an agreement's object adds what its "
						+ "reports said of it, so that it can be recognised: kind, signedOn, signedOnPrecision, "
						+ "signedIn and status (each left out when not reported), partyIds and parties (the countries' "
						+ "ids and names); empty when none.",
				false, Tables::withdrawnFacts)
		.referencedBy("corrected_by_article_ids", "correctedBy",
				"Ids of the later articles of the same publisher that correct it (the articles whose "
						+ "corrects_article_ids name it), separated by '" + Table.LIST_SEPARATOR
						+ "', oldest first: where they give another value, or withdraw a fact whole, this article's "
						+ "is withdrawn; empty when none. The JSON downloads list the same ids as correctedBy, "
						+ "after corrects.",
				"corrects", Sort.by("publishedOn", "_id"));

	/** Every table, in the order the downloads are listed. */
	static final List<Table<?>> ALL = List.of(AGREEMENTS, STATEMENTS, SIGNATORIES, COOPERATION_AREAS, COMMITMENTS,
			PEOPLE, POSTS, ORGANIZATIONS, COUNTRIES, ARTICLES, EVENTS, PROGRAMMES);

	private Tables() {
	}

	static Optional<Table<?>> named(String name) {
		return ALL.stream().filter((table) -> table.name().equals(name)).findFirst();
	}

	static List<String> names() {
		return ALL.stream().map(Table::name).toList();
	}

	/** An article's editions, each with the values known, in {@link Edition}'s order. */
	private static @Nullable String editions(Article article) {
		List<Map<String, String>> editions = new java.util.ArrayList<>();
		for (Edition edition : article.editions()) {
			Map<String, String> value = new java.util.LinkedHashMap<>();
			value.put("publisher", edition.publisher());
			putKnown(value, "publishedOn", edition.publishedOn());
			putKnown(value, "language", edition.language());
			putKnown(value, "url", edition.url());
			putKnown(value, "title", edition.title());
			editions.add(value);
		}
		return Table.jsonArray(editions);
	}

	/** The facts an article withdraws whole, in the form of corrected_values. */
	private static @Nullable String withdrawnFacts(Article article) {
		List<Map<String, Object>> facts = new java.util.ArrayList<>();
		for (WithdrawnFact fact : article.withdrawnFacts()) {
			Map<String, Object> value = new java.util.LinkedHashMap<>();
			value.put("field", fact.field());
			value.put("value", fact.value());
			if (fact.name() != null) {
				value.put("name", fact.name());
			}
			value.put("sourceIds", fact.sourceIds());
			value.put("correctedBy", fact.correctedBy());
			WithdrawnAgreement agreement = fact.agreement();
			if (agreement != null) {
				// what the reports said of an agreement, so that it can be recognised
				value.putAll(agreement.json());
			}
			facts.add(value);
		}
		return Table.jsonArray(facts);
	}

	private static void putKnown(Map<String, String> map, String key, @Nullable String value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	/**
	 * A participant's changes after it joined, in the order of its periods: {@code ,
	 * left 2026-03-03, rejoined 2026-06-10}, {@code , suspended 2026-04-01, resumed
	 * 2026-07-02}; {@code disputed} after a rejoining, suspension or resumption sources
	 * date differently, and after each leaving that ends a disputed period (after the
	 * latest leaving, for a participant stored before periods were marked, when sources
	 * dispute one).
	 */
	private static String changes(Participant p) {
		List<ParticipationPeriod> periods = p.periods();
		boolean marked = periods.stream().anyMatch(ParticipationPeriod::disputed);
		List<String> changes = new ArrayList<>();
		int lastLeaving = -1;
		for (int i = 0; i < periods.size(); i++) {
			ParticipationPeriod period = periods.get(i);
			if (i > 0 && period.from() != null) {
				changes.add(period.change(periods.get(i - 1)) + " " + dated(period.from(), period.fromPrecision())
						+ (period.fromDisputed() ? " disputed" : ""));
			}
			ParticipationPeriod after = (i + 1 < periods.size()) ? periods.get(i + 1) : null;
			if (period.until() != null && (after == null || !period.until().equals(after.from()))) {
				changes.add("left " + dated(period.until(), period.untilPrecision())
						+ (period.disputed() ? " disputed" : ""));
				lastLeaving = changes.size() - 1;
			}
		}
		if (!marked && lastLeaving >= 0 && p.leftOnDisputed()) {
			changes.set(lastLeaving, changes.get(lastLeaving) + " disputed");
		}
		return changes.stream().map((change) -> ", " + change).collect(java.util.stream.Collectors.joining());
	}

	/** A date with its precision when it is not a day ({@link DatePrecision#label}). */
	private static String dated(String date, @Nullable DatePrecision precision) {
		return (precision != null) ? precision.label(date) : date;
	}

	private static @Nullable String posts(List<Post> posts, Map<String, String> labels) {
		if (posts.isEmpty()) {
			return null;
		}
		return String.join(Table.LIST_SEPARATOR,
				posts.stream()
					.map((post) -> (post.organizationId() != null) ? post.role() + " ("
							+ labels.getOrDefault(post.organizationId(), post.organizationId()) + ")" : post.role())
					.toList());
	}

}
