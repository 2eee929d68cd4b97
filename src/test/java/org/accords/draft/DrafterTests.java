package org.accords.draft;

import java.nio.file.Path;
import java.util.List;

import org.accords.Awaits;
import org.accords.agreement.LifecycleStage;
import org.accords.draft.Draft.Joined;
import org.accords.draft.Draft.Left;
import org.accords.draft.Draft.Money;
import org.accords.draft.Draft.Person;
import org.accords.draft.Draft.Stage;
import org.accords.draft.Draft.Stmt;
import org.accords.seed.SeedFolder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The rules of {@link Drafter}, each on a few sentences of its own.
 */
class DrafterTests {

	private final Drafter drafter = Drafter.standard();

	private Draft draft(String text) {
		return this.drafter.draft("date 2025-03-14\n" + text);
	}

	private static List<String> quotes(Draft draft) {
		return draft.statements.stream()
			.filter((s) -> s.kind.equals("DIRECT_QUOTE"))
			.map((s) -> s.text.of(draft.text))
			.toList();
	}

	private static String speakerOf(Draft draft, String textStart) {
		Stmt stmt = draft.statements.stream()
			.filter((s) -> s.text.of(draft.text).startsWith(textStart))
			.findFirst()
			.orElseThrow();
		return (stmt.speaker != null) ? stmt.speaker.name : null;
	}

	/**
	 * A run of 40,000 characters of "1,1,1,…" in a sentence: the sums and quantities were
	 * looked for from every digit after a comma, each reading the rest of the run again
	 * (10,000 characters took 77 s). Bounded by {@link Awaits#HUNG} only so that the
	 * suite does not hang: it takes milliseconds.
	 */
	@Test
	void aLongRunOfDigitsAndCommasIsReadOnce() {
		String text = "The ministry said the fund holds " + "1,".repeat(20_000)
				+ "5 million euros.\nThe firm will deliver 2,500 drones.";
		Draft draft = assertTimeoutPreemptively(Awaits.HUNG, () -> draft(text));
		assertThat(draft.quantities).extracting((q) -> q.of(draft.text)).containsExactly("2,500 drones");
	}

	@Test
	void straightAndCurlyQuotesAreDirectQuotesWithTheirSpeaker() {
		Draft draft = draft(
				"Defence Minister Anna Berg met the press.\n" + "\"We will buy more drones this year,\" Berg said.\n"
						+ "“Our industry is ready for the order,” said Jonas Lind, head of Norr Systems.");
		assertThat(quotes(draft)).containsExactly("We will buy more drones this year,",
				"Our industry is ready for the order,");
		assertThat(speakerOf(draft, "We will")).isEqualTo("Anna Berg");
		assertThat(speakerOf(draft, "Our industry")).isEqualTo("Jonas Lind");
	}

	@Test
	void aQuoteOverTwoParagraphsIsOneQuoteWithItsOmission() {
		Draft draft = draft("\"The first paragraph of the quote ends here. (...) It goes on.\n"
				+ "\"And the second one closes it,\" Minister of Defence Kristjan Laur said.");
		assertThat(quotes(draft)).containsExactly(
				"The first paragraph of the quote ends here. (...) It goes on.\n\"And the second one closes it,");
		assertThat(speakerOf(draft, "The first")).isEqualTo("Kristjan Laur");
	}

	@Test
	void theMinisterIsTheLastSpeakerWhoseRoleFits() {
		Draft draft = draft(
				"Latvian Defence Minister Andris Ozols visited Kyiv with Olga Petrenko, a company director.\n"
						+ "Petrenko said that the plant would open in May.\n"
						+ "\"We have waited long enough for this plant,\" the minister said.");
		assertThat(speakerOf(draft, "We have waited")).isEqualTo("Andris Ozols");
	}

	@Test
	void heAndSheAreThePersonLastNamed() {
		Draft draft = draft("Ambassador Natalia Kovalenko thanked Denmark.\n"
				+ "\"Denmark was the first to trust our industry,\" she added.");
		assertThat(speakerOf(draft, "Denmark was")).isEqualTo("Natalia Kovalenko");
	}

	@Test
	void reportedSpeechIsAParaphraseOfItsSpeaker() {
		Draft draft = draft("Defence Minister Andris Ozols said that Latvia would buy 300 drones.\n"
				+ "According to Ozols, the first batch will arrive in May.\n"
				+ "Ozols revealed that talks on a second plant had begun.");
		assertThat(draft.statements).allMatch((s) -> s.kind.equals("PARAPHRASE"))
			.extracting((s) -> s.text.of(draft.text))
			.containsExactly("Latvia would buy 300 drones.", "the first batch will arrive in May.",
					"talks on a second plant had begun.");
		assertThat(draft.statements).allMatch((s) -> s.speaker != null && s.speaker.name.equals("Andris Ozols"));
	}

	@Test
	void aThatInsideTheReportedClauseDoesNotCutItsBeginningOff() {
		// "that" after a clause with its own verb belongs to the reported words
		// ("a plan that would..."), not to the attribution ("said on Monday that...").
		Draft draft = draft("Defence Minister Andris Ozols said the plan was a first step that would lead to a plant.\n"
				+ "Ozols said on Monday that the plant would open in May.");
		assertThat(draft.statements).extracting((s) -> s.text.of(draft.text))
			.containsExactly("the plan was a first step that would lead to a plant.", "the plant would open in May.");
	}

	@Test
	void aSpeakerWithAWhoClauseBeforeTheVerbIsStillTheSpeaker() {
		// "X, who ..., said in Vilnius that ...": the commas of the who-clause are not a
		// clause before a trailing "X said."
		Draft draft = draft(
				"Economy Minister Ruta Zale, who stayed at home, said in Tallinn that the grid needed new cables.");
		assertThat(draft.statements).singleElement().satisfies((s) -> {
			assertThat(s.text.of(draft.text)).isEqualTo("the grid needed new cables.");
			assertThat(s.speaker).extracting((p) -> p.name).isEqualTo("Ruta Zale");
		});
	}

	@Test
	void aTrailingAttributionMayAddReportersOrAClauseAfterTheVerb() {
		// "..., Ozols added, without giving a date." and "..., the minister told
		// reporters."
		Draft draft = draft("Defence Minister Andris Ozols opened the depot.\n"
				+ "A second depot is planned near the border, Ozols added, without giving a date.\n"
				+ "The depot will store fuel for the winter, the minister told reporters.");
		assertThat(draft.statements).extracting((s) -> s.text.of(draft.text))
			.containsExactly("A second depot is planned near the border", "The depot will store fuel for the winter");
		assertThat(draft.statements).allMatch((s) -> s.speaker != null && s.speaker.name.equals("Andris Ozols"));
	}

	@Test
	void aLeadSentenceAfterTheDatelineIsReportedSpeechWithTheAttributionAtItsEnd() {
		// the dateline's comma is not the attribution's
		Draft draft = this.drafter.draft("date 2024-11-12\nRIGA, 12 November (Baltic Morning Ledger) - Lithuania "
				+ "will build more drones for its army, Defence Minister Laurynas Kasciunas said on Monday.");
		assertThat(draft.statements).singleElement().satisfies((st) -> {
			assertThat(st.text.of(draft.text)).isEqualTo("Lithuania will build more drones for its army");
			assertThat(st.speaker).extracting((p) -> p.name).isEqualTo("Laurynas Kasciunas");
			assertThat(st.saidOn).isEqualTo("Monday");
			assertThat(st.evidence).singleElement()
				.satisfies((e) -> assertThat(e.of(draft.text)).startsWith("Lithuania will build"));
		});
	}

	@Test
	void aVisitDuringWhichTheAgreementWasSignedIsItsEventWithTheVisitor() {
		// "signed in Oslo by A, during a visit by B": B's visit to Oslo, where it was
		// signed, in Norway (Oslo is its capital)
		Draft draft = draft("Norway and Finland signed a memorandum on mine clearance on Monday.\n"
				+ "The memorandum was signed in Oslo by Norwegian Defence Minister Arne Solberg, during a visit by "
				+ "Finnish Defence Minister Kari Aalto.\n"
				+ "Solberg later toured a shipyard on his visit to Bergen on Tuesday.\n"
				+ "During Aalto’s visit to Trondheim on Wednesday, the two ministers saw a port.");
		assertThat(draft.events).extracting((e) -> e.kind, (e) -> e.name, (e) -> e.place, (e) -> e.date)
			.containsExactly(tuple("VISIT", "Kari Aalto’s visit to Oslo", "Oslo", null),
					tuple("VISIT", "Arne Solberg’s visit to Bergen", "Bergen", "Tuesday"),
					tuple("VISIT", "Kari Aalto’s visit to Trondheim", "Trondheim", "Wednesday"));
		assertThat(draft.events).extracting((e) -> e.participants.stream().map((p) -> p.name).toList())
			.containsExactly(List.of("Kari Aalto"), List.of("Arne Solberg"), List.of("Kari Aalto"));
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.signedAt).isSameAs(draft.events.get(0));
			assertThat(a.signatories).extracting((p) -> p.name).containsExactly("Arne Solberg");
		});
		assertThat(DraftWriter.standalone().write(draft, "visit.txt")).contains("""
				events:
				  - id: kari-aalto-s-visit-to-oslo
				    reviewed: false
				    name: Kari Aalto’s visit to Oslo
				    kind: VISIT
				    place: Oslo
				    country: "NO"
				    participants:
				      - kari-aalto
				    evidence:
				      - during a visit by Finnish Defence Minister Kari Aalto
				""")
			.contains("signedAt: kari-aalto-s-visit-to-oslo")
			.contains("# Events are proposed from their words");
	}

	@Test
	void theSubjectOfAVisitsClauseIsTheVisitorAndWhoIsWithHimTakesPart() {
		// "X spoke during a visit ... with Y": X visits, Y is with him; "with" names
		// company, not the visitor, whichever of the two is named first or how
		Draft draft = draft("Lithuanian Defence Minister Laurynas Kaschunas said the drones had reached the front.\n"
				+ "Kaschunas spoke during a visit to a drone workshop near Kyiv with Ukrainian Strategic Industries "
				+ "Minister Oleksandr Kamyshin.\n"
				+ "Finnish Defence Minister Kari Aalto toured a port on Tuesday on a visit to Gdansk with Polish "
				+ "Defence Minister Piotr Nowak.");
		assertThat(draft.events).extracting((e) -> e.kind, (e) -> e.name)
			.containsExactly(tuple("VISIT", "Laurynas Kaschunas’ visit"),
					tuple("VISIT", "Kari Aalto’s visit to Gdansk"));
		assertThat(draft.events).extracting((e) -> e.participants.stream().map((p) -> p.name).toList())
			.containsExactly(List.of("Laurynas Kaschunas", "Oleksandr Kamyshin"), List.of("Kari Aalto", "Piotr Nowak"));
	}

	@Test
	void anAgreementReplacesTheOneItsVerbNamesNotOneItIsSignedUnder() {
		Draft replacing = draft("Estonia and Finland signed a memorandum on Monday that supersedes the letter of "
				+ "intent they signed in May.");
		assertThat(replacing.agreements).singleElement().satisfies((a) -> {
			assertThat(a.replacedKind).isEqualTo("LETTER_OF_INTENT");
			assertThat(a.replaces).isNotNull()
				.satisfies((span) -> assertThat(span.of(replacing.text))
					.isEqualTo("that supersedes the letter of intent they signed in May"));
		});
		// what the contract replaces is howitzers; the framework agreement is what it is
		// signed under
		Draft under = draft("Estonia and Finland signed a contract on Monday to replace old howitzers under the "
				+ "framework agreement they signed in May.");
		assertThat(under.agreements).allSatisfy((a) -> assertThat(a.replaces).isNull());
	}

	@Test
	void aContractSignedUnderAFrameworkAgreementIsDatedAndPlacedByItsOwnClause() {
		// "signed in Oslo in March 2025" is the framework agreement's signing, not the
		// contract's: the contract was signed on Thursday, where the sentence does not
		// say
		Draft draft = this.drafter.draft("date 2026-12-04\nOSLO, 4 December (Invented Wire) - Norway and Ukraine "
				+ "signed a contract on Thursday for 36 howitzers under the framework agreement the two countries "
				+ "signed in Oslo in March 2025.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.kind).isEqualTo("CONTRACT");
			assertThat(a.signedOn).isEqualTo("Thursday");
			assertThat(a.signedIn).isNull();
		});
	}

	@Test
	void aNameSpelledASecondWayInTheArticleIsOnePersonWithThatSpellingAsAnAlias() {
		// a translated official's surname transliterated two ways ("Tkachuk",
		// "Tkatchuk"); another first name is another person
		Draft draft = draft("The letter was signed by Deputy Strategic Industries Minister Halyna Tkachuk.\n"
				+ "The ministry's English-language statement spells her name Halyna Tkatchuk.\n"
				+ "Tkatchuk added that the first casings would leave a plant by June 2027.\n"
				+ "Her adviser, Olena Tkachuk, was not at the signing.");
		assertThat(draft.people).extracting((p) -> p.name).containsExactly("Halyna Tkachuk", "Olena Tkachuk");
		assertThat(draft.people.get(0).variants).containsExactly("Halyna Tkatchuk");
		assertThat(draft.statements).singleElement()
			.satisfies((st) -> assertThat(st.speaker).isSameAs(draft.people.get(0)));
		assertThat(DraftWriter.standalone().write(draft, "variant.txt")).contains("""
				    name: Halyna Tkachuk
				    aliases:
				      - Halyna Tkatchuk
				""").contains("# Halyna Tkachuk is also written \"Halyna Tkatchuk\" in the article");
	}

	@Test
	void aCountryNamedAsWhereThingsAreIsNoPartyAndItWasSignedByNamesTheSigners() {
		// "damaged in Ukraine" says where, not who; "It was signed by" is the one
		// agreement's signing, its signers named after "by"
		Draft draft = draft("VILNIUS, 14 March (Invented Brief) - Lithuania and Poland signed a protocol in Vilnius on "
				+ "Friday on the joint repair of armoured vehicles damaged in Ukraine.\n"
				+ "The protocol runs for five years.\n"
				+ "It was signed by the two countries' deputy defence ministers, Tomas Vaitkus and Marek Lisowski.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.parties).containsExactly("LT", "PL");
			assertThat(a.title).isEqualTo("Lithuania–Poland protocol");
			assertThat(a.signatories).extracting((p) -> p.name).containsExactly("Tomas Vaitkus", "Marek Lisowski");
		});
	}

	@Test
	void aStatementToAPressConferenceWasSaidAtIt() {
		Draft draft = draft("Defence Minister Andris Ozols visited the depot.\n"
				+ "\"We will open the plant in May,\" Ozols told a press conference in Riga on Tuesday.");
		assertThat(draft.events).singleElement().satisfies((e) -> {
			assertThat(e.kind).isEqualTo("PRESS_CONFERENCE");
			assertThat(e.name).isEqualTo("Andris Ozols’ press conference");
			assertThat(e.place).isEqualTo("Riga");
			assertThat(e.date).isEqualTo("Tuesday");
			assertThat(e.participants).extracting((p) -> p.name).containsExactly("Andris Ozols");
		});
		assertThat(draft.statements).singleElement()
			.satisfies((s) -> assertThat(s.event).isSameAs(draft.events.get(0)));
	}

	@Test
	void anAgreementSignedOnTheSidelinesOfAMeetingWasSignedAtIt() {
		Draft draft = draft("Sweden and Denmark signed a letter of intent on Thursday to buy radars together.\n"
				+ "The letter was signed in Malmo by Swedish Defence Minister Per Holm and Danish Defence Minister "
				+ "Lars Dahl on the sidelines of a Nordic defence ministers' meeting.");
		assertThat(draft.events).singleElement().satisfies((e) -> {
			assertThat(e.kind).isEqualTo("MEETING");
			assertThat(e.name).isEqualTo("Nordic defence ministers' meeting");
			assertThat(e.place).isEqualTo("Malmo");
			assertThat(e.participants).extracting((p) -> p.name).containsExactly("Per Holm", "Lars Dahl");
		});
		assertThat(draft.agreements.get(0).signedAt).isSameAs(draft.events.get(0));
	}

	@Test
	void anAgreementSignedInACityOrAtACeremonyOtherwiseHasItsSigningCeremony() {
		Draft draft = draft("Estonia and Poland signed a treaty on border patrols.\n"
				+ "The treaty was signed in Tallinn on Friday by Estonian Interior Minister Mart Kask and Polish "
				+ "Interior Minister Piotr Nowak.");
		assertThat(draft.events).singleElement().satisfies((e) -> {
			assertThat(e.kind).isEqualTo("SIGNING_CEREMONY");
			assertThat(e.name).isEqualTo("Signing of the treaty on border patrols");
			assertThat(e.place).isEqualTo("Tallinn");
			assertThat(e.date).isEqualTo("Friday");
			assertThat(e.participants).extracting((p) -> p.name).containsExactly("Mart Kask", "Piotr Nowak");
		});
		assertThat(draft.agreements.get(0).signedAt).isSameAs(draft.events.get(0));
		// "signed by A and B at a short ceremony in Whitehall": a ceremony of the signing
		Draft atACeremony = draft("Finland and Estonia signed a letter of intent on river boats on Thursday.\n"
				+ "The letter was signed by Finnish Defence Minister Aino Rautio and Estonian Defence Minister "
				+ "Kaarel Tamm at a short ceremony in Whitehall.");
		assertThat(atACeremony.agreements.get(0).signedAt).isNotNull()
			.extracting((e) -> e.kind, (e) -> e.date, (e) -> e.participants.size())
			.containsExactly("SIGNING_CEREMONY", "Thursday", 2);
	}

	@Test
	void accordingToTheMinistryIsAParaphraseOfTheMinistryLastNamed() {
		// no person named: the organization is the speaker
		Draft draft = draft("The Latvian Ministry of Defence announced the purchase on Friday.\n"
				+ "According to the ministry, the radars will guard the eastern border.");
		assertThat(draft.statements).singleElement().satisfies((s) -> {
			assertThat(s.text.of(draft.text)).isEqualTo("the radars will guard the eastern border.");
			assertThat(s.speaker).isNull();
			assertThat(s.organization).extracting((o) -> o.name, (o) -> o.country)
				.containsExactly("Ministry of Defence", "LV");
		});
		assertThat(DraftWriter.standalone().write(draft, "ministry.txt"))
			.contains("speaker: " + draft.organizations.get(0).id + "\n    kind: PARAPHRASE");
	}

	@Test
	void aMinistryWrittenInLowerCaseIsAnOrganizationThatSpeaks() {
		// "the Ukrainian ministry of strategic industries said": as for "the Ministry of
		// Strategic Industries", the ministry and its statement
		Draft draft = draft("Denmark will send 80 demining robots to Ukraine, officials said on Tuesday.\n"
				+ "The first 30 robots reached Odesa on Friday, the Ukrainian ministry of strategic industries said.");
		assertThat(draft.organizations).extracting((o) -> o.name, (o) -> o.kind, (o) -> o.country)
			.contains(tuple("Ministry of Strategic Industries", "MINISTRY", "UA"));
		assertThat(draft.statements)
			.filteredOn((s) -> s.organization != null && s.organization.name.equals("Ministry of Strategic Industries"))
			.singleElement()
			.satisfies(
					(s) -> assertThat(s.text.of(draft.text)).isEqualTo("The first 30 robots reached Odesa on Friday"));
	}

	@Test
	void aForeignMinistryIsTheMinistryOfForeignAffairsOfItsCountry() {
		// "the Finnish foreign ministry": named as the defence ministry is, its country
		// from its adjective, not the "Ministry of Foreign" of nothing
		Draft draft = draft("Norway and Ukraine signed a memorandum on Monday on coastal radars, a deal the "
				+ "Norwegian foreign ministry valued at 12 million euros.");
		assertThat(draft.organizations).extracting((o) -> o.name, (o) -> o.kind, (o) -> o.country)
			.containsExactly(tuple("Ministry of Foreign Affairs", "MINISTRY", "NO"));
		Draft defence = draft("The deal was welcomed by the Norwegian defence ministry.");
		assertThat(defence.organizations).extracting((o) -> o.name, (o) -> o.country)
			.containsExactly(tuple("Ministry of Defence", "NO"));
	}

	@Test
	void aMinistrysOwnWordsAreItsStatementsAsParaphraseOrQuote() {
		// "..., the Estonian defence ministry said.", "..., the ministry added." and a
		// quote the ministry said: the organization speaks, not the minister named before
		Draft draft = draft("Estonia will buy 200 loitering munitions, Defence Minister Kristjan Laur said on Friday.\n"
				+ "The first 50 were handed over to the army on Tuesday, the Estonian defence ministry said.\n"
				+ "The rest are due by the end of the year, the ministry added.\n"
				+ "\"The order keeps two assembly lines busy until 2026,\" the ministry said in a statement.");
		assertThat(draft.statements)
			.extracting((s) -> s.text.of(draft.text), (s) -> s.kind, (s) -> (s.speaker != null) ? s.speaker.name : null,
					(s) -> (s.organization != null) ? s.organization.name + " (" + s.organization.country + ")" : null,
					(s) -> s.saidOn)
			.containsExactly(
					tuple("Estonia will buy 200 loitering munitions", "PARAPHRASE", "Kristjan Laur", null, "Friday"),
					tuple("The first 50 were handed over to the army on Tuesday", "PARAPHRASE", null,
							"Ministry of Defence (EE)", null),
					tuple("The rest are due by the end of the year", "PARAPHRASE", null, "Ministry of Defence (EE)",
							null),
					tuple("The order keeps two assembly lines busy until 2026,", "DIRECT_QUOTE", null,
							"Ministry of Defence (EE)", null));
		assertThat(draft.statements.get(1).evidence).singleElement()
			.satisfies((e) -> assertThat(e.of(draft.text)).endsWith("the Estonian defence ministry said."));
		assertThat(DraftWriter.standalone().write(draft, "ministry.txt"))
			.contains("speaker: " + draft.organizations.get(0).id + "\n    kind: DIRECT_QUOTE")
			.contains("speaker: " + draft.organizations.get(0).id + "\n    kind: PARAPHRASE");
	}

	@Test
	void aTrailingAttributionSpeaksTheWholeClauseThoughItHasCommasOfItsOwn() {
		// "Under the schedule, ..., the ministry said." and "Latvia, which ..., withdrew
		// ..., the ministry said.": the ministry's words, commas and all
		Draft draft = draft("Britain's Ministry of Defence published the letter.\n"
				+ "Under the delivery schedule, the first 24 boats are due by the end of March 2026, the ministry said.\n"
				+ "Latvia, which had pledged 8 million pounds in June, withdrew from the group last month, saying it "
				+ "needed the money at home, the ministry said.\n"
				+ "In Riga, the boats were tested, Defence Minister Ilze Kalnina added.");
		assertThat(draft.statements)
			.extracting((s) -> s.text.of(draft.text), (s) -> (s.speaker != null) ? s.speaker.name : null,
					(s) -> (s.organization != null) ? s.organization.name + " (" + s.organization.country + ")" : null)
			.containsExactly(
					tuple("Under the delivery schedule, the first 24 boats are due by the end of March 2026", null,
							"Ministry of Defence (GB)"),
					tuple("Latvia, which had pledged 8 million pounds in June, withdrew from the group last month, "
							+ "saying it needed the money at home", null, "Ministry of Defence (GB)"),
					tuple("In Riga, the boats were tested", "Ilze Kalnina", null));
	}

	@Test
	void aMinistryThatSaidThatIsTheSpeakerOfItsClauseButNotOfWhatItAnnounced() {
		Draft draft = draft("The Estonian defence ministry said on Friday that the radars would arrive in May.\n"
				+ "The ministry announced the purchase of two more radars.");
		assertThat(draft.statements).singleElement().satisfies((s) -> {
			assertThat(s.text.of(draft.text)).isEqualTo("the radars would arrive in May.");
			assertThat(s.speaker).isNull();
			assertThat(s.organization).extracting((o) -> o.name).isEqualTo("Ministry of Defence");
			assertThat(s.saidOn).isEqualTo("Friday");
		});
	}

	@Test
	void aSentenceWhoseSubjectNamesNoSpeakerBeforeItsLastCommaIsNoOrganizationsStatement() {
		// a company named in the clause is not the speaker of "..., officials said"
		Draft draft = draft("Origo Systems will build the drones in Valmiera, officials said.");
		assertThat(draft.statements).isEmpty();
	}

	@Test
	void aCountryThingsAreDeliveredToIsNotAPartyAndIsTheBeneficiary() {
		// an invented coalition: three signers, one recipient
		Draft draft = draft("Norway, Denmark and Iceland signed a letter of intent on Tuesday to send mine-clearing "
				+ "boats to Ukraine.\n"
				+ "The letter was signed in Oslo by Defence Minister Arne Solberg, Defence Minister Mette Lund "
				+ "and Defence Minister Gunnar Olafsson.\n"
				+ "Norway will pay 30 million euros for the boats for Ukraine, with Iceland adding the rest.\n"
				+ "The three countries will finance 12 boats worth 40 million euros, to be delivered to Ukraine.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.parties).containsExactly("NO", "DK", "IS");
			assertThat(a.title).isEqualTo("Norway–Denmark–Iceland letter of intent");
			assertThat(a.kind).isEqualTo("LETTER_OF_INTENT");
			assertThat(a.signedIn).isEqualTo("Oslo");
			assertThat(a.signatories).extracting((p) -> p.name)
				.containsExactly("Arne Solberg", "Mette Lund", "Gunnar Olafsson");
		});
		assertThat(draft.commitments).extracting((c) -> c.obligor, (c) -> c.obligors, (c) -> c.beneficiary)
			.containsExactly(tuple("NO", List.of(), "UA"), tuple(null, List.of("NO", "DK", "IS"), "UA"));
		// the article tells of one agreement: both sums are under it
		assertThat(draft.commitments).extracting((c) -> c.agreement)
			.containsExactly(draft.agreements.get(0), draft.agreements.get(0));
		assertThat(DraftWriter.standalone().write(draft, "coalition.txt")).contains("""
				    agreement: no-dk-is-letter-of-intent-2025-03
				    obligors:
				      - "NO"
				      - DK
				      - IS
				    beneficiary: UA
				""");
	}

	@Test
	void aPortfolioBeforeMinisterIsNotACompany() {
		Draft draft = draft("The deal was signed by Strategic Industries Minister Oleksandr Kamyshin and Nordic "
				+ "Industries Group, a maker of hulls.");
		assertThat(draft.organizations).extracting((o) -> o.name).containsExactly("Nordic Industries Group");
		assertThat(draft.people).extracting((p) -> p.role).containsExactly("Strategic Industries Minister");
	}

	@Test
	void aCommitmentOfMoneyCarriesTheQuantityAndTheDeliveryDateOfItsSentence() {
		Draft draft = draft("Finland will pay 8 million euros for about 1,200 loitering drones for Ukraine, "
				+ "the first to be delivered by the end of June 2026.\n"
				+ "Sweden will give Ukraine 3 million euros by 2027.");
		assertThat(DraftWriter.standalone().write(draft, "deliveries.txt")).contains("""
				      evidence:
				        - 8 million euros
				    quantity:
				      value: "1200"
				      item: loitering drones
				      approximate: true
				      evidence:
				        - "about 1,200 loitering drones"
				    dueBy: 2026-06
				""").contains("""
				        - 3 million euros
				    dueBy: "2027"
				""");
	}

	@Test
	void signedByNamesTheSignersNotAVisitorBeforeOrAWitnessAfter() {
		Draft draft = draft("During Defence Minister Mart Kask's visit to Riga on Monday, the memorandum was signed by "
				+ "Defence Minister Andris Ozols and Economy Minister Ilze Berzina for Latvia, while Prime Minister "
				+ "Kristen Michal looked on.");
		assertThat(draft.agreements).singleElement()
			.satisfies((a) -> assertThat(a.signatories).extracting((p) -> p.name)
				.containsExactly("Andris Ozols", "Ilze Berzina"));
	}

	@Test
	void signersBeforeTheVerbAreTheSignersNotTheVisitorTheyHostedBy() {
		// "a visit by X" is no "signed by X"
		Draft draft = draft("Defence Minister Rustem Umyerov and Strategic Industries Minister Oleksandr Kamyshyn "
				+ "signed the memorandum for Ukraine during a visit by Lithuanian Defence Minister Laurynas Kasciunas.");
		assertThat(draft.agreements).singleElement()
			.satisfies((a) -> assertThat(a.signatories).extracting((p) -> p.name)
				.containsExactly("Rustem Umyerov", "Oleksandr Kamyshyn"));
	}

	@Test
	void aMinisterWhoseWordsNameNoCountryIsProposedAsOfTheDatelinesCapitalsCountry() {
		// PRAGUE is the Czech capital; the director's and the Ukrainian's countries are
		// not guessed from it
		Draft draft = this.drafter.draft("date 2025-10-16\nPRAGUE, 16 October (Vltava Desk Wire) - The Czech "
				+ "Republic sent shells to Ukraine, Defence Minister Jan Kralik said.\n"
				+ "Ukrainian Ambassador Olena Marchuk thanked him.\n"
				+ "The jammers were built by Radmet Systems, whose director Pavel Jandl said the firm was ready.");
		assertThat(draft.people).extracting((p) -> p.name, (p) -> p.country)
			.containsExactly(tuple("Jan Kralik", "CZ"), tuple("Olena Marchuk", "UA"), tuple("Pavel Jandl", null));
	}

	@Test
	void aRoleBeforeANameStopsAtTheNameOfThePersonBefore() {
		Draft draft = draft("Estonian Defence Minister Mart Kask and Polish Deputy Defence Minister Tomasz Wiśniak"
				+ " signed the document on behalf of their governments.");
		// the adjective is the person's country, not a word of the role
		assertThat(draft.people).extracting((p) -> p.name + " / " + p.role + " / " + p.country)
			.containsExactly("Mart Kask / Defence Minister / EE", "Tomasz Wiśniak / Deputy Defence Minister / PL");
	}

	@Test
	void aPlannedInvestmentIsUnderTheArticlesOneAgreementAndAPlaceIsNoBeneficiary() {
		// an invented letter, the money told in a sentence that does not name it
		Draft draft = draft("OSLO, 21 May (Fjord Line Press) - Norway and Poland signed a letter of intent on "
				+ "Wednesday to look into producing air defence missiles together.\n"
				+ "Norway plans to invest up to 2.5 billion Norwegian kroner in a new assembly line that could be "
				+ "built in Poland, the ministry said.\n"
				+ "A Norwegian firm based in Lithuania will add 40 million euros for a depot near Latvia.");
		assertThat(draft.commitments)
			.extracting((c) -> (c.amount != null) ? c.amount.money().currency() : null, (c) -> c.obligor,
					(c) -> c.beneficiary, (c) -> c.status)
			.containsExactly(tuple("NOK", "NO", null, "INTENDED"), tuple("EUR", "NO", null, "UNDERTAKEN"));
		assertThat(draft.commitments).allSatisfy((c) -> assertThat(c.agreement).isSameAs(draft.agreements.get(0)));
	}

	@Test
	void aMediumNamedAsASourceIsAnOrganizationWhenItsNameIsGiven() {
		Draft draft = draft("Lithuanian public radio LRT reported on Monday that the drones had arrived.\n"
				+ "Defence Minister Mart Kask told the newspaper Postimees that more would follow, and the daily "
				+ "Rahva Sõna's editor agreed.\n" + "State television said the shells were on their way.");
		assertThat(draft.organizations).extracting((o) -> o.name + " / " + o.kind + " / " + o.country)
			.containsExactly("LRT / NEWS_AGENCY / LT", "Postimees / NEWS_AGENCY / null",
					"Rahva Sõna / NEWS_AGENCY / null");
		assertThat(draft.people).extracting((p) -> p.name).containsExactly("Mart Kask");
	}

	@Test
	void aRoleIsProposedWithoutTheCountrysAdjectiveButACounterpartKeepsIt() {
		Draft draft = draft("Lithuanian Defence Minister Laurynas Kasčiūnas met his Ukrainian counterpart Rustem"
				+ " Umerov in Kyiv.");
		assertThat(draft.people).extracting((p) -> p.name + " / " + p.role + " / " + p.country)
			.containsExactly("Laurynas Kasčiūnas / Defence Minister / LT",
					"Rustem Umerov / Ukrainian counterpart / UA");
	}

	@Test
	void peopleKeepTheirRolesAsWritten() {
		Draft draft = draft("The deal was signed by Defence Minister Rustem Umerov and Minister of Strategic "
				+ "Industries Oleksandr Kamyshin.");
		assertThat(draft.people).extracting((p) -> p.name + " / " + p.role)
			.containsExactly("Rustem Umerov / Defence Minister",
					"Oleksandr Kamyshin / Minister of Strategic Industries");
	}

	@Test
	void countriesAreFoundByNameAdjectiveAndCode() {
		Draft draft = draft("A Lithuanian firm will build it in Ukraine for the Danish navy; LT and PL will pay.");
		assertThat(draft.countries).extracting(Draft.CountryRef::code)
			.containsExactlyInAnyOrder("LT", "UA", "DK", "PL");
	}

	@Test
	void organizationsAreMinistriesAndCompanies() {
		Draft draft = draft("The Ministry of the Economy and Innovation and the Ministry of National Defence will "
				+ "pay Vaara Armour Oy and the Ukrainian company Vezha Drones.");
		assertThat(draft.organizations).extracting((o) -> o.name)
			.containsExactlyInAnyOrder("Ministry of the Economy and Innovation", "Ministry of National Defence",
					"Vaara Armour Oy", "Vezha Drones");
	}

	@Test
	void amountsAreNormalizedToCurrencyAndValue() {
		Draft draft = draft("It costs EUR 20 million, or €1.5 billion later, $85 million now, 4.5 billion yen "
				+ "and USD 40,000 for 2,500 drones.");
		assertThat(draft.money).extracting(Draft.Money::normalized)
			.containsExactly("EUR 20000000", "EUR 1500000000", "USD 85000000", "JPY 4500000000", "USD 40000");
		assertThat(draft.quantities).extracting((q) -> q.of(draft.text)).containsExactly("2,500 drones");
	}

	@Test
	void aCurrencyNamedWithItsCountrysWordIsThatCountrysCurrencyAndNoCountryOfTheArticle() {
		Draft draft = draft("Poland will pay up to 2.5 billion Norwegian kroner, 40 million Danish kroner, "
				+ "CAD 3 million and 12 million Canadian dollars, or 300 million Polish zlotys, for Ukraine.");
		assertThat(draft.money).extracting(Draft.Money::normalized)
			.containsExactly("NOK 2500000000", "DKK 40000000", "CAD 3000000", "CAD 12000000", "PLN 300000000");
		assertThat(draft.countries).extracting(Draft.CountryRef::code).containsExactlyInAnyOrder("PL", "UA");
		assertThat(draft.commitments).extracting((c) -> c.obligor, (c) -> c.beneficiary)
			.containsOnly(tuple("PL", "UA"));
	}

	@Test
	void poundsAreSterlingAndAConversionInBracketsIsNoSecondSum() {
		// a wire report gives the sum in its currency and the dollars in brackets: one
		// sum
		Draft draft = draft("Finland and Estonia signed a letter of intent in London that raises the budget to "
				+ "120 million pounds ($152 million). Britain gave 8 million British pounds, "
				+ "£5m (about €5.8m) and 2 million pounds sterling.");
		assertThat(draft.money).extracting(Draft.Money::normalized)
			.containsExactly("GBP 120000000", "GBP 8000000", "GBP 5000000", "GBP 2000000");
		assertThat(draft.agreements).singleElement()
			.satisfies((a) -> assertThat(a.value.words().of(draft.text)).isEqualTo("120 million pounds"));
	}

	@Test
	void sumsListedWithTheirCountriesAreEachItsCountrysCommitment() {
		Draft draft = draft("Britain will put 70 million pounds into the coalition for Ukraine, Finland 30 million "
				+ "pounds and Estonia 20 million pounds, the minister said.");
		assertThat(draft.commitments)
			.extracting((c) -> c.obligor, (c) -> c.beneficiary, (c) -> c.amount.money().normalized(),
					(c) -> c.evidence().of(draft.text))
			.containsExactly(tuple("GB", "UA", "GBP 70000000", "Britain will put 70 million pounds"),
					tuple("FI", "UA", "GBP 30000000", "Finland 30 million pounds"),
					tuple("EE", "UA", "GBP 20000000", "Estonia 20 million pounds"));
	}

	@Test
	void aPledgeOfACountryThatWithdrewIsWithdrawn() {
		Draft draft = draft("Latvia, which had pledged 8 million pounds to the coalition for Ukraine in June, "
				+ "withdrew from the group last month. Sweden pulled out of a 5 million euro pledge to Ukraine. "
				+ "Norway will give Ukraine 9 million euros.");
		assertThat(draft.commitments).extracting((c) -> c.obligor, (c) -> c.status)
			.containsExactly(tuple("LV", "WITHDRAWN"), tuple("SE", "WITHDRAWN"), tuple("NO", "UNDERTAKEN"));
	}

	@Test
	void aCommitmentThatIsPlannedOrCouldBeIsIntendedAndOneUnderTalksIsUnderNegotiation() {
		Draft draft = draft("Norway plans to invest up to 2.5 billion Norwegian kroner in Poland. "
				+ "Poland could contribute about 300 million zlotys to Norway's line. "
				+ "Sweden is negotiating a loan of EUR 50 million to Finland. "
				+ "Denmark will give Ukraine EUR 10 million by May 2026.");
		assertThat(draft.commitments).extracting((c) -> c.obligor, (c) -> c.status)
			.containsExactly(tuple("NO", "INTENDED"), tuple("PL", "INTENDED"), tuple("SE", "UNDER_NEGOTIATION"),
					tuple("DK", "UNDERTAKEN"));
	}

	@Test
	void anAmountOutsideAnAgreementIsProposedAsACommitmentsMoneyWithTheCountriesOfItsSentence() {
		Draft draft = draft("Denmark will give Ukraine EUR 10 million for drone production. "
				+ "Norway pledged €10m for artillery shells for Ukraine. "
				+ "Sweden is to pay about 10 million euros for demining. " + "The United States promised $5bn more.");
		assertThat(draft.commitments)
			.extracting((p) -> p.obligor, (p) -> p.beneficiary, (p) -> p.amount.money().normalized(),
					(p) -> p.amount.approximate(), (p) -> p.amount.words().of(draft.text))
			.containsExactly(tuple("DK", "UA", "EUR 10000000", false, "EUR 10 million"),
					tuple("NO", "UA", "EUR 10000000", false, "€10m"),
					tuple("SE", null, "EUR 10000000", true, "about 10 million euros"),
					tuple("US", null, "USD 5000000000", false, "$5bn"));
		String yaml = DraftWriter.standalone().write(draft, "amounts.txt");
		assertThat(yaml).contains("""
				commitments:
				  - id: dk-eur-10000000
				    reviewed: false
				    obligor: DK
				    beneficiary: UA
				    description: Denmark will give Ukraine EUR 10 million for drone production.
				    status: UNDERTAKEN
				    amount:
				      amount: "10000000"
				      currency: EUR
				      text: EUR 10 million
				      evidence:
				        - EUR 10 million
				""").contains("""
				      approximate: true
				      text: about 10 million euros
				""");
	}

	@Test
	void anAmountInAnAgreementsSentenceIsProposedAsItsValue() {
		Draft draft = draft(
				"Latvia and Ukraine signed an agreement worth EUR 20 million on drones in Riga on Thursday. "
						+ "Nobody said how it would be paid.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.value).isNotNull();
			assertThat(a.value.money().normalized()).isEqualTo("EUR 20000000");
			assertThat(a.value.words().of(draft.text)).isEqualTo("EUR 20 million");
		});
		assertThat(draft.commitments).isEmpty();
		assertThat(DraftWriter.standalone().write(draft, "value.txt")).contains("""
				    value:
				      amount: "20000000"
				      currency: EUR
				      text: EUR 20 million
				""");
	}

	@Test
	void aRangeOfMoneyIsProposedAsItsLowerEndUpToItsUpperEnd() {
		Draft draft = draft("Latvia and Ukraine signed an agreement worth between 20 and 30 million euros on "
				+ "drones in Riga on Thursday.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.value).isNotNull();
			assertThat(a.value.words().of(draft.text)).isEqualTo("between 20 and 30 million euros");
		});
		assertThat(DraftWriter.standalone().write(draft, "range.txt")).contains("""
				    value:
				      amount: "20000000"
				      upTo: "30000000"
				      currency: EUR
				      text: between 20 and 30 million euros
				""");
		for (String range : List.of("from 20 to 30 million euros", "20–30 million euros", "20-30 million euros",
				"from 20 million to 30 million euros")) {
			Draft other = draft("Latvia and Ukraine signed an agreement worth " + range + " on drones in Riga.");
			assertThat(DraftWriter.standalone().write(other, "range.txt")).as(range)
				.contains("amount: \"20000000\"\n      upTo: \"30000000\"\n");
		}
		for (String range : List.of("EUR 20–30 million", "€20-30 million", "€20 million to €30 million",
				"EUR 20 to 30 million")) {
			Draft other = draft("Latvia and Ukraine signed an agreement worth " + range + " on drones in Riga.");
			assertThat(other.money).as(range).singleElement().satisfies((m) -> {
				assertThat(m.span().of(other.text)).isEqualTo(range);
				assertThat(m.amount()).isEqualByComparingTo("30000000");
			});
			assertThat(DraftWriter.standalone().write(other, "range.txt")).as(range)
				.contains("amount: \"20000000\"\n      upTo: \"30000000\"\n      currency: EUR\n");
		}
		Draft dollars = draft("Estonia will pay USD 5 to 7 million for the radars, the ministry said.");
		assertThat(DraftWriter.standalone().write(dollars, "range.txt"))
			.contains("amount: \"5000000\"\n      upTo: \"7000000\"\n      currency: USD\n");
		Draft notARange = draft("Latvia and Ukraine signed an agreement worth €5 million to 2027 on drones in Riga.");
		assertThat(DraftWriter.standalone().write(notARange, "single.txt")).doesNotContain("upTo");
		Draft single = draft("Latvia and Ukraine signed an agreement worth 30 million euros on drones in Riga.");
		assertThat(DraftWriter.standalone().write(single, "single.txt")).doesNotContain("upTo");
	}

	@Test
	void moneyACountryPutsInUnderAnAgreementIsItsCommitmentNotTheAgreementsValue() {
		// the memorandum is only named in passing: it is not worth the 15 million,
		// Lithuania
		// pledges them under it
		Draft draft = draft("Lithuania will put 15 million euros into a joint fund for drone production in Ukraine "
				+ "under the memorandum the two countries signed in Kyiv last week, the minister said.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> assertThat(a.value).isNull());
		assertThat(draft.commitments).singleElement().satisfies((c) -> {
			assertThat(c.obligor).isEqualTo("LT");
			assertThat(c.beneficiary).isEqualTo("UA");
			assertThat(c.agreement).isSameAs(draft.agreements.get(0));
			assertThat(c.amount).extracting((a) -> a.money().normalized()).isEqualTo("EUR 15000000");
			assertThat(c.status).isEqualTo("UNDERTAKEN");
		});
	}

	@Test
	void aProposedCommitmentsSentenceLeavesTheDatelineOut() {
		Draft draft = this.drafter.draft(
				"date 2025-02-19\nTALLINN, 19 February (Baltic Newsroom) – Estonia will spend €12 million on drones.");
		assertThat(draft.commitments).singleElement()
			.satisfies((p) -> assertThat(p.sentence.of(draft.text))
				.isEqualTo("Estonia will spend €12 million on drones."));
	}

	@Test
	void aDatelineWithAnEmDashIsLeftOutAsTheEnDashOneIs() {
		Draft draft = this.drafter
			.draft("date 2026-05-20\nSEOUL, May 20 (Han River Wire) — South Korea's Hanbit Defence will supply "
					+ "12 tracked howitzers to Estonia under a contract worth €300 million signed in Tallinn on Wednesday, the company said.");
		assertThat(draft.commitments).isNotEmpty()
			.allSatisfy((p) -> assertThat(p.sentence.of(draft.text))
				.startsWith("South Korea's Hanbit Defence will supply"));
		assertThat(draft.agreements).singleElement()
			.satisfies((a) -> assertThat(a.evidence).extracting((e) -> e.of(draft.text))
				.allSatisfy((e) -> assertThat(e).doesNotContain("SEOUL").doesNotContain("Han River Wire")));
		assertThat(draft.publisher).isEqualTo("Han River Wire");
	}

	@Test
	void aDatelineWithoutADateIsLeftOut() {
		Draft draft = this.drafter.draft(
				"date 2025-02-19\nVILNIUS (Baltic Wire) — Lithuania will spend €12 million on counter-drone systems.");
		assertThat(draft.commitments).singleElement()
			.satisfies((p) -> assertThat(p.sentence.of(draft.text))
				.isEqualTo("Lithuania will spend €12 million on counter-drone systems."));
		assertThat(draft.publisher).isEqualTo("Baltic Wire");
	}

	@Test
	void aDatelineAfterAHeadlineLineIsLeftOut() {
		Draft draft = this.drafter.draft("date 2025-02-19\nLithuania buys counter-drone systems\n"
				+ "VILNIUS (Baltic Wire) - Lithuania will spend €12 million on counter-drone systems.");
		assertThat(draft.commitments).singleElement()
			.satisfies((p) -> assertThat(p.sentence.of(draft.text))
				.isEqualTo("Lithuania will spend €12 million on counter-drone systems."));
		assertThat(draft.publisher).isEqualTo("Baltic Wire");
	}

	@Test
	void anEmDashInsideASentenceIsNoDateline() {
		Draft draft = this.drafter.draft("date 2025-02-19\nLithuania — the largest buyer this year — will spend "
				+ "€12 million on counter-drone systems (Baltic Wire reported).");
		assertThat(draft.commitments).singleElement()
			.satisfies((p) -> assertThat(p.sentence.of(draft.text)).startsWith("Lithuania — the largest buyer"));
	}

	@Test
	void aReportThatWronglySaidIsACorrectionWhoseWrongFactTheCuratorNames() {
		String text = "date 2026-05-13\nCORRECTION - A Prairie Ledger report on Tuesday wrongly said that Lithuania "
				+ "had suspended its participation in the coastal-artillery coalition for Ukraine. The ministry "
				+ "spokeswoman said the budget review would not affect Lithuania's part in the coalition.";
		Draft draft = this.drafter.draft(text);
		assertThat(draft.correction).isNotNull();
		assertThat(draft.publisher).isEqualTo("Prairie Ledger");
		assertThat(draft.correctedReportOn).isEqualTo("2026-05-12");
		assertThat(draft.wronglySaid).isNotNull();
		assertThat(draft.statements).extracting((st) -> st.text.of(draft.text))
			.noneMatch((st) -> st.contains("had suspended"));
		assertThat(draft.wronglySaid.of(draft.text))
			.isEqualTo("Lithuania had suspended its participation in the coastal-artillery coalition for Ukraine");
		// with the dataset: the publisher's one article of that day, and no withdrawal
		// proposed, only said
		String yaml = DraftWriter.matching(SeedFolder.validate(Path.of("src/test/resources/faithful-fixtures")))
			.write(this.drafter.draft(text), "correction.txt");
		assertThat(yaml).contains("corrects:\n    - prairie-ledger-2026-05-12\n")
			.contains("publisher: Prairie Ledger (test fixture)")
			.contains("It says the report wrongly said \"Lithuania had suspended")
			.doesNotContain("withdraws:");
		assertThat(DraftWriter.standalone().write(this.drafter.draft(text), "correction.txt"))
			.contains("# TODO corrects: this article corrects an earlier report")
			.doesNotContain("corrects:\n");
		Draft other = draft(
				"The ministry said it corrects an earlier report that said Estonia had left the coalition.");
		assertThat(other.correction).isNotNull();
		assertThat(other.wronglySaid.of(other.text)).isEqualTo("Estonia had left the coalition");
		Draft noCorrection = draft("Latvia said the report on drones was wrong about costs.");
		assertThat(noCorrection.correction).isNull();
	}

	@Test
	void anAmountWhoseSentenceNamesNoCountryIsListedButNotProposed() {
		Draft draft = draft("The plant will cost EUR 30 million.");
		assertThat(draft.money).hasSize(1);
		assertThat(draft.commitments).isEmpty();
	}

	@Test
	void weekdaysResolveAgainstTheArticleDateAsTheLoaderDoes() {
		// the article is dated Friday 2025-03-14
		Draft draft = draft("The memorandum was signed on Thursday and announced on Friday, 12 March 2025.");
		assertThat(draft.dates).extracting((d) -> d.date().toString())
			.containsExactlyInAnyOrder("2025-03-13", "2025-03-14", "2025-03-12");
		assertThat(draft.agreements).singleElement().satisfies((a) -> assertThat(a.signedOn).isEqualTo("Thursday"));
	}

	@Test
	void aCyrillicSpellingAfterALatinNameIsAnAliasNotAnotherPerson() {
		Draft draft = draft("The plant will be run by Olena Marchenko (Олена Марченко), a former executive.");
		assertThat(draft.people).singleElement().satisfies((Person p) -> {
			assertThat(p.name).isEqualTo("Olena Marchenko");
			assertThat(p.alias).isEqualTo("Олена Марченко");
		});
	}

	@Test
	void anAgreementWithASigningVerbHasItsPartiesSignatoriesAndPlace() {
		Draft draft = draft("Latvian Defence Minister Andris Ozols and his Ukrainian counterpart Taras Hnatiuk "
				+ "signed an agreement on the joint production of long-range drones in Riga on Thursday.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.kind).isEqualTo("AGREEMENT");
			assertThat(a.title).isEqualTo("Agreement on the joint production of long-range drones");
			assertThat(a.parties).containsExactly("LV", "UA");
			assertThat(a.signatories).extracting((p) -> p.name).containsExactly("Andris Ozols", "Taras Hnatiuk");
			assertThat(a.signedIn).isEqualTo("Riga");
		});
		assertThat(draft.areas).extracting(Draft.Area::category)
			.containsExactly("INDUSTRIAL_PRODUCTION", "UNMANNED_SYSTEMS");
	}

	@Test
	void aPersonsRoleProposesNoAreaAndTrainingHowitzersAndArmouredVehiclesHaveTheirOwnCategories() {
		// "Minister for Defence Procurement" is a post, not what the letter covers
		Draft draft = draft("Britain and Finland signed a letter of intent on training crews, howitzers and armoured "
				+ "vehicles in London on Thursday, Minister for Defence Procurement Helen Carrow said.");
		assertThat(draft.areas).extracting(Draft.Area::name, Draft.Area::category)
			.containsExactly(tuple("Training", "TRAINING"), tuple("Howitzers", "ARTILLERY"),
					tuple("Armoured vehicles", "ARMOURED_VEHICLES"));
	}

	@Test
	void airDefenceIsAirAndMissileDefenceNotMissiles() {
		// AreaCategory: "Air and missile defence: interceptors, radars and their
		// launchers"; MISSILES is "Missiles and long-range strike"
		Draft draft = draft("Poland and Norway signed a memorandum on air defence in Oslo on Monday. "
				+ "Poland will buy air-defence systems and anti-aircraft guns, and the two countries will "
				+ "repair air defense radars together. Norway will also train crews for anti-aircraft " + "missiles.");
		assertThat(draft.areas).extracting(Draft.Area::name, Draft.Area::category)
			.containsExactly(tuple("Air defence", "AIR_AND_MISSILE_DEFENCE"),
					tuple("Air-defence systems", "AIR_AND_MISSILE_DEFENCE"),
					tuple("Anti-aircraft guns", "AIR_AND_MISSILE_DEFENCE"),
					tuple("Air defense radars", "AIR_AND_MISSILE_DEFENCE"),
					tuple("Anti-aircraft missiles", "AIR_AND_MISSILE_DEFENCE"));
	}

	@Test
	void aHyphenatedTermIsNamedWholeAsItsSpacedTermIs() {
		// "air-defence radars" was the bare "Air-defence" beside "Anti-aircraft guns":
		// the
		// list's "air defence radars" matches it hyphenated too, and names it whole
		Draft draft = draft("Latvia and Ukraine signed a letter of intent on Monday to produce anti-aircraft guns and "
				+ "air-defence radars together.");
		assertThat(draft.areas).extracting(Draft.Area::name, Draft.Area::category)
			.containsExactly(tuple("Anti-aircraft guns", "AIR_AND_MISSILE_DEFENCE"),
					tuple("Air-defence radars", "AIR_AND_MISSILE_DEFENCE"));
	}

	@Test
	void anAgreementsIdIsItsPartiesItsTitleWithoutTheirNamesAndItsSigningMonth() {
		// it was lv-ua-latvia-ukraine-letter-of-intent: the parties twice, and nothing
		// to tell it from the next letter of the two
		Draft draft = draft("RIGA, 14 March (Invented Wire) - Latvia and Ukraine signed a letter of intent on Monday "
				+ "to produce radars together.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> assertThat(a.title).contains("Latvia"));
		assertThat(DraftWriter.standalone().write(draft, "letter.txt"))
			.contains("  - id: lv-ua-letter-of-intent-2025-03\n")
			.doesNotContain("latvia-ukraine");
	}

	@Test
	void aValueWhoseSentenceNamesNoAgreementIsTheOneAgreementsMarkedForReview() {
		Draft draft = draft("Latvia and Ukraine signed a letter of intent on Monday to produce radars together.\n"
				+ "The package the two countries agreed is worth 64 million euros, the ministry said.");
		assertThat(draft.agreements).singleElement()
			.satisfies((a) -> assertThat(a.value).isNotNull()
				.satisfies((v) -> assertThat(v.money().amount()).isEqualByComparingTo("64000000")));
		assertThat(draft.commitments).isEmpty();
		assertThat(DraftWriter.standalone().write(draft, "value.txt"))
			.contains("# lv-ua-letter-of-intent-2025-03: value 64 million euros from a sentence that names no "
					+ "agreement");
	}

	@Test
	void aDeliveryWhoseSentenceNamesNoAgreementIsTheOneAgreementsMarkedForReview() {
		Draft draft = draft("Latvia and Ukraine signed a letter of intent on Monday to produce drones together.\n"
				+ "The first batch of 500 drones arrived in Kyiv on Thursday, the ministry said.");
		assertThat(draft.commitments).singleElement().satisfies((c) -> {
			assertThat(c.agreement).isSameAs(draft.agreements.get(0));
			assertThat(c.fulfilledOn).isEqualTo("Thursday");
			assertThat(c.obligor).isEqualTo("LV");
			assertThat(c.beneficiary).isEqualTo("UA");
			assertThat(c.quantity).extracting((q) -> q.of(draft.text)).isEqualTo("500 drones");
		});
		assertThat(DraftWriter.standalone().write(draft, "arrived.txt"))
			.contains("# lv-500-drones: a delivery from a sentence that names no agreement");
	}

	@Test
	void aFundOfFiveCountriesForAnothersThingsSignedDuringAMeetingOfMinisters() {
		// "the repair of Ukrainian radars" says whose radars, not who signed; "a meeting
		// of Nordic defence ministers" is the meeting it was signed at; "The fund" is
		// the memorandum's, open to others
		Draft draft = draft("OSLO, 14 March (Invented Wire) - Norway, Sweden, Denmark, Finland and Iceland signed a "
				+ "memorandum of understanding on Tuesday to set up a joint fund that will pay for the repair of "
				+ "Ukrainian air-defence radars.\n"
				+ "The five countries signed the memorandum in Oslo during a meeting of Nordic defence ministers.\n"
				+ "The fund is open to other allies joining, the Norwegian defence ministry said.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.parties).containsExactly("NO", "SE", "DK", "FI", "IS");
			assertThat(a.recipients).containsExactly("UA");
			assertThat(a.title).isEqualTo("Norway–Sweden–Denmark–Finland–Iceland memorandum of understanding");
			assertThat(a.openToAccession).isTrue();
			assertThat(a.signedAt).isNotNull()
				.satisfies((e) -> assertThat(e.kind + " / " + e.name)
					.isEqualTo("MEETING / Meeting of Nordic defence ministers"));
		});
	}

	@Test
	void aMemorandumThatReplacesALetterIsSignedWhereItsOwnClauseSaysAndIsWorthWhatItsSentenceSays() {
		// "signed in Riga" is the letter's, told in passing; "the Latvian defence
		// ministry said" reports the value, and gives no obligor
		Draft draft = draft("RIGA, 14 March (Invented Wire) - Latvia and Ukraine signed a memorandum of understanding "
				+ "on air-defence production on Thursday that replaces the letter of intent the two countries signed "
				+ "in Riga on 30 November.\n"
				+ "Defence Minister Edgars Kalnins and Deputy Defence Minister Olena Marchuk signed the memorandum in "
				+ "Kyiv.\n"
				+ "The memorandum is worth 70 million euros, six million more than the letter, the Latvian defence "
				+ "ministry said.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.signedIn).isEqualTo("Kyiv");
			assertThat(a.value).isNotNull()
				.satisfies((v) -> assertThat(v.money().amount()).isEqualByComparingTo("70000000"));
		});
		assertThat(draft.commitments).isEmpty();
		assertThat(DraftWriter.standalone().write(draft, "replaces.txt"))
			.contains("  - id: lv-ua-memorandum-of-understanding-on-air-defence-2025-03\n");
	}

	@Test
	void anAreaWrittenInTheSingularAndThePluralIsOneArea() {
		Draft draft = draft("Estonia and Ukraine signed a memorandum on Drone production in Tallinn on Friday. "
				+ "The two countries will also test drones at sea.");
		assertThat(draft.areas).extracting(Draft.Area::name).containsExactly("Drone");
	}

	@Test
	void wordsInsideADirectQuoteProposeNoAreaWhenTheReportersOwnWordsNameOne() {
		// the minister's words are rhetoric; what the agreement covers is in the report's
		// own sentence
		Draft draft = draft("Estonia and Ukraine signed a memorandum on naval drones in Tallinn on Friday.\n"
				+ "\"Our missiles and our shells will follow,\" Defence Minister Kristjan Laur said.");
		assertThat(draft.areas).extracting(Draft.Area::name).containsExactly("Naval drones");
	}

	@Test
	void aDirectQuoteThatIsTheOnlyMentionOfAnAreaStillProposesIt() {
		Draft draft = draft("Estonia and Ukraine signed a memorandum in Tallinn on Friday.\n"
				+ "\"Together we will produce naval drones,\" Defence Minister Kristjan Laur said.");
		assertThat(draft.areas).extracting(Draft.Area::name).containsExactly("Naval drones");
	}

	@Test
	void shortQuotedTitlesAreNotQuotes() {
		Draft draft = draft("The so-called \"Drone Coalition\" met in Riga to discuss the \"Baltic Defence Line\".");
		assertThat(quotes(draft)).isEmpty();
	}

	@Test
	void janBeforeASurnameIsAFirstNameNotAMonth() {
		Draft draft = draft("Czech Defence Minister Jan Kralik said that a third batch would follow.\n"
				+ "The first batch left on 5 Jan 2025.");
		assertThat(draft.people).singleElement().satisfies((Person p) -> {
			assertThat(p.name).isEqualTo("Jan Kralik");
			assertThat(p.role).isEqualTo("Defence Minister");
			assertThat(p.country).isEqualTo("CZ");
		});
		assertThat(speakerOf(draft, "a third batch")).isEqualTo("Jan Kralik");
	}

	@Test
	void puttingTheirSignaturesToALetterIsASigningOnItsWeekday() {
		// "put their signatures on Wednesday to": no signing verb the rules knew
		Draft draft = draft("The defence ministers of Denmark and Norway put their signatures on Wednesday to a "
				+ "letter of intent on buying interceptor drones.\n"
				+ "Sweden and Finland put their names on Sunday to a memorandum on ammunition.");
		assertThat(draft.agreements).extracting((a) -> a.kind, (a) -> a.signedOn, (a) -> List.copyOf(a.parties))
			.containsExactly(tuple("LETTER_OF_INTENT", "Wednesday", List.of("DK", "NO")),
					tuple("MEMORANDUM_OF_UNDERSTANDING", "Sunday", List.of("SE", "FI")));
	}

	@Test
	void aSigningMentionedInPassingIsDatedByItsOwnClauseAndHasNoCeremony() {
		// the article (2025-03-14) reports a delivery; the memorandum was signed months
		// before, in Kyiv: not "on Friday", and no signing ceremony of this article's
		Draft draft = draft("Poland has handed over shells to Ukraine under the memorandum the two countries "
				+ "signed in Kyiv in November 2024, Defence Minister Adam Wolny said on Friday.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.signedOn).isEqualTo("2024-11");
			assertThat(a.signedIn).isEqualTo("Kyiv");
			assertThat(a.signedAt).isNull();
		});
		assertThat(draft.events).isEmpty();
	}

	@Test
	void aSigningInPassingInAMonthWithoutAYearIsTheLatestSuchMonth() {
		// the article is dated 2025-03-14: "in May" is May 2024, "in March" this March
		Draft draft = draft("Norway has delivered 40 missiles to Poland under the letter of intent the two "
				+ "countries signed in Oslo in May, the ministry said on Friday.\n"
				+ "Denmark has sent shells to Ukraine under the memorandum the two countries signed in March.");
		assertThat(draft.agreements).extracting((a) -> a.signedOn, (a) -> a.signedAt)
			.containsExactly(tuple("2024-05", null), tuple("2025-03", null));
		assertThat(draft.events).isEmpty();
	}

	@Test
	void aSigningInPassingLastWeekIsThatWeekAsTheLoaderReadsIt() {
		// the article is dated Friday 2025-03-14: "last week" is the week of Monday 3
		// March, written as the article words it (as a statement's "on Monday" is)
		Draft draft = draft("Lithuania will put 15 million euros into a fund under the memorandum the two "
				+ "countries signed in Kyiv last week, Defence Minister Jonas Petraitis said on Thursday.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.signedOn).isEqualTo("last week");
			assertThat(a.signedAt).isNull();
		});
		assertThat(draft.events).isEmpty();
		assertThat(org.accords.seed.SeedFolder.resolveDate(draft.date, "last week")).hasToString("2025-03-03");
	}

	@Test
	void aCoalitionHasItsLeadItsMembersItsTotalValueAndIsOpenToOthersJoining() {
		Draft draft = draft("Denmark, Norway and the Netherlands signed a letter of intent on buying drones for "
				+ "Ukraine on Wednesday, with Denmark leading the procurement for the group.\n"
				+ "The coalition, which is open to other allies joining, will buy drones from Ukrainian makers in a "
				+ "package worth a total of 180 million euros, the ministry said.\n"
				+ "Norway would contribute 60 million euros to the package.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.parties).containsExactly("DK", "NO", "NL");
			assertThat(a.value).isNotNull();
			assertThat(a.value.words().of(draft.text)).isEqualTo("180 million euros");
			assertThat(a.openToAccession).isTrue();
			assertThat(a.lead).isEqualTo("DK");
		});
		// the package's total is the agreement's value, not a commitment of Ukraine's;
		// Norway's share is its commitment to that agreement
		assertThat(draft.commitments).singleElement().satisfies((c) -> {
			assertThat(c.obligor).isEqualTo("NO");
			assertThat(c.agreement).isSameAs(draft.agreements.get(0));
		});
		String written = DraftWriter.standalone().write(draft, "coalition.txt");
		assertThat(written).contains("""
				    openToAccession: true
				    participants:
				      - party: DK
				        role: CO_LEADER
				        evidence:
				          - Denmark leading the procurement for the group
				      - party: "NO"
				        role: MEMBER
				        evidence:
				          - "Denmark, Norway and the Netherlands"
				      - party: NL
				        role: MEMBER
				        evidence:
				          - "Denmark, Norway and the Netherlands"
				""").contains("which is open to other allies joining");
	}

	@Test
	void countriesThatJoinedACountryLedCoalitionAreMembersOnTheirDayAndAnObserverIsOne() {
		// the article is dated 2025-03-14: "in July" is July 2024
		Draft draft = draft("Finland and Estonia joined a British-led coalition that builds river boats for Ukraine "
				+ "on Thursday, signing a letter of intent in London.\n"
				+ "The letter was signed by British Defence Secretary Alistair Penrose, Finnish Defence Minister "
				+ "Aino Rautio and Estonian Defence Minister Kaarel Tamm.\n"
				+ "Britain set up the coalition in June, and the Netherlands joined it in July.\n"
				+ "Norway follows the coalition's work as an observer.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.parties).containsExactlyInAnyOrder("FI", "EE", "GB");
			assertThat(a.lead).isEqualTo("GB");
		});
		assertThat(DraftWriter.standalone().write(draft, "joined.txt")).contains(
				"""
						    participants:
						      - party: FI
						        role: MEMBER
						        joinedOn: Thursday
						        evidence:
						          - Finland and Estonia joined a British-led coalition that builds river boats for Ukraine on Thursday
						      - party: EE
						        role: MEMBER
						        joinedOn: Thursday
						        evidence:
						          - Finland and Estonia joined a British-led coalition that builds river boats for Ukraine on Thursday
						      - party: GB
						        role: CO_LEADER
						        evidence:
						          - British-led
						      - party: NL
						        role: MEMBER
						        joinedOn: 2024-07
						        evidence:
						          - the Netherlands joined it in July
						      - party: "NO"
						        role: OBSERVER
						        evidence:
						          - Norway follows the coalition's work as an observer
						""");
	}

	@Test
	void aFirstTrancheAndTheTotalAreTwoCommitmentsOfTheAgreementsParties() {
		// the article is dated 2025-03-14: "by April" is April 2025
		Draft draft = draft("Denmark and Norway signed a letter of intent on buying interceptor drones for Ukraine "
				+ "on Wednesday.\n" + "The first 500 drones are due by April, and 2,000 in all by the end of 2026.");
		String written = DraftWriter.standalone().write(draft, "tranche.txt");
		assertThat(draft.commitments)
			.extracting((c) -> List.copyOf(c.obligors), (c) -> c.beneficiary, (c) -> c.dueBy, (c) -> c.agreement)
			.containsExactly(tuple(List.of("DK", "NO"), "UA", "2025-04", draft.agreements.get(0)),
					tuple(List.of("DK", "NO"), "UA", "2026", draft.agreements.get(0)));
		assertThat(written).contains("""
				    quantity:
				      value: "500"
				      item: drones
				      evidence:
				        - 500 drones
				    dueBy: 2025-04
				""").contains("""
				    quantity:
				      value: "2000"
				      item: drones
				      evidence:
				        - "2,000 in all"
				    dueBy: "2026"
				""");
	}

	@Test
	void aBatchHandedOverOnADayIsAFulfilledCommitmentOfTheGiverToTheAgreementsRecipient() {
		// "near the Polish border" is where, not who; "on Tuesday" is when it was
		// fulfilled
		Draft draft = draft("Estonia has handed over a batch of shells to Ukraine under the memorandum the two "
				+ "countries signed in Kyiv in May 2024.\n"
				+ "The batch, handed over at a depot near the Polish border on Tuesday, comprised 18,000 rounds "
				+ "worth about 46 million euros, the Estonian defence ministry said.");
		assertThat(draft.commitments).singleElement().satisfies((c) -> {
			assertThat(c.obligor).isEqualTo("EE");
			assertThat(c.beneficiary).isEqualTo("UA");
			assertThat(c.agreement).isSameAs(draft.agreements.get(0));
			assertThat(c.fulfilledOn).isEqualTo("Tuesday");
		});
		assertThat(DraftWriter.standalone().write(draft, "delivery.txt")).contains("""
				    status: FULFILLED
				    fulfilledOn: Tuesday
				""");
	}

	@Test
	void aBatchHandedOverWhoseSentenceNamesOnlyItsCurrencyIsTheAgreementsGiversDelivery() {
		// "Norwegian kroner" names the money, not the giver: the giver is the agreement's
		// "The missiles" are the 40 of the sentence before, three words apart from their
		// number
		Draft draft = draft("Norway has delivered the first 40 short-range air defence missiles to Poland under "
				+ "the letter of intent the two countries signed in Oslo in May.\n"
				+ "The missiles, handed over at an air base near Poznan on Monday, are worth about 310 million "
				+ "Norwegian kroner, the ministry said.");
		assertThat(draft.commitments).singleElement().satisfies((c) -> {
			assertThat(c.obligor).isEqualTo("NO");
			assertThat(c.beneficiary).isEqualTo("PL");
			assertThat(c.agreement).isSameAs(draft.agreements.get(0));
			assertThat(c.fulfilledOn).isEqualTo("Monday");
			assertThat(c.amount).extracting((a) -> a.money().normalized()).isEqualTo("NOK 310000000");
			assertThat(c.quantity).extracting((q) -> q.of(draft.text)).isEqualTo("40 short-range air defence missiles");
		});
	}

	@Test
	void thePressConferenceMentionedAgainIsTheSameEventHeldInTheCapitalsCountry() {
		Draft draft = draft("The memorandum on the joint venture was signed in Riga on Thursday by Latvian Defence "
				+ "Minister Andris Ozols and Ukrainian Minister Taras Hnatiuk.\n"
				+ "\"We start building this year,\" Ozols told a press conference in Riga on Thursday.\n"
				+ "Hnatiuk said at the press conference that the plant would open in May.");
		assertThat(draft.agreements).singleElement()
			.satisfies((a) -> assertThat(a.title).isEqualTo("Memorandum on the joint venture"));
		assertThat(draft.events).extracting((e) -> e.kind, (e) -> e.name, (e) -> e.place, (e) -> e.country)
			.containsExactly(tuple("PRESS_CONFERENCE", "Andris Ozols’ press conference", "Riga", "LV"),
					tuple("SIGNING_CEREMONY", "Signing of the memorandum on the joint venture", "Riga", "LV"));
		Draft.Meeting press = draft.events.get(0);
		assertThat(press.participants).extracting((p) -> p.name).containsExactly("Andris Ozols", "Taras Hnatiuk");
		assertThat(draft.statements).hasSize(2).allSatisfy((st) -> assertThat(st.event).isSameAs(press));
	}

	@Test
	void aSpeakerWhoAttendedThankedSomeoneAndSaidOrWhoseDirectorSaidIsStillTheSpeaker() {
		Draft draft = draft("\"We deliver on time,\" Defence Minister Jan Kralik told a press conference in Prague.\n"
				+ "Ukrainian Ambassador Olena Marchuk, who attended the press conference, thanked the "
				+ "Czech government and said that the jammers would reach units within days.\n"
				+ "The jammers were built by Brno-based company Radmet Systems, whose director Pavel Jandl said the "
				+ "firm had doubled its output.");
		assertThat(draft.statements).filteredOn((st) -> st.kind.equals("PARAPHRASE"))
			.extracting((st) -> st.text.of(draft.text), (st) -> (st.speaker != null) ? st.speaker.name : null)
			.containsExactly(tuple("the jammers would reach units within days.", "Olena Marchuk"),
					tuple("the firm had doubled its output.", "Pavel Jandl"));
		// she attended the press conference already told of: she takes part in it
		assertThat(draft.events).singleElement()
			.satisfies((e) -> assertThat(e.participants).extracting((p) -> p.name)
				.containsExactly("Jan Kralik", "Olena Marchuk"));
	}

	@Test
	void aCountrysAmbassadorNamedAfterTheRoleIsTheSpeakerAndOfThatCountry() {
		// "Ukraine's ambassador in London, Oksana Hrytsenko, who attended the signing,
		// thanked ... and said that ...": the role before the name, set off by commas
		Draft draft = draft("Britain and Finland signed a letter of intent in London on Thursday.\n"
				+ "Ukraine's ambassador in London, Oksana Hrytsenko, who attended the signing, thanked the two "
				+ "governments and said that the boats would patrol the lower Dnipro.\n"
				+ "His Finnish counterpart, Aino Rautio, told reporters in Helsinki that the boats were ready.");
		assertThat(draft.people).filteredOn((p) -> p.name.equals("Aino Rautio")).singleElement().satisfies((p) -> {
			assertThat(p.country).isEqualTo("FI");
			assertThat(p.role).isEqualTo("Finnish counterpart");
		});
		assertThat(draft.people).filteredOn((p) -> p.name.equals("Oksana Hrytsenko")).singleElement().satisfies((p) -> {
			assertThat(p.country).isEqualTo("UA");
			assertThat(p.role).isEqualTo("ambassador in London");
		});
		assertThat(speakerOf(draft, "the boats would")).isEqualTo("Oksana Hrytsenko");
	}

	@Test
	void aStateSecretaryKeepsTheWholeRole() {
		Draft draft = draft("Norwegian State Secretary Ingvild Saether said that Norway would pay its share.");
		assertThat(draft.people).singleElement()
			.satisfies((Person p) -> assertThat(p.role + " / " + p.country).isEqualTo("State Secretary / NO"));
	}

	@Test
	void aQuantityHandedOverOnADayWithoutMoneyIsAFulfilledDeliveryToTheCountryItWentTo() {
		// the agreement names no recipient ("in Ukraine" is where): the sentence's "to
		// Ukraine" does, and the other party gave
		Draft draft = draft("Lithuania and Ukraine signed a memorandum on drone production in Kyiv on Monday.\n"
				+ "The first 60 naval drones built with Lithuanian components were handed over to Ukraine at a port "
				+ "in Odesa on Friday, the ministry said.");
		assertThat(draft.commitments).singleElement().satisfies((c) -> {
			assertThat(c.obligor).isEqualTo("LT");
			assertThat(c.obligors).isEmpty();
			assertThat(c.beneficiary).isEqualTo("UA");
			assertThat(c.agreement).isSameAs(draft.agreements.get(0));
			assertThat(c.fulfilledOn).isEqualTo("Friday");
			assertThat(c.quantity).extracting((q) -> q.of(draft.text)).isEqualTo("60 naval drones");
		});
		assertThat(DraftWriter.standalone().write(draft, "delivered.txt")).contains("""
				    status: FULFILLED
				    fulfilledOn: Friday
				""");
	}

	@Test
	void aQuantityDueByADateWithoutMoneyIsADeliveryOfTheAgreementsGiver() {
		Draft draft = draft("Estonia has handed over a batch of shells to Ukraine under the memorandum the two "
				+ "countries signed in Kyiv in May 2024.\n"
				+ "Defence Minister Mart Kask said that a third batch of 10,000 rounds was due by the end of January "
				+ "2026.");
		assertThat(draft.commitments).singleElement().satisfies((c) -> {
			assertThat(c.obligor).isEqualTo("EE");
			assertThat(c.beneficiary).isEqualTo("UA");
			assertThat(c.agreement).isSameAs(draft.agreements.get(0));
			assertThat(c.quantity).isNotNull();
			assertThat(c.quantity.of(draft.text)).isEqualTo("10,000 rounds");
			assertThat(c.dueBy).isEqualTo("2026-01");
		});
	}

	@Test
	void aCountryThatWithdrewPulledOutOrLeftHasLeftOnInAnyFormJoinedOnTakesButASuspensionIsNoLeaving() {
		// the article is dated Friday 2025-03-14: "last month" is February 2025
		Draft draft = draft("Denmark, Latvia, Sweden, Norway and Estonia signed a letter of intent on a drone "
				+ "coalition for Ukraine in Riga in May 2024.\n"
				+ "Latvia, which had pledged 8 million euros when the coalition was set up, withdrew from it on 3 March, "
				+ "its defence ministry said.\n"
				+ "Sweden pulled out of the coalition last month, and Norway left the initiative on Tuesday.\n"
				+ "Estonia suspended its participation in the coalition's training in February but remains a member.");
		assertThat(draft.agreements).singleElement()
			.satisfies((a) -> assertThat(a.left).extracting(Left::party, Left::on, Left::suspended)
				.containsExactly(tuple("LV", "2025-03-03", false), tuple("SE", "2025-02", false),
						tuple("NO", "Tuesday", false), tuple("EE", null, true)));
		String written = DraftWriter.standalone().write(draft, "left.txt");
		assertThat(written)
			.contains(
					"""
							    participants:
							      - party: LV
							        role: MEMBER
							        leftOn: 2025-03-03
							        evidence:
							          - "Latvia, which had pledged 8 million euros when the coalition was set up, withdrew from it on 3 March"
							      - party: SE
							        role: MEMBER
							        leftOn: 2025-02
							        evidence:
							          - Sweden pulled out of the coalition last month
							      - party: "NO"
							        role: MEMBER
							        leftOn: Tuesday
							        evidence:
							          - Norway left the initiative on Tuesday
							""")
			.doesNotContain("party: EE")
			.contains("# Estonia \"suspended its participation\" (\"Estonia suspended its participation in the "
					+ "coalition's training in February but remains a member\"):\n#   not proposed as a leaving");
	}

	@Test
	void aRejoiningAResumptionAndASuspensionOfItsPartInTheCoalitionAreProposedInTheirOwnFields() {
		// the article is dated Friday 2025-03-14
		Draft draft = draft("Denmark, Latvia, Sweden, Norway and Estonia signed a letter of intent on a drone "
				+ "coalition for Ukraine in Riga in May 2024.\n"
				+ "Latvia rejoined the coalition on 3 March, a year after it left.\n"
				+ "Sweden resumed its participation in the coalition on Tuesday.\n"
				+ "Norway suspended its participation in the coalition on 10 March.\n"
				+ "Estonia suspended its participation in the coalition's training in February but remains a member.");
		assertThat(draft.agreements).singleElement()
			.satisfies((a) -> assertThat(a.left).extracting(Left::party, Left::field, Left::on, Left::suspended)
				.containsExactly(tuple("LV", "rejoinedOn", "2025-03-03", false),
						tuple("SE", "resumedOn", "Tuesday", false), tuple("NO", "suspendedOn", "2025-03-10", false),
						tuple("EE", "suspendedOn", null, true)));
		String written = DraftWriter.standalone().write(draft, "rejoined.txt");
		assertThat(written).contains("""
				      - party: "NO"
				        role: MEMBER
				        suspendedOn: 2025-03-10
				        evidence:
				          - Norway suspended its participation in the coalition on 10 March
				""").contains("""
				      - party: LV
				        role: MEMBER
				        rejoinedOn: 2025-03-03
				        evidence:
				          - Latvia rejoined the coalition on 3 March
				""").contains("""
				      - party: SE
				        role: MEMBER
				        resumedOn: Tuesday
				        evidence:
				          - Sweden resumed its participation in the coalition on Tuesday
				""").doesNotContain("party: EE").contains("# Estonia \"suspended its participation\"");
	}

	@Test
	void clearLifecycleWordingProposesTheAgreementsEventsWithTheirDaysAndSentences() {
		// the article is dated Friday 2025-03-14
		Draft draft = draft(
				"Estonia and Finland signed a memorandum on joint air-defence procurement in Tallinn " + "on Monday.\n"
						+ "The memorandum was ratified by the Estonian parliament on 11 March, the ministry said.\n"
						+ "The memorandum entered into force on Thursday.\n"
						+ "Finland suspended the memorandum in February 2026 over a dispute about costs.\n"
						+ "The memorandum resumed on 2 March 2026.\n" + "Estonia scrapped the memorandum last year.");
		assertThat(draft.agreements).singleElement()
			.satisfies((a) -> assertThat(a.stages).extracting(Stage::stage, Stage::on)
				.containsExactly(tuple(LifecycleStage.SIGNED, "Monday"), tuple(LifecycleStage.RATIFIED, "2025-03-11"),
						tuple(LifecycleStage.IN_FORCE, "Thursday"), tuple(LifecycleStage.SUSPENDED, "2026-02"),
						tuple(LifecycleStage.RESUMED, "2026-03-02"), tuple(LifecycleStage.TERMINATED, "2024")));
		assertThat(DraftWriter.standalone().write(draft, "lifecycle.txt")).contains(
				"""
						    events:
						      - stage: SIGNED
						        date: Monday
						        evidence:
						          - Estonia and Finland signed a memorandum on joint air-defence procurement in Tallinn on Monday.
						      - stage: RATIFIED
						        date: 2025-03-11
						        evidence:
						          - "The memorandum was ratified by the Estonian parliament on 11 March, the ministry said."
						""");
	}

	@Test
	void uncertainLifecycleWordingProposesNoEvent() {
		Draft draft = draft("Estonia and Finland signed a memorandum on joint air-defence procurement in Tallinn.\n"
				+ "The memorandum has not been ratified on any day yet.\n"
				+ "The memorandum could be suspended on 1 April, officials warned.\n"
				+ "The memorandum was reportedly terminated on Tuesday.\n"
				+ "Finland suspended deliveries under the memorandum on Wednesday.\n"
				+ "Estonia suspended its participation in the memorandum on 10 March.\n"
				+ "Estonia and Finland resumed the memorandum suspended in January on Monday.\n"
				+ "The memorandum was suspended over a dispute about costs.\n"
				+ "The memorandum will enter into force on 1 May.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> assertThat(a.stages).isEmpty());
		assertThat(DraftWriter.standalone().write(draft, "uncertain.txt")).doesNotContain("stage:");
	}

	@Test
	void aWithdrawalReportWithoutASigningProposesTheCoalitionItLeftWithoutParties() {
		Draft draft = draft("THE HAGUE, 14 March (Polder Press Agency) - The Netherlands withdrew from the "
				+ "British-led coalition that builds river patrol boats for Ukraine on 11 March, the Dutch Ministry of "
				+ "Defence said.\nThe Netherlands joined the coalition in July 2024 to supply the engines.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.kind).isEqualTo("COALITION");
			assertThat(a.title).isEqualTo("British-led coalition that builds river patrol boats for Ukraine");
			// who takes part is the dataset's (or the curator's) to say: leaving names no
			// party
			assertThat(a.parties).isEmpty();
			assertThat(a.left).extracting(Left::party, Left::on).containsExactly(tuple("NL", "2025-03-11"));
			assertThat(a.joined).extracting(Joined::party, Joined::on).containsExactly(tuple("NL", "2024-07"));
		});
	}

	@Test
	void aSuspensionReportWithoutASigningDraftsTheAgreementItSuspendedWithItsEventAndNoSigningDay() {
		// the article is dated Friday 2025-03-14
		Draft draft = draft("TALLINN, 14 March (Harju Wire) - Estonia suspended its defence-industry memorandum "
				+ "with Finland on 3 March, the Estonian defence ministry said.\nThe ministry gave no reason.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.kind).isEqualTo("MEMORANDUM_OF_UNDERSTANDING");
			assertThat(a.title).isEqualTo("Estonia–Finland defence-industry memorandum");
			assertThat(a.parties).containsExactly("EE", "FI");
			assertThat(a.signedOn).isNull();
			assertThat(a.signatories).isEmpty();
			assertThat(a.stages).extracting(Stage::stage, Stage::on)
				.containsExactly(tuple(LifecycleStage.SUSPENDED, "2025-03-03"));
		});
		assertThat(DraftWriter.standalone().write(draft, "suspended.txt")).contains("""
				    events:
				      - stage: SUSPENDED
				        date: 2025-03-03
				""")
			.doesNotContain("signedOn:")
			.contains(" is what the article says was suspended; it names no signing");
	}

	@Test
	void aSuspendedLetterOfIntentIsALetterOfIntent() {
		Draft draft = draft("Latvia suspended its air defence letter of intent with Ukraine on 12 March, the Latvian "
				+ "defence ministry said, citing a dispute over who pays for the radars.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.kind).isEqualTo("LETTER_OF_INTENT");
			assertThat(a.title).isEqualTo("Latvia–Ukraine air defence letter of intent");
			assertThat(a.parties).containsExactly("LV", "UA");
			assertThat(a.stages).extracting(Stage::stage, Stage::on)
				.containsExactly(tuple(LifecycleStage.SUSPENDED, "2025-03-12"));
		});
	}

	@Test
	void aSuspendedPartOrAHedgedSuspensionDraftsNoAgreement() {
		Draft draft = draft("Estonia suspended its participation in the memorandum with Finland on 3 March.\n"
				+ "Latvia could suspend its contract with Poland on 1 April, officials warned.\n"
				+ "Lithuania suspended deliveries under the agreement with Ukraine on Monday.");
		assertThat(draft.agreements).isEmpty();
	}

	@Test
	void theCountryOfAMinistryThatSaysItIsNoPartyAndASigningsDayIsNoDeliverysDay() {
		// the article is dated Friday 2025-03-14; the Ukrainian ministry reports the
		// delivery, Ukraine receives it, and 10 February is the day of the signing
		Draft draft = draft("KYIV, 14 March (Lviv Morning Wire) - Denmark, Norway and the Netherlands have delivered "
				+ "350 interceptor drones to Ukraine under the letter of intent they signed in Copenhagen on 10 "
				+ "February, the Ukrainian defence ministry said on Friday.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.parties).containsExactly("DK", "NO", "NL");
			assertThat(a.signedOn).isEqualTo("2025-02-10");
		});
		assertThat(draft.commitments).noneMatch((c) -> c.fulfilledOn != null);
	}

	@Test
	void anEarlierVersionThatMisstatedTheValueIsACorrectionAndTheCorrectedValueIsTheAgreements() {
		Draft draft = draft("RIGA, 14 March (Amber Ledger) - Latvia, Estonia and Lithuania signed an agreement in "
				+ "Riga on Thursday to set up a fund that will buy interceptor drones for Ukraine.\n"
				+ "An earlier version of this story misstated the value of the fund. It is 102 million euros, not "
				+ "120 million.");
		assertThat(draft.correction).isNotNull();
		assertThat(draft.correction.of(draft.text)).isEqualTo("An earlier version of this story misstated");
		assertThat(draft.withdrawn).extracting((w) -> w.of(draft.text)).containsExactly("120 million");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.value).isNotNull();
			assertThat(a.value.money().normalized()).isEqualTo("EUR 102000000");
			// the notice is no report of the signing
			assertThat(a.evidence).extracting((e) -> e.of(draft.text)).noneMatch((e) -> e.contains("earlier"));
		});
		assertThat(draft.commitments).isEmpty();
		// without a dataset the report it corrects cannot be looked up: a TODO, no field
		assertThat(DraftWriter.standalone().write(draft, "corrected.txt"))
			.contains("  # TODO corrects: this article corrects an earlier report")
			.doesNotContain("  corrects:");
	}

	@Test
	void aCorrectedStoryWithACorrectsLineProposesTheNewValueAndNameAndNotTheOld() {
		Draft draft = draft("CORRECTED-VILNIUS, 14 March (Neris Wire Service) - Lithuania and Poland signed an "
				+ "agreement worth 102 million euros in Vilnius on Thursday.\n"
				+ "The agreement was signed by Lithuanian Defence Minister Rimantas Jakubonis and Polish Deputy "
				+ "Defence Minister Piotr Sadowski.\n"
				+ "(Corrects value of the agreement in paragraph 1 to 102 million euros, not 120 million, and name of "
				+ "Polish signatory in paragraph 2 to Piotr Sadowski from Tomasz Wrona)");
		assertThat(draft.publisher).isEqualTo("Neris Wire Service");
		assertThat(draft.correction).isNotNull();
		assertThat(draft.withdrawn).extracting((w) -> w.of(draft.text)).containsExactly("120 million", "Tomasz Wrona");
		assertThat(draft.people).extracting((p) -> p.name).containsExactly("Rimantas Jakubonis", "Piotr Sadowski");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.value).isNotNull();
			assertThat(a.value.money().normalized()).isEqualTo("EUR 102000000");
			assertThat(a.value.words().start()).isLessThan(draft.correction.start());
			assertThat(a.signatories).extracting((p) -> p.name).containsExactly("Rimantas Jakubonis", "Piotr Sadowski");
			assertThat(a.evidence).hasSize(2);
		});
		assertThat(draft.commitments).isEmpty();
		assertThat(draft.money).extracting(Money::normalized).containsExactly("EUR 102000000");
	}

	@Test
	void aCorrectionThatSaysTheReportWasWrongWithdrawsWhatTheReportSaidAndDatesTheReport() {
		// the invented correction of src/test/resources/correction-fixtures
		Draft draft = this.drafter.draft("""
				date 2025-06-03
				CORRECTION - RIGA, June 3 (Amber Wire) - A report on Monday about the Baltic interceptor drone \
				fund gave the fund's size as 120 million euros and named Economy Minister Ilze Kalnina as Latvia's \
				signatory. Both were wrong. The fund holds 102 million euros, and Defence Minister Andris Ozols \
				signed the agreement for Latvia.
				Latvia, Estonia and Lithuania set up the fund in Riga on Monday.
				""");
		assertThat(draft.publisher).isEqualTo("Amber Wire");
		assertThat(draft.correctedReportOn).isEqualTo("2025-06-02");
		assertThat(draft.people).extracting((p) -> p.name).containsExactly("Andris Ozols");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.value).isNotNull();
			assertThat(a.value.money().normalized()).isEqualTo("EUR 102000000");
			assertThat(a.signatories).extracting((p) -> p.name).containsExactly("Andris Ozols");
		});
		assertThat(draft.money).extracting(Money::normalized).containsExactly("EUR 102000000");
	}

	/**
	 * The eleventh curator run (curating.md): a role "for" a portfolio before a name
	 * ("State Secretary for Defence Marian Kovac") is a person with that role, whose name
	 * ends at "and" (the next signer's role is not his), and a role does not reach back
	 * over the sentence before.
	 */
	@Test
	void aStateSecretaryForDefenceIsAPersonWithARole() {
		Draft draft = draft("""
				Slovakia and Poland signed a contract in Bratislava on Friday, a minister told the news agency TASR.
				It was signed by State Secretary for Defence Marian Kovac and Ukrainian Deputy Defence Minister \
				Olena Marchuk.
				""");
		assertThat(draft.people).extracting((p) -> p.name, (p) -> p.role)
			.containsExactly(tuple("Marian Kovac", "State Secretary for Defence"),
					tuple("Olena Marchuk", "Deputy Defence Minister"));
		Draft after = draft("""
				The contract is worth 85 million euros, Marek Lisowski told the news agency TASR.
				State Secretary for Defence Marian Kovac and Lisowski signed the contract in Bratislava.
				""");
		assertThat(after.people).filteredOn((p) -> p.name.equals("Marian Kovac"))
			.singleElement()
			.satisfies((p) -> assertThat(p.role).isEqualTo("State Secretary for Defence"));
	}

	/**
	 * "the two countries' deputy defence ministers, A and B": A signs for the first party
	 * named, B for the second, each with the role the phrase gives.
	 */
	@Test
	void theTwoCountriesMinistersSignForThePartiesInTheOrderNamed() {
		Draft draft = draft("""
				The Czech Republic and Ukraine signed a memorandum of understanding in Prague on Tuesday.
				It was signed by the two countries' deputy defence ministers, Tomas Benes and Ihor Savchuk.
				""");
		assertThat(draft.agreements).singleElement()
			.satisfies((a) -> assertThat(a.signatories).extracting((p) -> p.name, (p) -> p.country, (p) -> p.role)
				.containsExactly(tuple("Tomas Benes", "CZ", "Deputy Defence Minister"),
						tuple("Ihor Savchuk", "UA", "Deputy Defence Minister")));
	}

	/**
	 * Who reports a signing ("..., X told the news agency TASR.", "according to the
	 * ministry's spokesperson, Y", "X told ... that A and B signed") speaks, and signs
	 * nothing; nor does the medium told.
	 */
	@Test
	void aSecondHandReporterIsNoSignatory() {
		for (String report : List.of(
				"Slovakia and Poland signed a contract on Friday, Polish Deputy Defence Minister Marek Lisowski "
						+ "told the news agency TASR.",
				"Slovakia and Poland signed a contract on Friday, according to the ministry's spokesperson, "
						+ "Jana Horakova.",
				"Deputy Defence Minister Marek Lisowski told the news agency TASR that Slovakia and Poland signed "
						+ "a contract on Friday.",
				"According to the ministry's spokesperson Jana Horakova, Slovakia and Poland signed a contract on "
						+ "Friday.")) {
			Draft draft = draft(report);
			assertThat(draft.agreements).as(report).singleElement().satisfies((a) -> {
				assertThat(a.signatories).isEmpty();
				assertThat(a.organizationSignatories).isEmpty();
			});
			assertThat(draft.statements).as(report)
				.singleElement()
				.satisfies((st) -> assertThat(st.speaker).isNotNull());
		}
		Draft apposed = draft("According to the ministry's spokesperson, Jana Horakova, the memorandum also "
				+ "covers artillery fuzes.");
		assertThat(apposed.statements).singleElement().satisfies((st) -> {
			assertThat(st.speaker).isNotNull();
			assertThat(st.speaker.role).isEqualTo("spokesperson");
			assertThat(st.text.of(apposed.text)).isEqualTo("the memorandum also covers artillery fuzes.");
		});
	}

	/**
	 * A contract's total paid in instalments: the agreement's value; the payer's
	 * commitment of it by the date, when the article names the payer, else the date in
	 * the header.
	 */
	@Test
	void aTotalPaidInInstalmentsIsTheValueWithItsDueDate() {
		Draft named = draft("""
				Slovakia and Poland signed a contract in Bratislava on Friday for 40 armoured personnel carriers.
				The contract is worth 85 million euros, which Poland will pay in two instalments by 2028.
				""");
		assertThat(named.agreements).singleElement().satisfies((a) -> {
			assertThat(a.value).isNotNull();
			assertThat(a.value.money().normalized()).isEqualTo("EUR 85000000");
		});
		assertThat(named.commitments).singleElement().satisfies((c) -> {
			assertThat(c.obligor).isEqualTo("PL");
			assertThat(c.dueBy).isEqualTo("2028");
		});
		Draft unnamed = draft("""
				Slovakia and Ukraine signed a contract in Bratislava on Friday for 40 armoured personnel carriers.
				The contract is worth 90 million euros, paid in three instalments by 2027.
				""");
		assertThat(unnamed.agreements).singleElement().satisfies((a) -> {
			assertThat(a.value).isNotNull();
			assertThat(a.value.money().normalized()).isEqualTo("EUR 90000000");
			assertThat(a.instalmentsDueBy).isEqualTo("2027");
		});
		assertThat(unnamed.commitments).isEmpty();
	}

	/**
	 * Vehicle counts ("40 armoured personnel carriers", "16 APCs") are quantities, and a
	 * first batch due by a date under the one agreement is its commitment.
	 */
	@Test
	void vehicleCountsAreQuantities() {
		Draft draft = draft("""
				Slovakia and Ukraine signed a contract in Bratislava on Friday for 40 armoured personnel carriers.
				The first 16 APCs are due by the end of May 2027.
				""");
		assertThat(draft.quantities).extracting((q) -> q.of(draft.text))
			.containsExactly("40 armoured personnel carriers", "16 APCs");
		assertThat(draft.commitments).singleElement().satisfies((c) -> {
			assertThat(c.quantity).isNotNull();
			assertThat(c.quantity.of(draft.text)).isEqualTo("16 APCs");
			assertThat(c.dueBy).isEqualTo("2027-05");
		});
	}

	/**
	 * A statement made on another day than the signing keeps its own day ("told reporters
	 * on Monday" of a contract signed on Friday).
	 */
	@Test
	void aStatementMadeOnAnotherDayThanTheSigningKeepsItsDay() {
		Draft draft = draft("""
				Slovakia and Ukraine signed a contract in Bratislava on Friday.
				It was signed by State Secretary for Defence Marian Kovac and Ukrainian Deputy Defence Minister \
				Olena Marchuk.
				"Forty vehicles is a start, not a ceiling," Kovac told reporters on Monday.
				""");
		assertThat(draft.agreements).singleElement().satisfies((a) -> assertThat(a.signedOn).isEqualTo("Friday"));
		assertThat(draft.statements).singleElement().satisfies((st) -> {
			assertThat(st.speaker).isNotNull();
			assertThat(st.speaker.name).isEqualTo("Marian Kovac");
			assertThat(st.saidOn).isEqualTo("Monday");
		});
	}

	/**
	 * "provided (that)", "on condition that", "subject to" and "if parliament approves"
	 * make a commitment conditional: its condition is proposed with the clause as text
	 * and the words that introduce it as evidence; its status stays what its verb makes
	 * it.
	 */
	@Test
	void aCommitmentsConditionIsProposedWithItsWords() {
		Draft draft = draft("Norway will give Ukraine 12 million euros for mine clearance, provided that the "
				+ "Storting approves a revised budget.\n"
				+ "Denmark plans to spend 30 million euros on boats for Ukraine on condition that a shipyard is "
				+ "found by June.\n"
				+ "Sweden will pay 8 million euros to Ukraine subject to a final review by its auditors.\n"
				+ "Finland will give Ukraine 20 million euros if the Finnish parliament backs the spring budget.\n"
				+ "Estonia will hand Ukraine 5 million euros for shelters.");
		assertThat(draft.commitments)
			.extracting((c) -> c.status, (c) -> (c.condition != null) ? c.condition.of(draft.text) : null,
					(c) -> (c.conditionWords != null) ? c.conditionWords.of(draft.text) : null)
			.containsExactly(
					tuple("UNDERTAKEN", "the Storting approves a revised budget",
							"provided that the Storting approves a revised budget"),
					tuple("INTENDED", "a shipyard is found by June", "on condition that a shipyard is found by June"),
					tuple("UNDERTAKEN", "a final review by its auditors", "subject to a final review by its auditors"),
					tuple("UNDERTAKEN", "the Finnish parliament backs the spring budget",
							"if the Finnish parliament backs the spring budget"),
					tuple("UNDERTAKEN", null, null));
		assertThat(DraftWriter.standalone().write(draft, "conditions.txt")).contains("""
				    condition:
				      text: the Storting approves a revised budget
				      evidence:
				        - provided that the Storting approves a revised budget
				""");
	}

	/**
	 * "provided" as a verb of giving ("Norway provided 12 million euros") and an "if"
	 * that hedges rather than names a parliament's approval are no condition.
	 */
	@Test
	void provideAsAVerbAndABareIfAreNoCondition() {
		Draft draft = draft("Norway provided Ukraine 12 million euros for mine clearance in May.\n"
				+ "Denmark will send Ukraine 30 million euros more if needed.");
		assertThat(draft.commitments).hasSize(2).allSatisfy((c) -> assertThat(c.condition).isNull());
	}

	/**
	 * "agreed (in principle) to join" and "announced it would join" with a day or month
	 * propose the party's {@code agreedOn}, no {@code joinedOn}: it takes part from the
	 * day it joins, which the article does not give; an undated agreeing proposes
	 * nothing, and a party that agreed and then joined gets both in one entry.
	 */
	@Test
	void aCountryThatAgreedToJoinIsProposedWithAgreedOnAndNoJoinedOn() {
		// the article is dated Friday 2025-03-14
		Draft draft = draft("Britain and Norway signed a letter of intent on Wednesday setting up a coalition that "
				+ "builds river boats for Ukraine.\n" + "Finland agreed on Monday to join the coalition.\n"
				+ "Sweden agreed in principle to join the coalition in February.\n"
				+ "Denmark announced on Tuesday it would join the coalition.\n"
				+ "Poland agreed to join the coalition as well.\n"
				+ "Estonia agreed to join the coalition in January and joined it on Thursday.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			// agreeing to join is no signing: who agreed is no party
			assertThat(a.parties).containsExactly("GB", "NO");
			assertThat(a.agreed).extracting(Joined::party, Joined::on)
				.containsExactly(tuple("FI", "Monday"), tuple("SE", "2025-02"), tuple("DK", "Tuesday"),
						tuple("EE", "2025-01"));
			assertThat(a.joined).extracting(Joined::party, Joined::on).containsExactly(tuple("EE", "Thursday"));
		});
		String written = DraftWriter.standalone().write(draft, "agreed.txt");
		assertThat(written).contains("""
				      - party: FI
				        role: MEMBER
				        agreedOn: Monday
				        evidence:
				          - Finland agreed on Monday to join the coalition
				""").doesNotContain("party: PL");
		assertThat(written).contains("""
				      - party: EE
				        role: MEMBER
				        agreedOn: 2025-01
				        joinedOn: Thursday
				        evidence:
				          - Estonia agreed to join the coalition in January and joined it on Thursday
				      - party: FI
				""");
	}

	/**
	 * "Estonia, which agreed to join the coalition in January 2025, formally joined on 3
	 * March": the relative clause gives the country's agreedOn (to the month) and the
	 * main clause its joinedOn, as "whose government agreed ... , signed its accession on
	 * Monday" does.
	 */
	@Test
	void aRelativeClauseThatAgreedToJoinGivesAgreedOnAndTheMainClauseJoinedOn() {
		// the article is dated Friday 2025-03-14
		Draft draft = draft("Britain and Norway signed a letter of intent on Wednesday setting up a coalition that "
				+ "builds river boats for Ukraine.\n"
				+ "Estonia, which agreed to join the coalition in January 2025, formally joined on 3 March.\n"
				+ "Finland, whose government agreed in February to join the coalition, signed its accession on Monday.\n"
				+ "Denmark agreed in principle to join the coalition and will sign its accession in April.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.parties).containsExactly("GB", "NO");
			assertThat(a.agreed).extracting(Joined::party, Joined::on)
				.containsExactly(tuple("EE", "2025-01"), tuple("FI", "2025-02"));
			assertThat(a.joined).extracting(Joined::party, Joined::on)
				.containsExactly(tuple("EE", "2025-03-03"), tuple("FI", "Monday"));
		});
		assertThat(DraftWriter.standalone().write(draft, "relative.txt")).contains("""
				      - party: EE
				        role: MEMBER
				        agreedOn: 2025-01
				        joinedOn: 2025-03-03
				        evidence:
				          - "Estonia, which agreed to join the coalition in January 2025, formally joined on 3 March"
				""");
	}

	/**
	 * A report that a country agreed to join a coalition it names, with no signing: the
	 * coalition, titled by its words, with no parties of its own and the country's
	 * agreedOn; a country's suspension of its part in it on a day is its suspendedOn. A
	 * bare "the coalition" names none: no agreement.
	 */
	@Test
	void aReportThatACountryAgreedToJoinANamedCoalitionProposesTheCoalitionWithItsAgreedOn() {
		// the article is dated Friday 2025-03-14
		Draft draft = draft("VILNIUS, 14 March (Amber Wire) - Lithuania agreed on Monday to join the British-led "
				+ "coalition that builds river patrol boats for Ukraine, the Lithuanian defence ministry said.\n"
				+ "Latvia suspended its participation in the coalition on Tuesday while its parliament reviews "
				+ "the budget.\nThe ministry expects to sign the accession in April.");
		assertThat(draft.agreements).singleElement().satisfies((a) -> {
			assertThat(a.kind).isEqualTo("COALITION");
			assertThat(a.title).isEqualTo("British-led coalition that builds river patrol boats for Ukraine");
			assertThat(a.parties).isEmpty();
			assertThat(a.signedOn).isNull();
			assertThat(a.signatories).isEmpty();
			assertThat(a.agreed).extracting(Joined::party, Joined::on).containsExactly(tuple("LT", "Monday"));
			assertThat(a.joined).isEmpty();
			assertThat(a.left).extracting(Left::party, Left::field, Left::on)
				.containsExactly(tuple("LV", "suspendedOn", "Tuesday"));
		});
		assertThat(draft("Lithuania agreed on Monday to join the coalition, the ministry said.").agreements).isEmpty();
	}

	/**
	 * "Finland will supply 20 armoured demining machines this year": an undertaking of a
	 * quantity without money (will supply, deliver, provide or send, then the quantity)
	 * is the commitment of the country that says it, to the agreement's other party, due
	 * by the year; a number the article only mentions ("20 demining machines were shown
	 * at a fair") and a hedged one ("could send") are no undertaking.
	 */
	@Test
	void anUndertakingOfAQuantityWithoutMoneyIsACommitmentAndAMereMentionIsNot() {
		// the article is dated Friday 2025-03-14
		Draft draft = draft("HELSINKI, 14 March (Invented Wire) - Finland and Ukraine signed a memorandum of "
				+ "understanding on Tuesday on clearing mines from farmland.\n"
				+ "Finland will supply 20 armoured demining machines this year, a ministry official said.\n"
				+ "Twenty such machines were shown at a defence fair in Tampere last week, and 12 demining "
				+ "machines were on display in Kyiv.\n"
				+ "Finland could send another 10 demining machines, the official added.");
		assertThat(draft.commitments).singleElement().satisfies((c) -> {
			assertThat(c.obligor).isEqualTo("FI");
			assertThat(c.beneficiary).isEqualTo("UA");
			assertThat(c.agreement).isSameAs(draft.agreements.get(0));
			assertThat(c.quantity).isNotNull();
			assertThat(c.quantity.of(draft.text)).isEqualTo("20 armoured demining machines");
			assertThat(c.dueBy).isEqualTo("2025");
			assertThat(c.status).isEqualTo("UNDERTAKEN");
		});
	}

	/**
	 * "will send two mobile batteries", "three patrol vessels", "a dozen drones": a
	 * number written as a word (one to twenty, a dozen) is a quantity as its digits are,
	 * and an undertaking of it a commitment; "one of the vessels" is no quantity.
	 */
	@Test
	void aNumberWrittenAsAWordIsAQuantity() {
		Draft draft = draft("Finland and Ukraine signed a memorandum on Monday on coastal defence.\n"
				+ "Finland will send two mobile batteries to Ukraine this year, the ministry said.\n"
				+ "Three patrol vessels and a dozen drones were shown in Turku, and one of the vessels sailed.");
		assertThat(draft.quantities).extracting((q) -> q.of(draft.text))
			.containsExactly("two mobile batteries", "Three patrol vessels", "a dozen drones");
		assertThat(draft.commitments).singleElement().satisfies((c) -> {
			assertThat(c.obligor).isEqualTo("FI");
			assertThat(c.quantity).isNotNull();
			assertThat(c.quantity.of(draft.text)).isEqualTo("two mobile batteries");
		});
		assertThat(DraftWriter.standalone().write(draft, "words.txt")).contains("value: \"2\"",
				"item: mobile batteries");
	}

	/**
	 * "Norway's Fjordline Defence will supply 12 coastal radars to Poland": the company
	 * before the verb undertakes it, not the country its possessive names; "the company
	 * will deliver" with no company of the article's to name proposes no commitment.
	 */
	@Test
	void aCompanyBeforeTheVerbIsTheObligorOfItsUndertakingNotItsCountry() {
		Draft draft = draft("OSLO, 14 March (Invented Wire) - Norway's Fjordline Defence will supply 12 coastal "
				+ "radars to Poland under a contract with Norway signed in Warsaw on Tuesday, the company said.");
		assertThat(draft.commitments).singleElement().satisfies((c) -> {
			assertThat(c.obligor).isNull();
			assertThat(c.obligors).isEmpty();
			assertThat(c.obligorOrganization).isNotNull();
			assertThat(c.obligorOrganization.name).isEqualTo("Fjordline Defence");
			assertThat(c.beneficiary).isEqualTo("PL");
		});
		assertThat(DraftWriter.standalone().write(draft, "company.txt")).contains("obligor: no-fjordline-defence");
		Draft unnamed = draft("Norway and Poland signed a contract in Warsaw on Tuesday.\n"
				+ "The company will deliver 12 coastal radars this year, the ministry said.");
		assertThat(unnamed.commitments).isEmpty();
	}

}
