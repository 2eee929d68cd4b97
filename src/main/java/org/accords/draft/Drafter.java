package org.accords.draft;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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

import org.accords.draft.Draft.Amount;
import org.accords.draft.Draft.Area;
import org.accords.draft.Draft.CountryRef;
import org.accords.draft.Draft.DateRef;
import org.accords.draft.Draft.Deal;
import org.accords.draft.Draft.Joined;
import org.accords.draft.Draft.Left;
import org.accords.draft.Draft.Meeting;
import org.accords.draft.Draft.Money;
import org.accords.agreement.LifecycleStage;
import org.accords.draft.Draft.Org;
import org.accords.draft.Draft.Person;
import org.accords.draft.Draft.Pledge;
import org.accords.draft.Draft.Span;
import org.accords.draft.Draft.Stage;
import org.accords.draft.Draft.Stmt;
import org.accords.search.Analyzers;
import org.accords.seed.SeedFolder;
import org.accords.store.SearchText;
import org.jspecify.annotations.Nullable;

/**
 * Proposes the facts of a wire report by rules: quotations and reported speech with their
 * speakers, people with their roles as written, countries, organizations, dates, amounts,
 * agreements mentioned with a signing verb, and cooperation areas from the term list in
 * {@code draft/areas.txt}. Nothing is looked up outside the jar.
 */
public final class Drafter {

	static final String SPEECH_VERBS = "said|says|told|added|stressed|noted|stated|explained|emphasi[sz]ed|underlined"
			+ "|remarked|warned|declared|revealed|announced|wrote|commented|insisted|continued|concluded|replied"
			+ "|recalled|argued|pointed out|confirmed";

	private static final Pattern SPEECH_VERB = Pattern.compile("\\b(?:" + SPEECH_VERBS + ")\\b");

	private static final String NAME_TOKEN = "\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’][\\p{L}\\p{M}]+)*";

	private static final Pattern CAPITALIZED = Pattern.compile(NAME_TOKEN + "(?:['’]s?)?");

	private static final Pattern CYRILLIC_NAME = Pattern
		.compile("\\p{IsCyrillic}[\\p{IsCyrillic}\\p{M}'-]*(?:\\s+\\p{IsCyrillic}[\\p{IsCyrillic}\\p{M}'-]*)+");

	private static final Pattern PARTICLE = Pattern
		.compile(" (?:van|von|de|der|den|da|di|du|del|della|la|le|bin|al|ter|zu) ");

	private static final Pattern DATELINE = Pattern
		.compile("\\A\\s*\\p{Lu}[\\p{Lu} .'-]*(?:,[^(\\n]{0,30}\\(([^)\\n]{2,60})\\)\\s*(?:[-–—]+|\\.)"
				+ "|\\s\\(([^)\\n]{2,60})\\)\\s*[-–—]+)\\s*");

	private static final Pattern LOWER_MINISTRY = Pattern
		.compile("\\bministry\\s+(of|for)\\s+(\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,3})");

	private static final Set<String> LOWER_MINISTRY_STOP = Set.of("said", "says", "added", "announced", "told", "has",
			"had", "have", "was", "is", "will", "on", "in", "at", "to", "that");

	private static final Pattern MINISTRY = Pattern.compile(
			"\\bMinistry\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:and|of|for|the)\\s+)?\\p{Lu}[\\p{L}-]*)*");

	private static final Pattern ROLE_OF = Pattern
		.compile("\\b(?:Minister|Secretary|Commissioner|Ambassador|Director|Head|Chief|Commander)\\s+(?:of|for)\\s+");

	private static final Pattern WEEKDAY = Pattern
		.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\\b");

	private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";

	private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})\\s+(" + MONTHS
			+ ")(?:\\s+(\\d{4}))?\\b|\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\b");

	private static final String SCALE = "(?:\\s?(million|billion|trillion|bn|mln|m|thousand|crore|lakh)\\b)?";

	private static final Pattern MONEY_BEFORE = Pattern.compile(
			"(US\\$|EUR|USD|NOK|SEK|DKK|GBP|JPY|PLN|UAH|KRW|CHF|CAD|AUD|CZK|INR|Rs\\.?|€|\\$|£|¥)\\s?(\\d[\\d,]*(?:\\.\\d+)?)"
					+ SCALE);

	/**
	 * The upper end of a range after a sum with its currency before it: "EUR 20–30
	 * million", "€20 million to €30 million", "USD 5 to 7 million".
	 */
	private static final Pattern RANGE_TO = Pattern.compile(
			"\\A(?:\\s*[–-]\\s*|\\s+to\\s+)(?:US\\$|EUR|USD|NOK|SEK|DKK|GBP|JPY|PLN|UAH|KRW|CHF|CAD|AUD|CZK|INR|Rs\\.?|€|\\$|£|¥)?"
					+ "\\s?(\\d[\\d,]*(?:\\.\\d+)?)" + SCALE + "(?![\\d,]*\\d)");

	/**
	 * A currency's country before its word: "Norwegian kroner" (NOK), "Danish kroner"
	 * (DKK), "Canadian dollars" (CAD).
	 */
	private static final String CURRENCY_COUNTRY = "(?:(?:Norwegian|Danish|Swedish|Canadian|Australian|Swiss|Czech|British|"
			+ "Polish|Ukrainian|Japanese|South Korean|New Zealand|Hong Kong)\\s+)?";

	private static final String CURRENCY_WORDS = "euros?|US dollars|dollars?|yen|kroner|kronor|krona|zlotys?|"
			+ "hryvnias?|won|rupees|francs|koruna|crowns|pounds sterling|pounds?(?!\\s+of\\b)";

	/**
	 * A number is read from its first digit only, not from a digit after one of its
	 * commas: from each of those the search read the rest of the run again, so a sentence
	 * of 10,000 characters of "1,1,1,…" held {@code draft} for 77 s on the sums after
	 * their number alone (20,000 characters, 18 s on the quantities), on a shared machine
	 * (bench/ATTACKS.md, {@code draft-digit-run}).
	 */
	private static final String NUMBER_START = "(?<!\\d|\\d,)";

	private static final Pattern MONEY_AFTER = Pattern.compile("\\b" + NUMBER_START + "(\\d[\\d,]*(?:\\.\\d+)?)" + SCALE
			+ "\\s?(" + CURRENCY_COUNTRY + "(?:" + CURRENCY_WORDS + ")|EUR|USD|NOK|SEK|DKK|GBP|JPY|PLN|UAH)\\b");

	/**
	 * A country's word just before a currency's ("Norwegian kroner"): it names the money,
	 * not a country taking part.
	 */
	private static final Pattern CURRENCY_AFTER = Pattern.compile("\\s+(?:" + CURRENCY_WORDS + ")\\b");

	/** Words just before an amount that make it approximate: "about EUR 10 million". */
	private static final Pattern APPROXIMATE = Pattern.compile(
			"\\b(?:about|around|some|nearly|almost|roughly|approximately|an estimated|more than|over|up to|at least|"
					+ "close to|just under|just over)\\s+\\z",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The words before a sum that make it a range's upper end: "between 20 and", "from 20
	 * million to", "20–".
	 */
	private static final Pattern RANGE_FROM = Pattern.compile("(?:\\b(between|from)\\s+)?" + NUMBER_START
			+ "\\b(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s?(million|billion|trillion|bn|mln|m|thousand)\\b)?"
			+ "(?:\\s+(and|to)\\s+|\\s*[–-]\\s*)\\z", Pattern.CASE_INSENSITIVE);

	/**
	 * A number written as a word, one to twenty or a dozen ("two mobile batteries", "a
	 * dozen drones"), read as its digits are.
	 */
	static final String NUMBER_WORDS = "(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
			+ "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a dozen|dozen)\\b";

	private static final List<String> NUMBER_WORD_VALUES = List.of("zero", "one", "two", "three", "four", "five", "six",
			"seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
			"seventeen", "eighteen", "nineteen", "twenty");

	/**
	 * "2,000" is 2000, "two" 2, "a dozen" 12: a quantity's number as the file writes it.
	 */
	static String numberValue(String number) {
		String word = number.toLowerCase(Locale.ROOT);
		if (word.endsWith("dozen")) {
			return "12";
		}
		int index = NUMBER_WORD_VALUES.indexOf(word);
		return (index >= 0) ? Integer.toString(index) : number.replace(",", "");
	}

	private static final Pattern QUANTITY = Pattern.compile("\\b" + NUMBER_START + "(?:\\d[\\d,]*|" + NUMBER_WORDS
			+ "(?!\\s+of\\b))\\s+(?:[a-z-]+\\s+){0,3}?"
			+ "(?:batteries|drones|shells|rounds|vehicles|howitzers|systems|missiles|tanks|radars|launchers|boats|units|"
			+ "operators|demonstrators|prototypes|aircraft|guns|rockets|carriers|trucks|mortars|helicopters|vessels"
			+ "|interceptors|machines|\\p{Lu}{2,5}s)\\b");

	private static final Pattern SIGNING = Pattern
		.compile("\\b(?:signed|signs|sign|signing|inked|concluded|signatories|signatory"
				+ "|put\\s+(?:their|his|her|its)\\s+(?:names?|signatures?))\\b");

	/**
	 * "Lithuanian public radio", "the daily", "news agency": a medium before its name.
	 */
	private static final Pattern MEDIUM = Pattern.compile("(?:\\b(\\p{Lu}\\p{L}+)\\s+)?\\b(?:(?:public|state|national|"
			+ "private|commercial|independent|online|local|regional)\\s+)*(?:newspaper|daily|weekly|broadcaster|radio"
			+ "|television|TV|TV channel|TV station|radio station|news agency|news portal|news site|news website"
			+ "|magazine|channel)(?=\\s+\\p{Lu})");

	/**
	 * Words that refer back to the draft's one agreement without naming its kind: "the
	 * coalition", "the package".
	 */
	private static final Pattern REFERS_BACK = Pattern.compile("\\b[Tt]he\\s+(?:coalition|package|initiative|fund)\\b");

	/**
	 * A verb of giving just before an amount ("will put 15 million euros", "pledged about
	 * €10m"): money a country gives, not what an agreement is worth.
	 */
	private static final Pattern PLEDGED = Pattern.compile("\\b(?:put|puts|pay|pays|paid|give|gives|gave"
			+ "|provide|provides|provided|invest|invests|invested|contribute|contributes|contributed|spend|spends"
			+ "|spent|allocate|allocates|allocated|pledge|pledges|pledged|promise|promises|promised|donate|donates"
			+ "|donated|commit|commits|committed|earmark|earmarks|earmarked)\\s+(?:(?:another|a further|an additional"
			+ "|additional|further|some|about|around|nearly|almost|up to|more than|over|at least|roughly"
			+ "|approximately)\\s+)*\\z");

	/** Words just before an amount that make it a whole's total: "worth a total of". */
	/** "is worth", "valued at about": what something is worth, just before a sum. */
	private static final Pattern WORTH = Pattern
		.compile("\\b(?:worth|valued at|costs?|costing)\\s+(?:[\\p{L}]+\\s+){0,2}\\z");

	private static final Pattern TOTAL = Pattern
		.compile("\\b(?:worth|valued at)\\s+a\\s+total\\s+of\\s+(?:[\\p{L}]+\\s+){0,2}\\z");

	/** "open to other allies joining", "open to accession". */
	private static final Pattern OPEN_TO_ACCESSION = Pattern
		.compile("\\bopen (?:to|for) (?:(?:other|new|further|more) )?(?:allies|countries|members|partners|states"
				+ "|nations|others|accession)\\b(?:\\s+joining)?");

	/** "Denmark leading the procurement", after a party's name. */
	private static final Pattern LEADS = Pattern
		.compile("\\s+(?:leading|will lead|to lead|leads|is leading|taking the lead)\\b[^,.;]*");

	/**
	 * A period the article gives relative to its own date, as the loader reads it:
	 * "signed in Kyiv last week".
	 */
	private static final Pattern RELATIVE_PERIOD = Pattern.compile("\\b(last week|this week)\\b");

	/** "in November 2024": a month of a year. */
	private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{4})\\b");

	/**
	 * "in May" without a year or a day: the latest May on or before the article's date.
	 */
	private static final Pattern IN_MONTH = Pattern.compile("\\bin (" + MONTHS + ")\\b(?!,?\\s*\\d)");

	/**
	 * Words between an agreement's noun and a signing verb after it that make the verb
	 * the sentence's own ("the memorandum was signed"), not a clause about an earlier
	 * signing ("the memorandum the two countries signed in Kyiv").
	 */
	private static final Pattern AUXILIARY = Pattern
		.compile("\\b(?:was|were|is|are|been|be|has|have|had|will|would)\\b");

	private static final String DEAL_NOUNS = "(memorandum of understanding|memorandum|letter of intent|letter"
			+ "|framework agreement|financing agreement|agreement|contract|treaty|deal|joint declaration|declaration"
			+ "|protocol|document)\\b";

	private static final Pattern DEAL_NOUN = Pattern.compile("\\b" + DEAL_NOUNS, Pattern.CASE_INSENSITIVE);

	/** An agreement's noun at most three words on ("the letter of intent"). */
	private static final Pattern DEAL_NOUN_NEAR = Pattern
		.compile("\\A\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?" + DEAL_NOUNS, Pattern.CASE_INSENSITIVE);

	private static final Set<String> ROLE_WORDS = Set.of("minister", "deputy", "secretary", "president", "ambassador",
			"director", "chief", "commander", "general", "spokesperson", "spokesman", "spokeswoman", "chairman",
			"chairwoman", "head", "ceo", "prime", "vice", "counterpart", "admiral", "colonel", "envoy", "executive",
			"member", "commissioner", "premier", "chancellor", "governor", "mayor", "officer", "lieutenant", "senior",
			"captain", "sergeant", "brigadier", "marshal");

	private static final Set<String> ROLE_LEAD_WORDS = Set.of("then", "former", "acting", "board", "defence", "defense",
			"foreign", "economy", "industry", "interior", "of", "the", "and", "for", "national", "strategic", "state");

	private static final Set<String> ORG_WORDS = Set.of("group", "industries", "systems", "technologies", "dynamics",
			"aerospace", "robotics", "electric", "electronics", "corporation", "corp", "company", "gmbh", "ag", "ab",
			"as", "asa", "oy", "oyj", "ltd", "inc", "works", "drones", "arsenal", "holding", "concern", "navy", "army",
			"forces", "administration", "agency", "centre", "center", "institute", "council", "commission", "defence",
			"defense", "armour", "armor", "arms", "munitions", "shipyard", "motors", "ministry", "office", "bureau",
			"guard", "plant", "factory", "industry", "bank", "fund", "bv", "nv", "sa", "spa", "plc", "lab", "labs",
			"radio", "television", "tv", "shipyards", "league", "union", "association", "federation", "alliance",
			"coalition", "service");

	/**
	 * Words that name a minister's portfolio ("Minister of State Assets"), not a person.
	 */
	private static final Set<String> PORTFOLIO_WORDS = Set.of("assets", "state", "affairs", "industry", "industries",
			"economy", "innovation", "development", "finance", "infrastructure", "energy", "health", "education",
			"interior", "justice", "trade", "agriculture", "transport", "digital", "transformation", "property",
			"veterans", "culture", "environment", "security", "policy", "procurement", "armaments", "reintegration",
			"communities", "territories", "foreign", "defence", "defense", "national", "strategic", "european");

	private static final Set<String> STOP_WORDS = Set.of("the", "this", "that", "these", "those", "a", "an", "and",
			"of", "for", "in", "on", "at", "to", "by", "with", "under", "according", "every", "together", "now", "we",
			"our", "it", "its", "he", "she", "they", "his", "her", "their", "there", "if", "but", "as", "after",
			"before", "during", "while", "when", "memorandum", "agreement", "contract", "wire", "newswire", "newsroom",
			"newsdesk", "press", "news", "agency", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
			"november", "december", "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
			"economy", "innovation", "affairs", "finance", "interior", "foreign", "national", "strategic", "justice",
			"trade", "development", "joint", "air", "electronic", "european", "western", "eastern", "northern",
			"southern", "i", "you", "my", "what", "who", "not", "also", "today", "yesterday", "mr", "mrs", "ms", "dr",
			"nato", "eu", "un", "deliveries");

	private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Sept", "Jan", "Feb", "Mar",
			"Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Co", "Inc", "Ltd", "No", "vs", "Gen", "Col", "Lt",
			"Maj", "Prof", "Corp", "U.S", "e.g", "i.e");

	private static final Map<String, String> INTERNATIONAL = Map.of("NATO", "NATO", "European Commission",
			"European Commission", "European Union", "European Union", "United Nations", "United Nations");

	private static final Map<String, String> CURRENCY = Map.ofEntries(Map.entry("us$", "USD"), Map.entry("$", "USD"),
			Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("euro", "EUR"),
			Map.entry("euros", "EUR"), Map.entry("us dollars", "USD"), Map.entry("dollar", "USD"),
			Map.entry("dollars", "USD"), Map.entry("yen", "JPY"), Map.entry("kroner", "NOK"),
			Map.entry("kronor", "SEK"), Map.entry("krona", "SEK"), Map.entry("zloty", "PLN"),
			Map.entry("zlotys", "PLN"), Map.entry("hryvnia", "UAH"), Map.entry("hryvnias", "UAH"),
			Map.entry("won", "KRW"), Map.entry("rupees", "INR"), Map.entry("rs", "INR"), Map.entry("rs.", "INR"),
			Map.entry("₹", "INR"), Map.entry("norwegian kroner", "NOK"), Map.entry("danish kroner", "DKK"),
			Map.entry("swedish kronor", "SEK"), Map.entry("canadian dollars", "CAD"),
			Map.entry("australian dollars", "AUD"), Map.entry("new zealand dollars", "NZD"),
			Map.entry("hong kong dollars", "HKD"), Map.entry("swiss francs", "CHF"), Map.entry("francs", "CHF"),
			Map.entry("czech koruna", "CZK"), Map.entry("czech crowns", "CZK"), Map.entry("koruna", "CZK"),
			Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("sterling", "GBP"));

	private final Gazetteer countries;

	private final List<String[]> areaTerms;

	private Drafter(Gazetteer countries, List<String[]> areaTerms) {
		this.countries = countries;
		this.areaTerms = areaTerms;
	}

	/** A drafter with the country list and area terms shipped in the jar. */
	public static Drafter standard() {
		List<String[]> terms = new ArrayList<>();
		for (String line : lines("draft/areas.txt")) {
			String[] parts = line.split("=>");
			if (parts.length != 2) {
				throw new IllegalStateException("draft/areas.txt: expected 'term => CATEGORY', got '" + line + "'");
			}
			terms.add(new String[] { parts[0].trim(), parts[1].trim() });
		}
		terms.sort(Comparator.comparingInt((String[] t) -> t[0].length()).reversed());
		return new Drafter(Gazetteer.load(lines("draft/countries.txt")), terms);
	}

	static List<String> lines(String resource) {
		InputStream in = Drafter.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException(resource + " is missing from the class path");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().map(String::strip).filter((l) -> !l.isEmpty() && !l.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Drafts an article file's content ({@code date YYYY-MM-DD} header, then the text).
	 */
	public Draft draft(String content) {
		SeedFolder.ArticleText article = SeedFolder.article(content);
		return new Run(new Draft(article.date(), article.text())).run();
	}

	/** Countries by name, adjective and ISO code. */
	record Gazetteer(Map<String, String> byWord, Map<String, String> names, Pattern pattern,
			Map<String, String> capitals, Set<String> adjectives) {

		static Gazetteer load(List<String> lines) {
			Map<String, String> byWord = new HashMap<>();
			Map<String, String> names = new LinkedHashMap<>();
			Map<String, String> capitals = new HashMap<>();
			Set<String> adjectives = new HashSet<>();
			for (String line : lines) {
				String[] parts = line.split("\\|");
				String code = parts[0].trim();
				String[] countryNames = parts[1].split(",");
				names.put(code, countryNames[0].trim());
				for (String name : countryNames) {
					byWord.put(name.trim(), code);
				}
				if (parts.length > 2) {
					for (String adjective : parts[2].split(",")) {
						byWord.put(adjective.trim(), code);
						adjectives.add(adjective.trim());
					}
				}
				if (parts.length > 3) {
					// where an event was held, not a country named: not in the pattern
					for (String capital : parts[3].split(",")) {
						capitals.put(capital.trim(), code);
					}
				}
			}
			List<String> words = new ArrayList<>(byWord.keySet());
			words.sort(Comparator.comparingInt(String::length).reversed());
			StringBuilder alternatives = new StringBuilder();
			for (String word : words) {
				alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(word));
			}
			// ISO codes count only in capitals, standing alone, and not as a word of a
			// name
			String codes = String.join("|",
					names.keySet()
						.stream()
						.filter((c) -> !Set.of("IT", "IN", "IS", "ID", "NO", "AT").contains(c))
						.toList());
			Pattern pattern = Pattern
				.compile("(?<![\\p{L}-])(?:(" + alternatives + ")|(" + codes + "))(?:['’]s)?(?![\\p{L}$-])");
			return new Gazetteer(byWord, names, pattern, capitals, Set.copyOf(adjectives));
		}

		@Nullable String code(String word) {
			String stripped = word.replaceAll("['’]s?$", "");
			String code = this.byWord.get(stripped);
			if (code == null && this.names.containsKey(stripped)) {
				code = stripped;
			}
			return code;
		}

	}

	/** One drafting run over one article. */
	private final class Run {

		private final Draft draft;

		private final String text;

		private final List<Span> sentences = new ArrayList<>();

		/** Spans already taken by an organization or a role, not to be read as names. */
		private final List<Span> consumed = new ArrayList<>();

		private final Map<String, Person> peopleByName = new LinkedHashMap<>();

		/** Every person mention in text order. */
		private final List<PersonMention> mentions = new ArrayList<>();

		private final List<Span> quotes = new ArrayList<>();

		private Span dateline = new Span(0, 0);

		/**
		 * The sentences of a correction notice and of the earlier report's words it
		 * quotes: no agreement, commitment or signatory is proposed from them.
		 */
		private final List<Span> notices = new ArrayList<>();

		/**
		 * Sums a correction notice gives as the right ones ("It is 102 million euros, not
		 * 120 million"), proposed as the value of the draft's one agreement when none of
		 * its sentences states one.
		 */
		private final List<Money> correctedSums = new ArrayList<>();

		/**
		 * The lower end of each sum read as a range with its currency before it ("EUR
		 * 20–30 million"), the sum being its upper end.
		 */
		private final Map<Money, BigDecimal> rangeLows = new HashMap<>();

		Run(Draft draft) {
			this.draft = draft;
			this.text = draft.text;
		}

		Draft run() {
			dateline();
			sentences();
			correction();
			countries();
			organizations();
			people();
			quotes();
			reportedSpeech();
			ministersOfTheDatelinesCountry();
			dates();
			reportCorrected();
			money();
			agreements();
			replacements();
			membershipWithoutSigning();
			stageWithoutSigning();
			amounts();
			correctedValue();
			coalition();
			tranches();
			conditions();
			areas();
			events();
			this.draft.statements.sort(Comparator.comparingInt((Stmt s) -> s.text.start()));
			return this.draft;
		}

		/**
		 * The words that make a commitment conditional: "provided (that)", "on condition
		 * that", "subject to", and "if" before a parliament's approval ("if parliament
		 * approves", "if lawmakers back"); the condition is what follows, to the end of
		 * its clause. A bare "if" ("if needed") is not proposed: it too often hedges
		 * rather than conditions.
		 */
		private static final Pattern CONDITION = Pattern
			.compile("(?:\\b(?:provided|providing) that|(?<=,\\s)(?:provided|providing)"
					+ "|\\bon (?:the )?condition that|\\bsubject to|\\b(?i:if)(?=\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}]+\\s+)?"
					+ "(?:parliament|lawmakers|legislators|legislature|congress|senate|MPs|deputies|Bundestag|Riksdag"
					+ "|Storting|Folketing|Seimas|Saeima|Riigikogu|Eduskunta|Sejm)\\s+(?:approves?|approved|backs?"
					+ "|backed|pass(?:es)?|passed|endorses?|endorsed|ratif(?:y|ies|ied)|agrees?|agreed)\\b))\\s+");

		/** Where a condition's clause ends. */
		private static final Pattern CONDITION_END = Pattern.compile("[,;:.!?)\\u2013\\u2014]|\\s-\\s");

		/**
		 * "Finland will send 40 demining machines, provided the parliament approves a
		 * supplementary budget": the commitment's condition, proposed with its words as
		 * evidence; its status stays what its words make it.
		 */
		private void conditions() {
			for (Pledge pledge : this.draft.commitments) {
				Span words = pledge.evidence();
				String s = words.of(this.text);
				Matcher m = CONDITION.matcher(s);
				if (!m.find()) {
					continue;
				}
				int end = s.length();
				Matcher stop = CONDITION_END.matcher(s).region(m.end(), s.length());
				while (stop.find()) {
					// a decimal point or a thousands' comma is no clause's end
					if (stop.start() > 0 && stop.start() + 1 < s.length()
							&& Character.isDigit(s.charAt(stop.start() - 1))
							&& Character.isDigit(s.charAt(stop.start() + 1))) {
						continue;
					}
					end = stop.start();
					break;
				}
				String clause = s.substring(m.end(), end).strip();
				if (clause.split("\\s+").length < 2) {
					continue;
				}
				int textEnd = m.end() + s.substring(m.end(), end).stripTrailing().length();
				pledge.condition = new Span(words.start() + m.end(), words.start() + textEnd);
				pledge.conditionWords = new Span(words.start() + m.start(), words.start() + textEnd);
			}
		}

		/** A government post: "Defence Minister", "State Secretary", not "director". */
		private static final Pattern GOVERNMENT_POST = Pattern
			.compile("(?i)\\b(?:minister|secretary of state|state secretary|prime minister|president)\\b");

		/**
		 * "PRAGUE, 16 October (...) - ... Defence Minister Jan Kralik said": a minister
		 * whose words name no country is proposed as one of the country whose capital the
		 * dateline names (when the article names that country too), to be checked.
		 */
		private void ministersOfTheDatelinesCountry() {
			Matcher city = Pattern.compile("\\A\\s*([\\p{Lu} .'-]+),")
				.matcher(this.text.substring(this.dateline.start(), this.dateline.end()));
			if (!city.find()) {
				return;
			}
			// "CORRECTED-VILNIUS": the wire's mark of a corrected story before the city
			String place = city.group(1).trim().replaceFirst("\\ACORRECT(?:ED|ION)\\s*-\\s*", "");
			String code = Drafter.this.countries.capitals()
				.entrySet()
				.stream()
				.filter((capital) -> capital.getKey().equalsIgnoreCase(place))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
			if (code == null || this.draft.countries.stream().noneMatch((c) -> c.code().equals(code))) {
				return;
			}
			for (Person person : this.peopleByName.values()) {
				if (person.country == null && person.role != null && GOVERNMENT_POST.matcher(person.role).find()) {
					person.country = code;
				}
			}
		}

		private void dateline() {
			Matcher m = DATELINE.matcher(this.text);
			boolean found = m.find();
			int firstLineEnd = this.text.indexOf('\n');
			if (!found && firstLineEnd >= 0 && firstLineEnd <= 200) {
				// a headline (or a fixture's note) on the first line, the dateline
				// starting the second
				found = m.region(firstLineEnd + 1, this.text.length()).find();
			}
			if (found) {
				this.dateline = new Span(m.start(), m.end());
				this.draft.publisher = ((m.group(1) != null) ? m.group(1) : m.group(2)).trim();
			}
		}

		// corrections

		/**
		 * "CORRECTED-VILNIUS, ...", "CORRECTION - RIGA, ...": the wire's mark of a
		 * corrected story, before the dateline's city.
		 */
		private static final Pattern CORRECTED_MARK = Pattern.compile("\\A\\s*(CORRECT(?:ED|ION|S))\\b");

		/** "(Corrects value of the agreement in paragraph 1 to ...)". */
		private static final Pattern CORRECTS_LINE = Pattern
			.compile("\\((?:Corrects|Correcting|Correction|Updates to correct)\\b[^)]*\\)?");

		/** "An earlier version of this story misstated". */
		private static final Pattern EARLIER_VERSION = Pattern
			.compile("\\b[Aa]n? (?:earlier|previous) version of this (?:story|report|article)(?:\\s+(?:misstated"
					+ "|misspelled|misidentified|misreported|(?:incorrectly|wrongly|erroneously)\\s+\\p{L}+|gave|said"
					+ "|named|reported))?");

		/**
		 * "A Prairie Ledger report on Tuesday wrongly said that", "corrects an earlier
		 * report that said": a notice whose words after it are what the report got wrong;
		 * the publisher's name, when it gives one, in group 1.
		 */
		private static final Pattern REPORT_WRONGLY = Pattern.compile("\\b(?:[Aa]n?|[Tt]he|[Oo]ur|[Ii]ts)\\s+"
				+ "(?:(?:earlier|previous)\\s+)?((?:\\p{Lu}[\\p{L}&'.-]*\\s+){1,4})?(?:report|story|article)\\b"
				+ "[^.;:]{0,60}?\\b(?:wrongly|incorrectly|erroneously|mistakenly)\\s+(?:said|reported|stated)(?:\\s+that)?"
				+ "|\\bcorrects an? (?:earlier|previous) (?:report|story|article)(?:\\s+(?:that|which)\\s+"
				+ "(?:said|reported|stated)(?:\\s+that)?)?");

		/**
		 * A notice's words that no agreement was signed: "none was signed", "no agreement
		 * was signed", "the agreement was not signed".
		 */
		private static final Pattern NONE_SIGNED = Pattern.compile("(?i)\\b(?:none was signed|no (?:such )?"
				+ "(?:agreement|deal|memorandum|accord|pact) (?:was|has been) signed|(?:the|such an?) (?:agreement"
				+ "|deal|memorandum|accord|pact) (?:was|has) not (?:been )?signed)\\b");

		/** "It also wrongly said": a notice goes on. */
		private static final Pattern WRONGLY_SAID = Pattern
			.compile("\\b(?:wrongly|incorrectly|erroneously|mistakenly) (?:said|reported|stated)\\b");

		/** "Both were wrong.": the sentence before tells what the report got wrong. */
		private static final Pattern WERE_WRONG = Pattern.compile("\\A(?:Both|It|This|That|These|Each|All"
				+ "|The (?:figure|name|date|amount|value|sum)s?)\\s+(?:was|were)\\s+(?:wrong|incorrect|in error)\\b");

		/** A notice's sentence that sets a right value against the wrong one. */
		private static final Pattern CONTRAST = Pattern.compile(",\\s+not\\s|\\binstead of\\b|\\brather than\\b");

		/**
		 * The withdrawn value in a notice: ", not 120 million", "to X from Y", "instead
		 * of Y", "misstated ... as Y".
		 */
		private static final Pattern OLD_VALUE = Pattern.compile(",\\s+not\\s+([^,.;)]+)"
				+ "|\\bto\\s+[^,.;)]+?\\s+from\\s+([^,.;)]+)|\\b(?:instead of|rather than)\\s+([^,.;)]+)"
				+ "|\\b(?:misstated|misspelled|misidentified|misreported)\\b[^,.;)]*?\\bas\\s+([^,.;)]+)");

		/**
		 * "A report on Monday", "the story published on 10 February": the report's day.
		 */
		private static final Pattern REPORT_ON = Pattern
			.compile("\\b(?:report|story|article|version)\\s+(?:(?:published|issued|sent)\\s+)?on\\s+");

		/** What makes a notice's sum the agreement's value: "the value of the fund". */
		private static final Pattern VALUE_WORD = Pattern
			.compile("\\b(?:value|worth|size|total|cost|budget|price|fund)\\b");

		/**
		 * A publisher's correction of its own report: the mark before the dateline, a
		 * "(Corrects ...)" line, "An earlier version of this story misstated ..." with
		 * the sentence after it that sets the right value against the wrong one, or "Both
		 * were wrong." after the sentence that says what the report gave. Their sentences
		 * are notices; what they say the report got wrong is withdrawn.
		 */
		private void correction() {
			Matcher mark = CORRECTED_MARK.matcher(this.text);
			Span marked = (mark.find() && mark.end() <= this.dateline.end()) ? new Span(mark.start(1), mark.end(1))
					: null;
			boolean contrastFollows = false;
			for (int i = 0; i < this.sentences.size(); i++) {
				Span sentence = this.sentences.get(i);
				Span own = afterDateline(sentence);
				String s = own.of(this.text);
				Matcher line = CORRECTS_LINE.matcher(s);
				Matcher earlier = EARLIER_VERSION.matcher(s);
				Matcher wrongly = REPORT_WRONGLY.matcher(s);
				Span notice = null;
				if (line.find()) {
					notice = new Span(own.start() + line.start(), own.start() + line.end());
				}
				else if (earlier.find()) {
					notice = new Span(own.start() + earlier.start(), own.start() + earlier.end());
				}
				else if (wrongly.find()) {
					// "A Prairie Ledger report on Tuesday wrongly said that X": X is the
					// report's words, withdrawn; which of its facts is wrong the curator
					// tells (a wrong `withdraws` loses a fact)
					notice = new Span(own.start() + wrongly.start(), own.start() + wrongly.end());
					int said = firstNonSpace(notice.end());
					int end = own.end();
					while (end > said && ".!".indexOf(this.text.charAt(end - 1)) >= 0) {
						end--;
					}
					if (said < end) {
						this.draft.wronglySaid = new Span(said, end);
						this.draft.withdrawn.add(this.draft.wronglySaid);
					}
					if (this.draft.publisher == null && wrongly.group(1) != null) {
						this.draft.publisher = wrongly.group(1).strip();
					}
				}
				else if (i > 0 && WERE_WRONG.matcher(s).find()) {
					// the sentence before is the report's words, withdrawn whole
					Span report = afterDateline(this.sentences.get(i - 1));
					notice = report;
					this.notices.add(this.sentences.get(i - 1));
					this.draft.withdrawn.add(report);
				}
				else if (contrastFollows && CONTRAST.matcher(s).find()) {
					// "It is 102 million euros, not 120 million." after the notice
					notice = own;
				}
				boolean afterNotice = i > 0 && this.notices.contains(this.sentences.get(i - 1));
				if (notice == null && afterNotice
						&& (NONE_SIGNED.matcher(s).find() || WRONGLY_SAID.matcher(s).find())) {
					// "... said they signed an agreement. None was signed.", "It also
					// wrongly said ...": the notice goes on
					notice = own;
				}
				contrastFollows = notice != null && !own.equals(notice);
				if (notice == null) {
					continue;
				}
				if (this.draft.noneSigned == null && NONE_SIGNED.matcher(s).find()) {
					// the countries of the signing it withdraws: this sentence's and the
					// notice's before
					this.draft.noneSigned = own;
					countriesIn(s).forEach((n) -> this.draft.unsignedParties.add(n.code()));
					if (afterNotice) {
						countriesIn(this.sentences.get(i - 1).of(this.text))
							.forEach((n) -> this.draft.unsignedParties.add(n.code()));
					}
				}
				this.notices.add(sentence);
				if (this.draft.correction == null) {
					this.draft.correction = notice;
				}
				Matcher old = OLD_VALUE.matcher(s);
				while (old.find()) {
					for (int g = 1; g <= old.groupCount(); g++) {
						if (old.group(g) != null) {
							String words = old.group(g).strip();
							int start = own.start() + old.start(g);
							this.draft.withdrawn.add(new Span(start, start + words.length()));
						}
					}
				}
			}
			if (this.draft.correction == null) {
				this.draft.correction = marked;
			}
			this.draft.withdrawn.sort(Comparator.comparingInt(Span::start));
		}

		/** A sentence without the dateline it begins with. */
		private Span afterDateline(Span sentence) {
			return (sentence.start() < this.dateline.end() && this.dateline.end() < sentence.end())
					? new Span(firstNonSpace(this.dateline.end()), sentence.end()) : sentence;
		}

		private boolean isWithdrawn(Span span) {
			return this.draft.withdrawn.stream().anyMatch(span::overlaps);
		}

		/** The day of the report a correction's notice names ("A report on Monday"). */
		private void reportCorrected() {
			for (Span notice : this.notices) {
				Matcher on = REPORT_ON.matcher(notice.of(this.text));
				if (!on.find()) {
					continue;
				}
				int at = notice.start() + on.end();
				Matcher weekday = WEEKDAY.matcher(this.text).region(at, notice.end());
				LocalDate day = weekday.lookingAt() ? resolveDay(weekday.group(1)) : null;
				for (DateRef ref : this.draft.dates) {
					if (day == null && ref.span().start() == at) {
						day = ref.date();
					}
				}
				if (day != null) {
					this.draft.correctedReportOn = day.toString();
					return;
				}
			}
		}

		/**
		 * "An earlier version of this story misstated the value of the fund. It is 102
		 * million euros, not 120 million": the sum the notice gives as right is the value
		 * of the draft's one agreement, when none of its sentences states one.
		 */
		private void correctedValue() {
			if (this.draft.agreements.size() != 1 || this.correctedSums.isEmpty()
					|| this.draft.agreements.get(0).value != null
					|| this.notices.stream().noneMatch((n) -> VALUE_WORD.matcher(n.of(this.text)).find())) {
				return;
			}
			Money sum = this.correctedSums.get(0);
			this.draft.agreements.get(0).value = new Amount(sum, false, sum.span());
		}

		private void sentences() {
			int start = 0;
			int length = this.text.length();
			for (int i = 0; i < length; i++) {
				char c = this.text.charAt(i);
				if (c == '\n') {
					addSentence(start, i);
					start = i + 1;
				}
				else if ((c == '.' || c == '!' || c == '?') && endsSentence(i)) {
					int end = i + 1;
					while (end < length && isCloseQuote(this.text.charAt(end))) {
						end++;
					}
					addSentence(start, end);
					start = end;
					i = end - 1;
				}
			}
			addSentence(start, length);
		}

		private boolean endsSentence(int i) {
			int next = i + 1;
			while (next < this.text.length() && isCloseQuote(this.text.charAt(next))) {
				next++;
			}
			if (next < this.text.length() && this.text.charAt(next) != ' ' && this.text.charAt(next) != '\n') {
				return false;
			}
			int wordStart = i;
			while (wordStart > 0 && !Character.isWhitespace(this.text.charAt(wordStart - 1))) {
				wordStart--;
			}
			String word = this.text.substring(wordStart, i).replaceAll("^[\"“(]+", "");
			if (ABBREVIATIONS.contains(word) || word.matches("\\p{Lu}")) {
				return false;
			}
			int after = next;
			while (after < this.text.length() && this.text.charAt(after) == ' ') {
				after++;
			}
			return after >= this.text.length() || this.text.charAt(after) == '\n'
					|| !Character.isLowerCase(this.text.charAt(after));
		}

		private void addSentence(int start, int end) {
			while (start < end && Character.isWhitespace(this.text.charAt(start))) {
				start++;
			}
			while (end > start && Character.isWhitespace(this.text.charAt(end - 1))) {
				end--;
			}
			if (start < this.dateline.end() && this.dateline.end() < end) {
				// the dateline is no part of the lead sentence, whichever dash ends it:
				// its sentence's evidence and description start after it
				int after = this.dateline.end();
				addSentence(start, after);
				addSentence(after, end);
				return;
			}
			if (end > start) {
				this.sentences.add(new Span(start, end));
			}
		}

		private Span sentenceAt(int offset) {
			for (Span s : this.sentences) {
				if (offset >= s.start() && offset < s.end()) {
					return s;
				}
			}
			return new Span(offset, Math.min(this.text.length(), offset + 1));
		}

		private int sentenceIndex(int offset) {
			for (int i = 0; i < this.sentences.size(); i++) {
				if (offset < this.sentences.get(i).end()) {
					return i;
				}
			}
			return this.sentences.size() - 1;
		}

		// countries

		private void countries() {
			Matcher m = Drafter.this.countries.pattern().matcher(this.text);
			Set<String> seen = new HashSet<>();
			while (m.find()) {
				String word = (m.group(1) != null) ? m.group(1) : m.group(2);
				String code = Drafter.this.countries.code(word);
				if (CURRENCY_AFTER.matcher(this.text).region(m.end(), this.text.length()).lookingAt()) {
					// "310 million Norwegian kroner" names no country of the article
					continue;
				}
				if (code != null && word.contains(" ")) {
					this.consumed.add(new Span(m.start(), m.end()));
				}
				if (code != null && seen.add(code)) {
					this.draft.countries
						.add(new CountryRef(code, Objects.requireNonNull(Drafter.this.countries.names().get(code))));
				}
			}
		}

		private @Nullable String countryOf(String words) {
			Matcher m = Drafter.this.countries.pattern().matcher(words);
			String code = null;
			while (m.find()) {
				code = Drafter.this.countries.code((m.group(1) != null) ? m.group(1) : m.group(2));
			}
			return code;
		}

		// organizations

		private void organizations() {
			Matcher m = MINISTRY.matcher(this.text);
			while (m.find()) {
				String name = trimConnectors(m.group());
				Span span = new Span(m.start(), m.start() + name.length());
				String before = this.text.substring(Math.max(0, m.start() - 30), m.start());
				addOrg(name, "MINISTRY", countryOf(lastWords(before, 2)), span);
				this.consumed.add(span);
			}
			Matcher lower = Pattern.compile("\\b(defence|defense|foreign|economy|finance) ministry\\b")
				.matcher(this.text);
			while (lower.find()) {
				// "the Indian defence ministry": the Ministry of Defence
				Span span = new Span(lower.start(), lower.end());
				String before = this.text.substring(Math.max(0, lower.start() - 30), lower.start());
				// "the Finnish foreign ministry": the Ministry of Foreign Affairs
				String portfolio = lower.group(1).equals("foreign") ? "Foreign Affairs" : capitalize(lower.group(1));
				addOrg("Ministry of " + portfolio, "MINISTRY", countryOf(lastWords(before, 1)), span);
				this.consumed.add(span);
			}
			Matcher lowerOf = LOWER_MINISTRY.matcher(this.text);
			while (lowerOf.find()) {
				// "the Ukrainian ministry of strategic industries": the Ministry of
				// Strategic Industries; its words stop before a verb ("... industries
				// said")
				List<String> words = new ArrayList<>();
				for (String word : lowerOf.group(2).split("\\s+")) {
					if (LOWER_MINISTRY_STOP.contains(word)) {
						break;
					}
					words.add(word);
				}
				while (!words.isEmpty() && words.get(words.size() - 1).equals("and")) {
					words.remove(words.size() - 1);
				}
				if (words.isEmpty()) {
					continue;
				}
				String tail = String.join(" ", words);
				int end = this.text.indexOf(tail, lowerOf.start(2)) + tail.length();
				Span span = new Span(lowerOf.start(), end);
				String before = this.text.substring(Math.max(0, lowerOf.start() - 30), lowerOf.start());
				StringBuilder name = new StringBuilder("Ministry " + lowerOf.group(1));
				for (String word : words) {
					name.append(' ').append((word.equals("and") || word.equals("the")) ? word : capitalize(word));
				}
				addOrg(name.toString(), "MINISTRY", countryOf(lastWords(before, 1)), span);
				this.consumed.add(span);
			}
			for (Map.Entry<String, String> e : INTERNATIONAL.entrySet()) {
				Matcher im = Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b").matcher(this.text);
				if (im.find()) {
					addOrg(e.getValue(), "INTERNATIONAL_ORGANIZATION", null, new Span(im.start(), im.end()));
					this.consumed.add(new Span(im.start(), im.end()));
				}
			}
			media();
			roleObjects();
			for (List<Token> run : runs()) {
				List<List<Token>> parts = splitAt(run, (t) -> ROLE_WORDS.contains(t.folded()), false);
				for (List<Token> part : parts) {
					int next = run.indexOf(part.get(part.size() - 1)) + 1;
					if (next < run.size() && run.get(next).folded().equals("minister")) {
						// "Strategic Industries Minister X": a portfolio, not a company
						continue;
					}
					organization(part);
				}
			}
		}

		/**
		 * "Lithuanian public radio LRT reported", "told the newspaper Norrlandsposten": a
		 * medium named by its proper name (what the article calls it is no name: "state
		 * television said" proposes nothing), its country the adjective before it.
		 */
		private void media() {
			Matcher m = MEDIUM.matcher(this.text);
			while (m.find()) {
				List<Token> name = new ArrayList<>();
				for (Token t : tokensFrom(m.end())) {
					if (!t.capitalized() || isStop(t) || Drafter.this.countries.code(t.word()) != null
							|| name.size() == 3) {
						break;
					}
					name.add(t);
					if (t.possessive()) {
						// "broadcaster ERR's evening news"
						break;
					}
				}
				if (name.isEmpty()) {
					continue;
				}
				Token last = name.get(name.size() - 1);
				Span span = new Span(name.get(0).start(),
						last.start() + last.word().replaceAll("['’]s?$", "").length());
				if (isConsumed(span) || span.overlaps(this.dateline)) {
					continue;
				}
				String country = (m.group(1) != null) ? Drafter.this.countries.code(m.group(1)) : null;
				addOrg(span.of(this.text), "NEWS_AGENCY", country, span);
				this.consumed.add(span);
			}
		}

		/**
		 * "Minister of Strategic Industries": the words after "of" name a portfolio, not
		 * an organization.
		 */
		private void roleObjects() {
			Matcher m = ROLE_OF.matcher(this.text);
			while (m.find()) {
				List<Token> tokens = untilAfterTheName(tokensFrom(m.end()));
				List<Token> capitalized = tokens.stream().filter(Token::capitalized).toList();
				if (capitalized.size() >= 3) {
					int nameLength = nameLength(capitalized);
					if (nameLength >= 2) {
						Token lastRole = capitalized.get(capitalized.size() - nameLength - 1);
						this.consumed.add(new Span(m.start(), lastRole.end()));
						Span name = new Span(capitalized.get(capitalized.size() - nameLength).start(),
								capitalized.get(capitalized.size() - 1).end());
						mention(name, new Span(roleStart(m.start()), lastRole.end()));
						continue;
					}
				}
				if (!tokens.isEmpty()) {
					this.consumed.add(new Span(m.start(), tokens.get(tokens.size() - 1).end()));
				}
			}
		}

		/**
		 * The tokens up to the end of the first name after a portfolio: "State Secretary
		 * for Defence Marian Kovac and Ukrainian Deputy Defence Minister Olena Marchuk"
		 * names Kovac, whose name ends at "and" (a connector between portfolio words,
		 * "Foreign Affairs and Trade", is the portfolio's).
		 */
		private List<Token> untilAfterTheName(List<Token> tokens) {
			boolean named = false;
			for (int i = 0; i < tokens.size(); i++) {
				Token t = tokens.get(i);
				if (!t.capitalized()) {
					if (named) {
						return tokens.subList(0, i);
					}
					continue;
				}
				named = named || !(isStop(t) || ORG_WORDS.contains(t.folded()) || ROLE_WORDS.contains(t.folded())
						|| PORTFOLIO_WORDS.contains(t.folded()) || Drafter.this.countries.code(t.word()) != null);
			}
			return tokens;
		}

		private int nameLength(List<Token> capitalized) {
			int n = 0;
			for (int i = capitalized.size() - 1; i >= 1 && n < 3; i--) {
				Token t = capitalized.get(i);
				if (isStop(t) || ORG_WORDS.contains(t.folded()) || ROLE_WORDS.contains(t.folded())
						|| PORTFOLIO_WORDS.contains(t.folded())) {
					break;
				}
				n++;
			}
			return n;
		}

		/**
		 * Capitalized words and connectors from an offset, up to the first other word or
		 * punctuation.
		 */
		private List<Token> tokensFrom(int offset) {
			List<Token> tokens = new ArrayList<>();
			Matcher m = Pattern.compile("\\G\\s*(" + NAME_TOKEN + "|and|of|the|for)(?![\\p{L}])").matcher(this.text);
			m.region(offset, this.text.length());
			while (m.find()) {
				if (this.text.substring(m.start(), m.start(1)).contains("\n")) {
					break;
				}
				tokens.add(new Token(m.group(1), m.start(1), m.end(1)));
			}
			while (!tokens.isEmpty() && !tokens.get(tokens.size() - 1).capitalized()) {
				tokens.remove(tokens.size() - 1);
			}
			return tokens;
		}

		private void organization(List<Token> part) {
			if (part.size() < 2 || part.stream().noneMatch((t) -> ORG_WORDS.contains(t.folded()))) {
				return;
			}
			int first = 0;
			String country = null;
			while (first < part.size() && Drafter.this.countries.code(part.get(first).word()) != null) {
				country = Drafter.this.countries.code(part.get(first).word());
				if (part.get(first).possessive()) {
					first++;
					break;
				}
				first++;
			}
			List<Token> rest = part.subList(first, part.size());
			if (rest.isEmpty() || rest.stream().allMatch((t) -> isDomainWord(t))) {
				return;
			}
			if (rest.stream().noneMatch((t) -> ORG_WORDS.contains(t.folded()) && !isDomainWord(t))
					&& !(rest.size() >= 2 && isDomainWord(rest.get(rest.size() - 1)))) {
				return;
			}
			List<Token> named = (first > 0 && !part.get(first - 1).possessive()) ? part.subList(first - 1, part.size())
					: rest;
			Span span = new Span(named.get(0).start(), named.get(named.size() - 1).end());
			if (isConsumed(span) || span.overlaps(this.dateline)) {
				return;
			}
			String name = span.of(this.text);
			if (country == null) {
				// "Norway's Fjordline Defence", "the Latvian company Origo Systems"
				country = countryOf(lastWords(this.text.substring(Math.max(0, span.start() - 40), span.start()), 3));
			}
			addOrg(name, orgKind(name), country, span);
			this.consumed.add(span);
		}

		private boolean isDomainWord(Token t) {
			return t.folded().equals("defence") || t.folded().equals("defense");
		}

		private String orgKind(String name) {
			String folded = SearchText.fold(name);
			if (folded.matches(".*\\b(navy|army|forces|guard)\\b.*")) {
				return "ARMED_FORCES";
			}
			if (folded.matches(".*\\b(radio|television|tv)\\b.*")) {
				return "NEWS_AGENCY";
			}
			if (folded.matches(".*\\b(administration|agency|centre|center|office|bureau|commission|council)\\b.*")) {
				return "AGENCY";
			}
			return "COMPANY";
		}

		private void addOrg(String name, String kind, @Nullable String country, Span span) {
			String folded = SearchText.fold(name);
			for (Org org : this.draft.organizations) {
				// "Rheinmark Systems" after "Rheinmark Systems GmbH": the same company,
				// shorter
				if (SearchText.fold(org.name).equals(folded) || SearchText.fold(org.name).startsWith(folded + " ")) {
					return;
				}
			}
			this.draft.organizations.add(new Org(name, kind, country, span));
		}

		private boolean isConsumed(Span span) {
			return this.consumed.stream().anyMatch(span::overlaps);
		}

		// people

		private void people() {
			for (List<Token> run : runs()) {
				for (List<Token> part : splitAt(run, (t) -> isStop(t) || ROLE_WORDS.contains(t.folded())
						|| ORG_WORDS.contains(t.folded()) || Drafter.this.countries.code(t.word()) != null, true)) {
					if (part.size() < 2 || part.size() > 3) {
						continue;
					}
					if (run.stream().anyMatch((t) -> ORG_WORDS.contains(t.folded()) && !isDomainWord(t))
							&& !runHasRoleBefore(run, part)) {
						continue;
					}
					Span span = new Span(part.get(0).start(), part.get(part.size() - 1).end());
					if (isConsumed(span) || span.overlaps(this.dateline) || isWithdrawn(span)
							|| CYRILLIC_NAME.matcher(span.of(this.text)).find()) {
						continue;
					}
					String folded = SearchText.fold(span.of(this.text));
					if (this.draft.organizations.stream()
						.anyMatch((o) -> SearchText.fold(o.name).startsWith(folded + " "))) {
						// "Norrland Vehicles chief executive": the short name of a known
						// company
						continue;
					}
					mention(span, roleBefore(span.start()));
				}
			}
			mergeTails();
			cyrillic();
			surnames();
			this.mentions.sort(Comparator.comparingInt((PersonMention pm) -> pm.span().start()));
			this.draft.people.addAll(new LinkedHashSet<>(this.peopleByName.values()));
			this.draft.people.sort(Comparator.comparingInt((Person p) -> p.mentions.get(0).start()));
		}

		private boolean runHasRoleBefore(List<Token> run, List<Token> part) {
			int index = run.indexOf(part.get(0));
			return index > 0 && ROLE_WORDS.contains(run.get(index - 1).folded());
		}

		/**
		 * The person already named whose name this folded one spells another way: the
		 * same first name and as many words, the surname of five letters or more a letter
		 * or two apart ("halyna tkatchuk", "halyna tkachuk"); null when none or several.
		 */
		private @Nullable Person spelledLike(String folded) {
			List<Person> close = this.peopleByName.entrySet()
				.stream()
				.filter((e) -> DraftWriter.Known.spelledAlike(e.getKey(), folded))
				.map(Map.Entry::getValue)
				.distinct()
				.toList();
			return (close.size() == 1) ? close.get(0) : null;
		}

		/**
		 * Records a full-name mention, with the role words written before it (if any).
		 */
		private void mention(Span span, @Nullable Span role) {
			String name = span.of(this.text).replaceAll("['’]s?$", "");
			span = new Span(span.start(), span.start() + name.length());
			String key = SearchText.fold(name);
			Person person = this.peopleByName.get(key);
			if (person == null) {
				person = spelledLike(key);
				if (person != null) {
					// "Halyna Tkatchuk" after "Halyna Tkachuk": one person, two
					// transliterations
					person.variants.add(name);
				}
				else {
					person = new Person(name);
				}
				this.peopleByName.put(key, person);
			}
			if (person.mentions.stream().noneMatch(span::equals)) {
				person.mentions.add(span);
				this.mentions.add(new PersonMention(person, span));
			}
			if (role == null) {
				role = roleAfter(span.end());
			}
			String apposed = null;
			if (role == null) {
				role = roleApposedBefore(span);
				apposed = (role != null) ? possessiveCountry(role.start()) : null;
			}
			if (role != null && person.role == null) {
				String written = trimConnectors(role.of(this.text));
				if (!written.isBlank()) {
					String country = (apposed != null) ? apposed : countryOf(written);
					if (country != null) {
						person.country = country;
					}
					person.role = withoutNationality(written);
					person.roleSpan = role;
				}
			}
			if (person.country == null) {
				String before = this.text.substring(Math.max(0, span.start() - 60), span.start());
				int cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(','));
				String country = countryOf(before.substring(cut + 1));
				if (country != null) {
					person.country = country;
				}
			}
			this.consumed.add(span);
		}

		/**
		 * "Lithuanian Defence Minister" is proposed as "Defence Minister": the adjective
		 * gives the person's country, not a word of the post. A counterpart keeps it
		 * ("Ukrainian counterpart"), since without it the role says nothing.
		 */
		private String withoutNationality(String role) {
			Matcher first = Pattern.compile("\\A(\\p{Lu}[\\p{L}\\p{M}]*)\\s+").matcher(role);
			if (!first.find() || !Drafter.this.countries.adjectives().contains(first.group(1))) {
				return role;
			}
			String rest = role.substring(first.end());
			return SearchText.fold(rest).startsWith("counterpart") ? role : rest;
		}

		/**
		 * "Latvian Defence Minister", "his Ukrainian counterpart": role words just before
		 * a name.
		 */
		private @Nullable Span roleBefore(int nameStart) {
			int start = roleStart(nameStart);
			if (start >= nameStart) {
				return null;
			}
			String words = this.text.substring(start, nameStart);
			for (String word : words.trim().split("\\s+")) {
				if (ROLE_WORDS.contains(SearchText.fold(word))) {
					return new Span(start, nameStart - (words.length() - words.stripTrailing().length()));
				}
			}
			return null;
		}

		private int roleStart(int from) {
			int start = from;
			Matcher word = Pattern.compile("([\\p{L}][\\p{L}\\p{M}.'’-]*)\\s+$").matcher("");
			while (start > 0) {
				word.reset(this.text.substring(Math.max(0, start - 40), start));
				if (!word.find()) {
					break;
				}
				String w = word.group(1);
				if (w.endsWith(".") || word.group().contains("\n")) {
					// "... told the news agency TASR.\nState Secretary for Defence X":
					// the
					// sentence before ends the role
					break;
				}
				String folded = SearchText.fold(w);
				// another person's name ends this one's role: "Minister Mart Kask and
				// Polish
				// Deputy Minister Tomasz Wiśniak" gives Wiśniak only the words after Kask
				Span wordSpan = new Span(start - word.group().length(), start - 1);
				if (this.mentions.stream().anyMatch((mention) -> mention.span().overlaps(wordSpan))) {
					break;
				}
				boolean capitalized = Character.isUpperCase(w.charAt(0));
				boolean possessive = w.endsWith("'s") || w.endsWith("’s");
				boolean ok = ROLE_WORDS.contains(folded) || ROLE_LEAD_WORDS.contains(folded)
						|| (capitalized && !possessive
								&& (ORG_WORDS.contains(folded) || Drafter.this.countries.code(w) != null
										|| isConsumed(new Span(start - word.group().length(), start - 1))));
				if (!ok) {
					break;
				}
				int wordStart = start - (word.group().length());
				if (new Span(wordStart, start).overlaps(this.dateline)) {
					break;
				}
				start = wordStart;
			}
			// no leading connectors
			while (start < from) {
				Matcher lead = Pattern.compile("\\A(?:the|of|and|for)\\s+").matcher(this.text.substring(start, from));
				if (!lead.find()) {
					break;
				}
				start += lead.end();
			}
			return start;
		}

		/**
		 * "Ukraine's ambassador in London, Oksana Hrytsenko, who ...": role words set off
		 * by a comma before a name that a comma follows, from the clause's start (its
		 * country's possessive left out: {@link #possessiveCountry}).
		 */
		private @Nullable Span roleApposedBefore(Span name) {
			if (!this.text.startsWith(",", name.end())) {
				return null;
			}
			Matcher m = ROLE_APPOSED.matcher(this.text.substring(Math.max(0, name.start() - 80), name.start()));
			if (!m.find()) {
				return null;
			}
			int offset = Math.max(0, name.start() - 80);
			Span role = new Span(offset + m.start(2), offset + m.end(2));
			return role.overlaps(this.dateline) ? null : role;
		}

		/** The country whose possessive ends just before an offset: "Ukraine's ". */
		private @Nullable String possessiveCountry(int offset) {
			Matcher m = POSSESSIVE_BEFORE.matcher(this.text.substring(Math.max(0, offset - 40), offset));
			return m.find() ? Drafter.this.countries.code(m.group(1)) : null;
		}

		private static final Pattern ROLE_APPOSED = Pattern
			.compile("(?:\\A|[.,;\\n]\\s*|\\b[Aa]ccording to\\s+)((?:\\p{Lu}[\\p{L}\\p{M}]*['’]s"
					+ "\\s+|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:\\p{Ll}+['’]s\\s+)?)?((?:[\\p{L}-]+\\s+){0,2}?(?i:"
					+ String.join("|", ROLE_WORDS) + ")\\b[^,.;\\n\"“”]{0,40})),\\s+\\z");

		private static final Pattern POSSESSIVE_BEFORE = Pattern
			.compile("(\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)?)['’]s\\s+\\z");

		/** ", president of Fjordline Defence": a role written after the name. */
		private @Nullable Span roleAfter(int nameEnd) {
			Matcher m = Pattern
				.compile("\\A,\\s+(?:the\\s+|an?\\s+)?((?:[\\p{Ll}-]+\\s+){0,2}?(?:" + String.join("|", ROLE_WORDS)
						+ ")\\b[^,.;\\n\"“”]*)")
				.matcher(this.text.substring(nameEnd, Math.min(this.text.length(), nameEnd + 120)));
			if (m.find()) {
				return new Span(nameEnd + m.start(1), nameEnd + m.end(1));
			}
			return null;
		}

		/**
		 * "Van Dalen" after "Pieter van Dalen": the end of a longer name is the same
		 * person.
		 */
		private void mergeTails() {
			for (String key : List.copyOf(this.peopleByName.keySet())) {
				Person longer = this.peopleByName.values()
					.stream()
					.filter((p) -> SearchText.fold(p.name).endsWith(" " + key))
					.findFirst()
					.orElse(null);
				if (longer != null) {
					Person shorter = Objects.requireNonNull(this.peopleByName.remove(key));
					longer.mentions.addAll(shorter.mentions);
					longer.mentions.sort(Comparator.comparingInt(Span::start));
					this.mentions
						.replaceAll((pm) -> (pm.person() == shorter) ? new PersonMention(longer, pm.span()) : pm);
				}
			}
		}

		/**
		 * A name in Cyrillic: an alias of the Latin name just before it, or a person of
		 * its own.
		 */
		private void cyrillic() {
			Matcher m = CYRILLIC_NAME.matcher(this.text);
			while (m.find()) {
				Span span = new Span(m.start(), m.end());
				PersonMention previous = null;
				for (PersonMention pm : this.mentions) {
					if (pm.span().end() <= span.start() && span.start() - pm.span().end() <= 3) {
						previous = pm;
					}
				}
				if (previous != null) {
					previous.person().alias = span.of(this.text);
					continue;
				}
				mention(span, roleBefore(span.start()));
			}
		}

		/**
		 * "Kasčiūnas told", "Park said": one word of a known name refers to that person.
		 */
		private void surnames() {
			Map<String, Person> byToken = new HashMap<>();
			for (Person person : this.peopleByName.values()) {
				List<String> tokens = new ArrayList<>(List.of(person.name.split("\\s+")));
				person.variants.forEach((variant) -> tokens.addAll(List.of(variant.split("\\s+"))));
				for (String token : tokens) {
					if (STOP_WORDS.contains(SearchText.fold(token))) {
						// "Jan" of "Jan Kralik" alone is not his name: "5 Jan"
						continue;
					}
					byToken.putIfAbsent(SearchText.fold(token), person);
				}
			}
			for (Person person : this.peopleByName.values()) {
				Matcher particle = Pattern.compile("\\A\\S+(" + PARTICLE.pattern() + ".+)\\z").matcher(person.name);
				if (particle.find()) {
					// "Van Dalen said": the surname with its particle, capitalized at a
					// sentence start
					Matcher surname = Pattern
						.compile("\\b" + Pattern.quote(particle.group(1).trim()) + "\\b",
								Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
						.matcher(this.text);
					while (surname.find()) {
						Span span = new Span(surname.start(), surname.end());
						if (!isMentioned(span)) {
							person.mentions.add(span);
							this.mentions.add(new PersonMention(person, span));
						}
					}
				}
			}
			Matcher m = CAPITALIZED.matcher(this.text);
			while (m.find()) {
				String word = m.group().replaceAll("['’]s?$", "");
				Person person = byToken.get(SearchText.fold(word));
				Span span = new Span(m.start(), m.start() + word.length());
				if (person != null && !isMentioned(span)) {
					person.mentions.add(span);
					this.mentions.add(new PersonMention(person, span));
				}
			}
		}

		private boolean isMentioned(Span span) {
			return this.mentions.stream().anyMatch((pm) -> pm.span().overlaps(span));
		}

		private boolean isStop(Token t) {
			return STOP_WORDS.contains(t.folded()) && !isFirstName(t);
		}

		/**
		 * "Jan Kralik": a month's abbreviation written before a capitalized word is a
		 * first name ("5 Jan 2025" is the month).
		 */
		private boolean isFirstName(Token t) {
			return t.word().equals("Jan") && t.end() + 1 < this.text.length() && this.text.charAt(t.end()) == ' '
					&& Character.isUpperCase(this.text.charAt(t.end() + 1));
		}

		/**
		 * Runs of capitalized words separated by single spaces (or "for"/"of" inside an
		 * organization name).
		 */
		private List<List<Token>> runs() {
			List<List<Token>> runs = new ArrayList<>();
			Matcher m = CAPITALIZED.matcher(this.text);
			List<Token> run = new ArrayList<>();
			int lastEnd = -1;
			while (m.find()) {
				Token token = new Token(m.group().replaceAll("['’]$", ""), m.start(),
						m.start() + m.group().replaceAll("['’]$", "").length());
				String gap = (lastEnd >= 0) ? this.text.substring(lastEnd, m.start()) : "";
				boolean joined = lastEnd >= 0 && (gap.equals(" ") || gap.equals(" for ") || gap.equals(" of ")
						|| gap.equals(" & ") || PARTICLE.matcher(gap).matches())
						&& !run.get(run.size() - 1).possessive();
				if (!joined && !run.isEmpty()) {
					runs.add(run);
					run = new ArrayList<>();
				}
				run.add(token);
				lastEnd = m.end();
			}
			if (!run.isEmpty()) {
				runs.add(run);
			}
			return runs;
		}

		private List<List<Token>> splitAt(List<Token> run, java.util.function.Predicate<Token> separator,
				boolean atConnectors) {
			List<List<Token>> parts = new ArrayList<>();
			List<Token> part = new ArrayList<>();
			for (int i = 0; i < run.size(); i++) {
				Token t = run.get(i);
				// a name particle ("Pieter van Dalen") joins, other connectors split
				// names
				String gap = (i > 0) ? this.text.substring(run.get(i - 1).end(), t.start()) : " ";
				boolean connected = atConnectors && !gap.equals(" ") && !PARTICLE.matcher(gap).matches();
				if (separator.test(t) || connected) {
					if (!part.isEmpty()) {
						parts.add(part);
					}
					part = new ArrayList<>();
					if (!separator.test(t)) {
						part.add(t);
					}
					continue;
				}
				part.add(t);
				if (t.possessive()) {
					parts.add(part);
					part = new ArrayList<>();
				}
			}
			if (!part.isEmpty()) {
				parts.add(part);
			}
			return parts;
		}

		// quotes

		private void quotes() {
			int length = this.text.length();
			int i = 0;
			while (i < length) {
				char c = this.text.charAt(i);
				if (isOpenQuote(i)) {
					char close = (c == '“') ? '”' : c;
					int end = findClose(i + 1, c, close);
					if (end > i + 1) {
						quote(i, end);
						i = end + 1;
						continue;
					}
				}
				i++;
			}
		}

		private boolean isOpenQuote(int i) {
			char c = this.text.charAt(i);
			if (c != '"' && c != '“') {
				return false;
			}
			boolean startsWord = i == 0 || Character.isWhitespace(this.text.charAt(i - 1))
					|| "([—–-".indexOf(this.text.charAt(i - 1)) >= 0;
			return startsWord && i + 1 < this.text.length() && !Character.isWhitespace(this.text.charAt(i + 1));
		}

		/**
		 * The closing quote, following a quote into the next paragraph when that opens
		 * with a quote mark.
		 */
		private int findClose(int from, char open, char close) {
			for (int j = from; j < this.text.length(); j++) {
				char c = this.text.charAt(j);
				if (c == '\n') {
					int next = j + 1;
					if (next < this.text.length() && (this.text.charAt(next) == open || this.text.charAt(next) == '“'
							|| this.text.charAt(next) == '"')) {
						j = next;
						continue;
					}
					return -1;
				}
				if (c == close || (open == '“' && c == '"') || (open == '"' && c == '”')) {
					if (j > from && !Character.isWhitespace(this.text.charAt(j - 1))) {
						return j;
					}
				}
			}
			return -1;
		}

		private void quote(int open, int close) {
			Span inner = new Span(open + 1, close);
			String words = inner.of(this.text).trim();
			String[] parts = words.split("\\s+");
			if (parts.length < 2 || (parts.length < 4 && !SPEECH_VERB.matcher(sentenceAt(open).of(this.text)).find())) {
				// one word, or a short phrase nobody is said to have said: a title or
				// scare quotes
				return;
			}
			long capitalized = java.util.Arrays.stream(parts).filter((w) -> Character.isUpperCase(w.charAt(0))).count();
			if (capitalized == parts.length) {
				return;
			}
			this.quotes.add(inner);
			Stmt stmt = new Stmt("DIRECT_QUOTE", inner);
			Span quoted = new Span(open, close + 1);
			Attribution after = attributionAfter(close + 1);
			Attribution before = (after == null) ? attributionBefore(open) : null;
			if (after != null) {
				stmt.speaker = after.speaker();
				stmt.organization = after.organization();
				stmt.evidence.add(new Span(open, after.span().end()));
				stmt.saidOn = dayIn(sentenceAt(close).end() > after.span().end()
						? new Span(after.span().start(), sentenceAt(close).end()) : after.span());
			}
			else if (before != null) {
				stmt.speaker = before.speaker();
				stmt.organization = before.organization();
				stmt.evidence.add(new Span(before.span().start(), close + 1));
			}
			else {
				stmt.speaker = previousSpeaker(open);
				stmt.evidence.add(quoted);
			}
			this.draft.statements.add(stmt);
		}

		/**
		 * A speaker and the words that name them: a person or, when the words name none
		 * ("the ministry said"), an organization.
		 */
		private record Attribution(@Nullable Person speaker, @Nullable Org organization, Span span) {
		}

		/** '," Kasčiūnas told', '," said Eirik Lie', '," the minister added'. */
		private @Nullable Attribution attributionAfter(int from) {
			int end = clauseEnd(from);
			String chunk = this.text.substring(from, end);
			Matcher verb = SPEECH_VERB.matcher(chunk);
			if (!verb.find() || verb.start() > 90) {
				return null;
			}
			String subject = chunk.substring(0, verb.start());
			if (subject.contains("\"") || subject.contains("“")) {
				return null;
			}
			Span subjectSpan = new Span(from, from + verb.start());
			Person speaker = null;
			int spanEnd = from + verb.end();
			if (subject.replaceAll("[\\s,]", "").isEmpty()) {
				// verb first: "said Eirik Lie, president of ..."
				PersonMention named = firstMentionIn(new Span(from + verb.end(), end));
				// "said Eirik Lie", "said Defence Minister Kristjan Laur": the name,
				// maybe after its role
				String between = (named != null) ? this.text.substring(from + verb.end(), named.span().start()) : "";
				if (named != null && between.matches("[\\s\\p{L}-]{0,60}")
						&& java.util.Arrays.stream(between.trim().split("\\s+"))
							.allMatch((w) -> w.isEmpty() || ROLE_WORDS.contains(SearchText.fold(w))
									|| ROLE_LEAD_WORDS.contains(SearchText.fold(w))
									|| Drafter.this.countries.code(w) != null)) {
					speaker = named.person();
					spanEnd = named.span().end();
				}
			}
			else {
				speaker = resolve(subjectSpan, from);
			}
			Org organization = (speaker == null) ? speakingOrganization(subjectSpan, from) : null;
			if (speaker == null && organization == null) {
				return null;
			}
			return new Attribution(speaker, organization, new Span(from, spanEnd));
		}

		/**
		 * 'Kim Seo-yeon said in a statement, “', 'X told ELTA: "', 'According to X, "'.
		 */
		private @Nullable Attribution attributionBefore(int open) {
			int start = sentenceAt(Math.max(0, open - 1)).start();
			for (Span quote : this.quotes) {
				if (quote.end() < open && quote.end() + 1 > start) {
					start = quote.end() + 1;
				}
			}
			if (start >= open) {
				return null;
			}
			String chunk = this.text.substring(start, open);
			Matcher verb = SPEECH_VERB.matcher(chunk);
			Matcher according = Pattern.compile("\\b[Aa]ccording to\\b").matcher(chunk);
			if (verb.find()) {
				Span subject = new Span(start, start + verb.start());
				Person speaker = resolve(subject, start);
				Org organization = (speaker == null) ? speakingOrganization(subject, start) : null;
				if (speaker != null || organization != null) {
					return new Attribution(speaker, organization, new Span(firstNonSpace(start), open));
				}
			}
			else if (according.find()) {
				Person speaker = resolve(new Span(start + according.end(), open), start);
				if (speaker != null) {
					return new Attribution(speaker, null, new Span(firstNonSpace(start), open));
				}
			}
			return null;
		}

		private int firstNonSpace(int from) {
			while (from < this.text.length() && Character.isWhitespace(this.text.charAt(from))) {
				from++;
			}
			return from;
		}

		/**
		 * The end of the clause after a closing quote: the sentence end, or the next
		 * quote.
		 */
		private int clauseEnd(int from) {
			int end = from;
			while (end < this.text.length()) {
				char c = this.text.charAt(end);
				if (c == '\n' || c == '"' || c == '“' || ((c == '.' || c == '!' || c == '?') && endsSentence(end))) {
					break;
				}
				end++;
			}
			return end;
		}

		/**
		 * The speaker named in a subject: a name, a surname, a pronoun or "the minister".
		 */
		private @Nullable Person resolve(Span subject, int context) {
			PersonMention named = lastMentionIn(subject);
			if (named != null) {
				return named.person();
			}
			String words = SearchText.fold(subject.of(this.text));
			Matcher pronoun = Pattern.compile("\\b(he|she|they)\\b").matcher(words);
			if (pronoun.find()) {
				Person previous = previousSpeaker(context);
				return (previous != null) ? previous : lastMentioned(context);
			}
			Matcher role = Pattern.compile("\\bthe\\s+(?:([\\p{L}]+)\\s+)?(" + String.join("|", ROLE_WORDS) + ")\\b")
				.matcher(words);
			if (role.find()) {
				return byRole(role.group(2), role.group(1), context);
			}
			return null;
		}

		/**
		 * The organization a subject names ("according to Norr Systems") or refers back
		 * to ("according to the ministry": the last ministry named before; "the company":
		 * the last company).
		 */
		private @Nullable Org resolveOrganization(Span subject, int context) {
			Org last = null;
			String words = SearchText.fold(subject.of(this.text));
			Matcher kind = Pattern.compile("\\A(?:the|its)\\s+(?:[\\p{L}-]+\\s+)?(ministry|company)\\z").matcher(words);
			for (Org org : this.draft.organizations) {
				if (subject.start() <= org.mention.start() && org.mention.end() <= subject.end()) {
					return org;
				}
				if (kind.matches() && org.mention.end() <= context
						&& org.kind.equals(kind.group(1).equals("ministry") ? "MINISTRY" : "COMPANY")) {
					last = org;
				}
			}
			return last;
		}

		/**
		 * The organization a short subject names as the one speaking: "the Lithuanian
		 * defence ministry", "Norr Systems", or "the ministry" ("the company") referring
		 * back to the last one named. A longer subject, or one whose organization is not
		 * its last words ("Origo Systems will build ..., officials"), names none.
		 */
		/**
		 * "the Ukrainian ministry of strategic industries": a long name, two words at
		 * most before it, is still a short subject.
		 */
		private boolean endsWithLongOrganization(int start, int end) {
			for (Org org : this.draft.organizations) {
				if (org.mention.end() == end && start <= org.mention.start()
						&& this.text.substring(start, org.mention.start()).trim().split("\\s+").length <= 2) {
					return true;
				}
			}
			return false;
		}

		private @Nullable Org speakingOrganization(Span subject, int context) {
			int start = firstNonSpace(subject.start());
			int end = subject.end();
			while (end > start && Character.isWhitespace(this.text.charAt(end - 1))) {
				end--;
			}
			if (end <= start || (this.text.substring(start, end).split("\\s+").length > 5
					&& !endsWithLongOrganization(start, end))) {
				return null;
			}
			Span words = new Span(start, end);
			Org organization = resolveOrganization(words, context);
			if (organization != null && words.start() <= organization.mention.start()
					&& organization.mention.end() != end) {
				return null;
			}
			return organization;
		}

		/**
		 * "the minister": the last speaker if the role fits, else the last person named
		 * with that role.
		 */
		private @Nullable Person byRole(String role, @Nullable String qualifier, int context) {
			String country = (qualifier != null) ? Drafter.this.countries.code(capitalize(qualifier)) : null;
			Person previous = previousSpeaker(context);
			if (previous != null && fits(previous, role, country, true)) {
				return previous;
			}
			Person fallback = null;
			for (PersonMention pm : this.mentions) {
				if (pm.span().start() >= context) {
					break;
				}
				if (fits(pm.person(), role, country, false)) {
					fallback = pm.person();
				}
			}
			return (fallback != null) ? fallback : previous;
		}

		private boolean fits(Person person, String role, @Nullable String country, boolean lenient) {
			if (country != null && !country.equals(person.country)) {
				return false;
			}
			if (person.role == null) {
				return lenient;
			}
			String written = SearchText.fold(person.role);
			return written.contains(role) || (lenient && written.contains("counterpart"));
		}

		/**
		 * The speaker of the last statement before an offset, within the previous two
		 * sentences.
		 */
		private @Nullable Person previousSpeaker(int offset) {
			int index = sentenceIndex(offset);
			Stmt last = null;
			for (Stmt s : this.draft.statements) {
				if (s.speaker != null && s.text.start() < offset
						&& (last == null || s.text.start() > last.text.start())) {
					last = s;
				}
			}
			if (last != null && last.speaker != null && index - sentenceIndex(last.text.end() - 1) <= 3) {
				PersonMention named = lastMentionBetween(last.text.end(), offset);
				if (named == null || named.person() == last.speaker) {
					return last.speaker;
				}
				return named.person();
			}
			return lastMentioned(offset);
		}

		private @Nullable Person lastMentioned(int offset) {
			PersonMention last = lastMentionBetween(0, offset);
			return (last != null) ? last.person() : null;
		}

		private @Nullable PersonMention lastMentionBetween(int from, int to) {
			PersonMention last = null;
			for (PersonMention pm : this.mentions) {
				if (pm.span().start() >= from && pm.span().end() <= to && !insideQuote(pm.span())) {
					last = pm;
				}
			}
			return last;
		}

		private boolean insideQuote(Span span) {
			return this.quotes.stream().anyMatch((q) -> q.start() <= span.start() && span.end() <= q.end());
		}

		private @Nullable PersonMention lastMentionIn(Span span) {
			PersonMention last = null;
			for (PersonMention pm : this.mentions) {
				if (pm.span().start() >= span.start() && pm.span().end() <= span.end()) {
					last = pm;
				}
			}
			return last;
		}

		private @Nullable PersonMention firstMentionIn(Span span) {
			for (PersonMention pm : this.mentions) {
				if (pm.span().start() >= span.start() && pm.span().end() <= span.end()) {
					return pm;
				}
			}
			return null;
		}

		// reported speech

		private static final Pattern THAT_CLAUSE = Pattern.compile("\\A(?:[^,.;\"“”]{0,40}?\\s)?that\\s+");

		/**
		 * A verb of its own before "that": the "that" is inside the reported words ("said
		 * the plan was a step that would..."), not the attribution's ("said on Monday
		 * that").
		 */
		private static final Pattern CLAUSE_VERB = Pattern
			.compile("\\b(?:is|was|are|were|would|will|had|has|have|could|should|must|can|did)\\b");

		/**
		 * A subject with a who-clause between the name and the verb ("Ruta Zale, who
		 * stayed at home, said ..."); group 1 is the name.
		 */
		private static final Pattern COORDINATED = Pattern.compile("\\s+\\p{Ll}+ed\\s[^,\"“”]*?\\s+and\\s*\\z");

		/** "whose director X" after a comma: a relative clause whose subject speaks. */
		private static final Pattern RELATIVE_SPEAKER = Pattern.compile("\\s*(?:whose|who)\\s");

		private static final Pattern APPOSITION = Pattern
			.compile("\\A(?:[^,]+,\\s+)?([^,]+),\\s+(?:who|whose)\\s[^,]+,\\s*\\z");

		/**
		 * What may follow the verb of a trailing attribution ("CLAUSE, Ozols said."): a
		 * day, "in a statement", a place, "reporters" ("the minister told reporters"),
		 * and a closing clause ("Ozols added, without giving a date.").
		 */
		private static final Pattern TRAILING_REST = Pattern
			.compile("(?:on \\w+|in a statement|at [^,.]+|(?:reporters|journalists)(?: (?:in|on|at) [^,.]+)?"
					+ "|(?:the\\s+)?(?:news\\s+agency|agency|newspaper|daily|broadcaster|(?:public\\s+)?(?:radio|television))"
					+ "\\s+\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*(?: on \\w+)?)?"
					+ "(?:,\\s+(?:without|but|citing|while|as|when)\\s[^.]+)?[.!]?");

		/**
		 * A trailing attribution of a few words after the sentence's last comma ("...,
		 * the Ukrainian defence ministry said on Wednesday."): the country it names is
		 * who speaks, not a party.
		 */
		private static final Pattern ATTRIBUTION = Pattern.compile(",\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){1,6}?(?:"
				+ SPEECH_VERBS + ")\\s*" + TRAILING_REST.pattern() + "\\s*\\z");

		private void reportedSpeech() {
			for (Span whole : List.copyOf(this.sentences)) {
				// "RIGA, 12 November (Ledger) - Lithuania will ..., X said on Monday":
				// the
				// lead sentence starts after the dateline, whose comma is no
				// attribution's
				Span sentence = (whole.start() < this.dateline.end() && this.dateline.end() < whole.end())
						? new Span(firstNonSpace(this.dateline.end()), whole.end()) : whole;
				if (this.quotes.stream()
					.anyMatch((q) -> q.overlaps(sentence) && !(q.start() >= sentence.start()
							&& q.end() <= sentence.end() && q.start() > sentence.start() + 1))) {
					continue;
				}
				String s = sentence.of(this.text);
				int base = sentence.start();
				Matcher according = Pattern.compile("\\A[Aa]ccording to ([^,]{2,80}),\\s+").matcher(s);
				if (according.find()) {
					int whoEnd = according.end(1);
					int textFrom = according.end();
					Matcher apposed = Pattern.compile("\\A\\p{Lu}[^,.]{1,60}(?=,\\s+)").matcher(s.substring(textFrom));
					if (apposed.find() && isMentioned(new Span(base + textFrom, base + textFrom + apposed.end()))) {
						// "According to the ministry's spokesperson, Jana Horakova, the
						// memorandum ...": the name set off after the role is who speaks
						whoEnd = textFrom + apposed.end();
						textFrom = firstNonSpace(base + whoEnd + 1) - base;
					}
					Span who = new Span(base + according.start(1), base + whoEnd);
					Person speaker = resolve(who, base);
					Org body = (speaker == null) ? resolveOrganization(who, base) : null;
					if (speaker != null || body != null) {
						paraphrase(speaker, new Span(base + textFrom, sentence.end()), sentence, null, body);
					}
					continue;
				}
				// "..., according to the ministry's spokesperson, Jana Horakova.": the
				// apposed name too
				Matcher trailingAccording = Pattern
					.compile(",\\s+according to ([^,.]{2,80}(?:,\\s+\\p{Lu}[^,.]{1,60})?)\\.?\\z")
					.matcher(s);
				if (trailingAccording.find()) {
					Span who = new Span(base + trailingAccording.start(1), base + trailingAccording.end(1));
					Person speaker = resolve(who, base);
					Org body = (speaker == null) ? resolveOrganization(who, base) : null;
					if (speaker != null || body != null) {
						paraphrase(speaker, new Span(base, base + trailingAccording.start()), sentence, null, body);
					}
					continue;
				}
				Matcher verb = SPEECH_VERB.matcher(s);
				if (!verb.find()) {
					continue;
				}
				String subject = s.substring(0, verb.start());
				if (subject.contains("\"") || subject.contains("“") || subject.contains("”")) {
					continue;
				}
				// "Armonaite, who stayed in Vilnius, said that ...": the speaker is the
				// name
				// before the who-clause
				// "X, who attended ..., thanked the government and said that ...": the
				// speaker is the subject of both verbs
				Matcher coordinated = COORDINATED.matcher(subject);
				String head = coordinated.find() ? subject.substring(0, coordinated.start()) : subject;
				Matcher apposition = APPOSITION.matcher(head);
				int lastComma = subject.lastIndexOf(',');
				Span who = new Span(base, base + head.length());
				if (apposition.matches()) {
					// "Ukraine's ambassador in London, Oksana Hrytsenko, who ...": the
					// name,
					// not the role before it
					who = new Span(base + apposition.start(1), base + apposition.end(1));
				}
				else if (lastComma >= 0 && RELATIVE_SPEAKER.matcher(subject.substring(lastComma + 1)).lookingAt()) {
					// "... Radmet Systems, whose director Pavel Jandl said the firm ..."
					who = new Span(base + lastComma + 1, base + verb.start());
				}
				else if (subject.contains(",")) {
					// "CLAUSE, she noted."
					int comma = subject.lastIndexOf(',');
					String rest = s.substring(verb.end()).trim();
					Span by = new Span(base + comma + 1, base + verb.start());
					Person speaker = resolve(by, base);
					// "..., the Lithuanian defence ministry said.", "..., the ministry
					// added.": no person is named, the organization speaks
					Org organization = (speaker == null) ? speakingOrganization(by, by.start()) : null;
					// "Latvia, which had pledged ..., withdrew ..., the ministry said.":
					// the
					// whole clause before the attribution, commas and all
					if ((speaker != null || organization != null) && TRAILING_REST.matcher(rest).matches()) {
						paraphrase(speaker, new Span(base, base + comma), sentence,
								dayIn(new Span(base + verb.start(), sentence.end())), organization);
					}
					continue;
				}
				Person speaker = resolve(who, base);
				// "The Lithuanian defence ministry said on Monday that ...": the
				// organization speaks
				Org organization = (speaker == null) ? speakingOrganization(who, who.start()) : null;
				if (speaker == null && organization == null) {
					continue;
				}
				int clause = base + verb.end();
				String after = this.text.substring(clause, sentence.end());
				Matcher that = THAT_CLAUSE.matcher(after);
				int textStart;
				if (that.find() && !CLAUSE_VERB.matcher(after.substring(0, that.end())).find()) {
					textStart = clause + that.end();
				}
				else if (speaker != null
						&& after.matches("\\A\\s+(?:the|a|an|his|her|its|their|\\p{Lu}[\\p{L}]*)\\s[\\s\\S]*")
						&& !after.startsWith(" in ") && !verb.group().equals("told")) {
					// an organization's words need their "that": "the ministry announced
					// the purchase" reports what it did
					textStart = clause + 1;
				}
				else {
					continue;
				}
				String clauseText = this.text.substring(textStart, sentence.end());
				if (clauseText.contains("\"") || clauseText.contains("“")) {
					continue;
				}
				int adding = clauseText.indexOf(", adding that ");
				if (adding >= 0) {
					paraphrase(speaker, new Span(textStart, textStart + adding), sentence,
							dayIn(new Span(base, textStart)), organization);
					paraphrase(speaker, new Span(textStart + adding + ", adding that ".length(), sentence.end()),
							sentence, null, organization);
				}
				else {
					paraphrase(speaker, new Span(textStart, sentence.end()), sentence, dayIn(new Span(base, textStart)),
							organization);
				}
			}
			// ", adding that ..." after a direct quote
			Matcher adding = Pattern.compile(", adding that ").matcher(this.text);
			while (adding.find()) {
				Span sentence = sentenceAt(adding.start());
				Stmt quote = null;
				for (Stmt s : this.draft.statements) {
					if (s.kind.equals("DIRECT_QUOTE") && s.evidence.get(0).end() <= adding.start()
							&& s.evidence.get(0).end() >= sentence.start() - 1 && s.speaker != null) {
						quote = s;
					}
				}
				boolean covered = this.draft.statements.stream().anyMatch((s) -> s.text.start() == adding.end());
				if (quote != null && !covered) {
					paraphrase(Objects.requireNonNull(quote.speaker), new Span(adding.end(), sentence.end()), sentence,
							null);
				}
			}
		}

		private void paraphrase(Person speaker, Span clause, Span sentence, @Nullable String saidOn) {
			paraphrase(speaker, clause, sentence, saidOn, null);
		}

		/**
		 * A paraphrase of a person or, when the article names none ("according to the
		 * ministry"), of an organization.
		 */
		private void paraphrase(@Nullable Person speaker, Span clause, Span sentence, @Nullable String saidOn,
				@Nullable Org organization) {
			int start = firstNonSpace(clause.start());
			int end = clause.end();
			while (end > start && Character.isWhitespace(this.text.charAt(end - 1))) {
				end--;
			}
			if (end - start < 10
					|| this.draft.wronglySaid != null && this.draft.wronglySaid.overlaps(new Span(start, end))) {
				// what a report wrongly said is no one's statement here
				return;
			}
			Stmt stmt = new Stmt("PARAPHRASE", new Span(start, end));
			stmt.speaker = speaker;
			stmt.organization = organization;
			stmt.saidOn = saidOn;
			stmt.evidence.add(new Span(Math.min(sentence.start(), start), Math.max(sentence.end(), end)));
			this.draft.statements.add(stmt);
		}

		// dates

		private void dates() {
			Matcher m = WEEKDAY.matcher(this.text);
			while (m.find()) {
				if (insideQuote(new Span(m.start(), m.end()))) {
					continue;
				}
				LocalDate date = resolveDay(m.group(1));
				if (date != null) {
					this.draft.dates.add(new DateRef(date, m.group(1), new Span(m.start(), m.end())));
				}
			}
			Matcher d = DAY_MONTH.matcher(this.text);
			while (d.find()) {
				Span span = new Span(d.start(), d.end());
				if (span.overlaps(this.dateline)) {
					continue;
				}
				try {
					int day = Integer.parseInt((d.group(1) != null) ? d.group(1) : d.group(5));
					Month month = Month
						.valueOf(((d.group(2) != null) ? d.group(2) : d.group(4)).toUpperCase(Locale.ROOT));
					String year = (d.group(1) != null) ? d.group(3) : d.group(6);
					LocalDate date = LocalDate.of((year != null) ? Integer.parseInt(year) : this.draft.date.getYear(),
							month, day);
					if (year == null && date.isAfter(this.draft.date)) {
						date = date.minusYears(1);
					}
					this.draft.dates.add(new DateRef(date, date.toString(), span));
				}
				catch (RuntimeException ex) {
					// not a calendar date ("31 February"): not proposed
				}
			}
		}

		private @Nullable LocalDate resolveDay(String word) {
			if (word.equals("today")) {
				return this.draft.date;
			}
			if (word.equals("yesterday")) {
				return this.draft.date.minusDays(1);
			}
			return SeedFolder.resolveDate(this.draft.date, word);
		}

		/**
		 * The day written in a span, as the curated file writes it (weekday name or ISO).
		 */
		private @Nullable String dayIn(Span span) {
			Matcher m = WEEKDAY.matcher(span.of(this.text));
			while (m.find()) {
				if (!m.group(1).equals("today") && !m.group(1).equals("yesterday")) {
					return m.group(1);
				}
				LocalDate date = resolveDay(m.group(1));
				return (date != null) ? date.toString() : null;
			}
			for (DateRef ref : this.draft.dates) {
				if (span.start() <= ref.span().start() && ref.span().end() <= span.end()) {
					return ref.date().toString();
				}
			}
			return null;
		}

		// money and quantities

		private void money() {
			Matcher m = MONEY_BEFORE.matcher(this.text);
			while (m.find()) {
				Matcher to = RANGE_TO.matcher(this.text).region(m.end(), this.text.length());
				if (to.lookingAt()) {
					// "EUR 20–30 million": the sum is the range's upper end, its lower
					// end
					// taking the upper's scale when it has none of its own
					String scale = (to.group(2) != null) ? to.group(2) : null;
					Money upper = money(m.group(1), to.group(1), scale, new Span(m.start(), to.end()));
					BigDecimal from = new BigDecimal(m.group(2).replace(",", ""));
					String fromScale = (m.group(3) != null) ? m.group(3) : scale;
					if (fromScale != null) {
						from = from.multiply(scale(fromScale));
					}
					if (from.signum() > 0 && from.compareTo(upper.amount()) < 0) {
						this.draft.money.add(upper);
						this.rangeLows.put(upper, from);
						m.region(to.end(), this.text.length());
						continue;
					}
				}
				addMoney(m.group(1), m.group(2), m.group(3), new Span(m.start(), m.end()));
			}
			m = MONEY_AFTER.matcher(this.text);
			while (m.find()) {
				Span span = new Span(m.start(), m.end());
				if (this.draft.money.stream().noneMatch((x) -> x.span().overlaps(span))) {
					addMoney(m.group(3), m.group(1), m.group(2), span);
				}
			}
			this.draft.money.sort(Comparator.comparingInt((Money x) -> x.span().start()));
			// "120 million pounds ($152 million)": the wire's conversion of the sum
			// before,
			// not a second sum
			for (int i = this.draft.money.size() - 1; i > 0; i--) {
				Span before = this.draft.money.get(i - 1).span();
				Span after = this.draft.money.get(i).span();
				if (CONVERSION.matcher(this.text.substring(before.end(), after.start())).matches()) {
					this.draft.money.remove(i);
				}
			}
			// what a correction withdraws is proposed nowhere; what its notice gives as
			// right is kept for the agreement's value, not proposed as a sum of its own
			this.draft.money.removeIf((x) -> isWithdrawn(x.span()));
			for (Money x : List.copyOf(this.draft.money)) {
				if (this.notices.stream().anyMatch((n) -> n.overlaps(x.span()))) {
					this.correctedSums.add(x);
					this.draft.money.remove(x);
				}
			}
			Matcher q = QUANTITY.matcher(this.text);
			while (q.find()) {
				Span span = new Span(q.start(), q.end());
				if (this.draft.money.stream().noneMatch((x) -> x.span().overlaps(span))) {
					this.draft.quantities.add(span);
				}
			}
		}

		/**
		 * What lies between a sum and its conversion: "120 million pounds ($152
		 * million)", "£5m (about €5.8m)".
		 */
		private static final Pattern CONVERSION = Pattern
			.compile("\\s*\\(\\s*(?:(?:about|around|roughly|some|approximately|nearly|almost|or)\\s+)?");

		/**
		 * The lower end of a range whose upper end is the sum {@code upper}, when the
		 * words before it pair up ("between … and", "from … to", "…–") and it is below
		 * the sum: "20" takes the sum's scale ("between 20 and 30 million"); null
		 * otherwise.
		 */
		private @Nullable BigDecimal rangeFrom(Matcher range, Money upper) {
			String lead = (range.group(1) != null) ? range.group(1).toLowerCase(Locale.ROOT) : "";
			String link = (range.group(4) != null) ? range.group(4).toLowerCase(Locale.ROOT) : "-";
			if (!lead.equals(switch (link) {
				case "and" -> "between";
				case "to" -> "from";
				default -> "";
			})) {
				return null;
			}
			BigDecimal from = new BigDecimal(range.group(2).replace(",", ""));
			String scale = range.group(3);
			if (scale == null) {
				Matcher own = Pattern.compile("\\d\\s?(million|billion|trillion|bn|mln|m|thousand|crore|lakh)\\b")
					.matcher(upper.span().of(this.text));
				scale = own.find() ? own.group(1) : null;
			}
			if (scale != null) {
				from = from.multiply(scale(scale));
			}
			return (from.signum() > 0 && from.compareTo(upper.amount()) < 0) ? from : null;
		}

		private static BigDecimal scale(String scale) {
			return switch (scale) {
				case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000L);
				case "thousand" -> BigDecimal.valueOf(1_000L);
				case "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
				case "crore" -> BigDecimal.valueOf(10_000_000L);
				case "lakh" -> BigDecimal.valueOf(100_000L);
				default -> BigDecimal.valueOf(1_000_000L);
			};
		}

		private void addMoney(String currency, String number, @Nullable String scale, Span span) {
			this.draft.money.add(money(currency, number, scale, span));
		}

		private static Money money(String currency, String number, @Nullable String scale, Span span) {
			// "Polish zlotys": the country's word adds nothing to the currency's
			String words = currency.toLowerCase(Locale.ROOT);
			String last = words.substring(words.lastIndexOf(' ') + 1);
			String code = CURRENCY.getOrDefault(words, CURRENCY.getOrDefault(last, currency.toUpperCase(Locale.ROOT)));
			BigDecimal amount = new BigDecimal(number.replace(",", ""));
			if (scale != null) {
				amount = amount.multiply(scale(scale));
			}
			return new Money(code, amount, span);
		}

		/**
		 * Proposes a Money field for every amount: an agreement's value when the amount
		 * is in one of its sentences, otherwise a commitment's amount with the countries
		 * of its sentence as obligor and beneficiary (none named: no proposal, the amount
		 * is still listed).
		 */
		private void amounts() {
			for (Money money : this.draft.money) {
				Span sentence = sentenceAt(money.span().start());
				if (sentence.start() < this.dateline.end() && this.dateline.end() <= money.span().start()) {
					// "TALLINN, 19 February (Baltic Newsroom) – Estonia will spend …"
					sentence = new Span(firstNonSpace(this.dateline.end()), sentence.end());
				}
				// "between 20 and 30 million euros", "from 20 to 30 million", "20–30
				// million":
				// a range, the sum read being its upper end
				Matcher range = RANGE_FROM.matcher(this.text.substring(sentence.start(), money.span().start()));
				BigDecimal low = this.rangeLows.get(money);
				BigDecimal from = (low != null) ? low : range.find() ? rangeFrom(range, money) : null;
				int begin = (from != null && low == null) ? sentence.start() + range.start() : money.span().start();
				Matcher qualifier = APPROXIMATE.matcher(this.text.substring(sentence.start(), begin));
				boolean approximate = qualifier.find();
				Span words = new Span(approximate ? sentence.start() + qualifier.start() : begin, money.span().end());
				Amount amount = new Amount(money, approximate, words, from);
				Deal deal = this.draft.agreements.stream()
					.filter((d) -> d.evidence.stream().anyMatch((e) -> e.overlaps(money.span())))
					.findFirst()
					.orElse(null);
				if (deal != null
						&& !PLEDGED.matcher(this.text.substring(sentence.start(), money.span().start())).find()) {
					if (deal.value == null) {
						deal.value = amount;
					}
					continue;
				}
				// "Lithuania will put 15 million euros into a fund ... under the
				// memorandum":
				// money a country gives under the agreement, not what the agreement is
				// worth
				List<String> named = new ArrayList<>();
				List<String> recipients = new ArrayList<>();
				String said = sentence.of(this.text);
				for (Named country : countriesIn(said)) {
					if (!named.contains(country.code())) {
						named.add(country.code());
						if (country.recipient()) {
							recipients.add(country.code());
						}
					}
				}
				Deal one = (this.draft.agreements.size() == 1) ? this.draft.agreements.get(0) : null;
				if (one != null && one.value == null
						&& (REFERS_BACK.matcher(said).find() || DEAL_NOUN.matcher(said).find())
						&& TOTAL.matcher(this.text.substring(sentence.start(), money.span().start())).find()) {
					// "the coalition ... a package worth a total of 180 million euros":
					// what
					// the draft's one agreement is worth in all
					one.value = amount;
					addEvidence(one, sentence);
					continue;
				}
				// ", the Latvian defence ministry said": who reports the sum, not whose
				Matcher attribution = ATTRIBUTION.matcher(said);
				boolean ownNamed = !countriesIn(attribution.find() ? said.substring(0, attribution.start()) : said)
					.isEmpty();
				if (!ownNamed && one != null && one.value == null && !isHandedOver(said) && !insideAnyQuote(sentence)
						&& WORTH.matcher(this.text.substring(sentence.start(), money.span().start())).find()
						&& !PLEDGED.matcher(this.text.substring(sentence.start(), money.span().start())).find()) {
					// "The package the three countries agreed is worth 150 million
					// euros": no country, no agreement's noun, but the article tells of
					// one agreement; proposed as its value, the header asking to check
					one.value = amount;
					if (!DEAL_NOUN.matcher(said).find()) {
						one.valueFromUnnamed = sentence;
					}
					Matcher due = DUE_BY.matcher(said);
					if (INSTALMENTS.matcher(said).find() && due.find()) {
						// "worth 90 million euros, paid in three instalments by 2027":
						// who
						// pays is not said; the header names the date
						one.instalmentsDueBy = dueBy(due);
					}
					addEvidence(one, sentence);
					continue;
				}
				if (named.isEmpty() && one != null && isHandedOver(said)) {
					// "The missiles, handed over at an air base on Monday, are worth
					// ...":
					// a delivery of the one agreement, by its one giver
					List<String> oneGivers = one.parties.stream()
						.filter((code) -> !one.recipients.contains(code))
						.toList();
					if (oneGivers.size() == 1 && !one.recipients.isEmpty()) {
						named.add(oneGivers.get(0));
					}
				}
				List<String> givers = named.stream().filter((code) -> !recipients.contains(code)).toList();
				if (!named.isEmpty()) {
					Pledge pledge = new Pledge(amount, sentence);
					pledge.status = firmness(said);
					List<String> coalition = (this.draft.agreements.size() == 1)
							? this.draft.agreements.get(0).parties.stream()
								.filter((code) -> !recipients.contains(code))
								.toList()
							: List.of();
					if (givers.isEmpty() && !recipients.isEmpty() && coalition.size() > 1) {
						pledge.obligors.addAll(coalition);
						pledge.beneficiary = recipients.get(0);
					}
					else if (givers.isEmpty()) {
						pledge.obligor = named.get(0);
						pledge.beneficiary = (named.size() > 1) ? named.get(1) : null;
					}
					else {
						// "Norway will pay ... for Ukraine, with Iceland ...": the one it
						// goes
						// "to" or "for" is the beneficiary, whichever country comes first
						pledge.obligor = givers.get(0);
						pledge.beneficiary = !recipients.isEmpty() ? recipients.get(0)
								: (givers.size() > 1) ? givers.get(1) : null;
					}
					Named listed = listedGiver(money, sentence);
					if (listed != null) {
						// "Britain will put 70 million pounds into the coalition, Finland
						// 30 million pounds and Estonia 20 million pounds": each sum is
						// the
						// country's named just before it, given where the money goes
						pledge.obligors.clear();
						pledge.obligor = listed.code();
						pledge.beneficiary = !recipients.isEmpty() ? recipients.get(0)
								: (one != null && !one.recipients.isEmpty()) ? one.recipients.iterator().next() : null;
						pledge.part = new Span(listed.start(), amount.words().end());
					}
					if (deal != null || one != null) {
						// an article that tells of one agreement: its money is that
						// agreement's ("Norway plans to invest ..." after the letter)
						pledge.agreement = (deal != null) ? deal : one;
					}
					deliveries(pledge, sentence);
					handedOver(pledge, one, said);
					if (one != null && one.value == null && givers.size() == 1 && INSTALMENTS.matcher(said).find()
							&& WORTH.matcher(this.text.substring(sentence.start(), money.span().start())).find()) {
						// "The contract is worth 90 million euros, which Ukraine will pay
						// in three instalments by 2027": the agreement's value, and the
						// payer's commitment of that sum by that date
						one.value = amount;
						addEvidence(one, sentence);
					}
					this.draft.commitments.add(pledge);
				}
			}
		}

		/** A country a sentence names, at its offset in the sentence. */
		private record Named(String code, int start, boolean recipient) {
		}

		/**
		 * The countries a sentence names as who, in its order: not those that say where
		 * ("near the Polish border", "built in Poland") or whose money it is ("Norwegian
		 * kroner"); each marked when things go "to" or "for" it.
		 */
		private List<Named> countriesIn(String said) {
			List<Named> named = new ArrayList<>();
			Matcher country = Drafter.this.countries.pattern().matcher(said);
			while (country.find()) {
				String code = Drafter.this.countries
					.code((country.group(1) != null) ? country.group(1) : country.group(2));
				if (code == null || PLACE_NOUN.matcher(said).region(country.end(), said.length()).lookingAt()
						|| CURRENCY_AFTER.matcher(said).region(country.end(), said.length()).lookingAt()
						|| PLACE_BEFORE.matcher(said.substring(0, country.start())).find()) {
					continue;
				}
				named.add(new Named(code, country.start(), isRecipient(said, country.start())));
			}
			return named;
		}

		/**
		 * The giver of a sum in a sentence that lists sums each after its own country
		 * ("Britain will put 70 million pounds into the coalition, Finland 30 million
		 * pounds and Estonia 20 million pounds"), with its offset in the text; null
		 * unless every sum of the sentence follows exactly one giver of its own.
		 */
		private @Nullable Named listedGiver(Money money, Span sentence) {
			List<Money> listed = this.draft.money.stream()
				.filter((x) -> sentence.start() <= x.span().start() && x.span().end() <= sentence.end())
				.toList();
			if (listed.size() < 2) {
				return null;
			}
			Set<String> codes = new HashSet<>();
			Named mine = null;
			int from = sentence.start();
			for (Money x : listed) {
				List<Named> givers = countriesIn(this.text.substring(from, x.span().start())).stream()
					.filter((n) -> !n.recipient())
					.toList();
				if (givers.size() != 1 || !codes.add(givers.get(0).code())) {
					return null;
				}
				if (x == money) {
					mine = new Named(givers.get(0).code(), from + givers.get(0).start(), false);
				}
				from = x.span().end();
			}
			return mine;
		}

		/**
		 * "The batch, handed over at a depot on Tuesday, comprised ...": a delivery on a
		 * day, so the commitment is fulfilled then; when its giver is a party of the
		 * draft's one agreement and the sentence names no receiver, it goes where that
		 * agreement's things go, under it.
		 */
		private void handedOver(Pledge pledge, @Nullable Deal one, String said) {
			if (!isHandedOver(said)) {
				return;
			}
			pledge.fulfilledOn = dayIn(pledge.sentence);
			if (one != null && pledge.obligors.isEmpty() && pledge.beneficiary == null && pledge.obligor != null
					&& one.parties.contains(pledge.obligor) && !one.recipients.contains(pledge.obligor)
					&& !one.recipients.isEmpty()) {
				pledge.beneficiary = one.recipients.iterator().next();
				pledge.agreement = one;
			}
			Matcher back = REFERS_BACK_TO_THINGS.matcher(said);
			int index = sentenceIndex(pledge.sentence.start());
			if (pledge.quantity == null && back.lookingAt() && index > 0) {
				// "Norway has delivered the first 40 ... missiles to Poland. The
				// missiles,
				// handed over ... on Monday, are worth ...": the batch of the sentence
				// before
				Span before = this.sentences.get(index - 1);
				this.draft.quantities.stream()
					.filter((q) -> before.start() <= q.start() && q.end() <= before.end()
							&& q.of(this.text).endsWith(back.group(1)))
					.findFirst()
					.ifPresent((q) -> pledge.quantity = q);
			}
		}

		/**
		 * "The missiles, ...": a sentence that begins with the things of the one before.
		 */
		private static final Pattern REFERS_BACK_TO_THINGS = Pattern.compile("\\s*The\\s+([a-z-]+)\\b");

		/** "handed over", "delivered" in a sentence, not "will be delivered". */
		private static boolean isHandedOver(String said) {
			Matcher verb = HANDED_OVER.matcher(said);
			return verb.find() && !FUTURE.matcher(said.substring(Math.max(0, verb.start() - 20), verb.start())).find();
		}

		private static final Pattern HANDED_OVER = Pattern
			.compile("\\b(?:handed over|delivered|shipped|transferred|arrived)\\b");

		private static final Pattern FUTURE = Pattern.compile("\\b(?:will|would|to be|is due|are due|shall)\\b");

		/** "could be built in Poland", "a plant near Lithuania": where, not who. */
		private static final Pattern PLACE_BEFORE = Pattern
			.compile("\\b(?:(?:built|based|located|situated|headquartered|assembled|produced|manufactured|stationed)"
					+ "\\s+in|near|close to|outside)\\s+(?:the\\s+)?\\z");

		/** "the Polish border": a country's word that says where, not who. */
		private static final Pattern PLACE_NOUN = Pattern
			.compile("\\s+(?:border|borders|frontier|capital|coast|port|airspace|territory|soil)\\b");

		private void addEvidence(Deal deal, Span sentence) {
			if (deal.evidence.stream().noneMatch(sentence::overlaps)) {
				deal.evidence.add(sentence);
			}
		}

		/**
		 * The draft's one agreement as a coalition: open to others joining ("the
		 * coalition, which is open to other allies joining"), and led by one of its
		 * parties ("with Denmark leading the procurement"), the others its members.
		 */
		private void coalition() {
			if (this.draft.agreements.size() != 1) {
				return;
			}
			Deal deal = this.draft.agreements.get(0);
			for (Span sentence : this.sentences) {
				String s = sentence.of(this.text);
				boolean own = deal.evidence.contains(sentence);
				if (insideAnyQuote(sentence)
						|| !own && !REFERS_BACK.matcher(s).find() && !DEAL_NOUN.matcher(s).find()) {
					continue;
				}
				if (OPEN_TO_ACCESSION.matcher(s).find()) {
					deal.openToAccession = true;
					addEvidence(deal, sentence);
				}
				if (own && deal.lead == null) {
					lead(deal, sentence);
				}
				joined(deal, sentence);
				agreedToJoin(deal, sentence);
				left(deal, sentence);
				stages(deal, sentence);
			}
		}

		/**
		 * The lifecycle verbs proposed as agreement events, each with its stage, in past
		 * tense only ("signed", not "will sign" or "to be signed").
		 */
		private static final Map<LifecycleStage, Pattern> STAGE_VERBS = stageVerbs();

		private static Map<LifecycleStage, Pattern> stageVerbs() {
			Map<LifecycleStage, Pattern> verbs = new EnumMap<>(LifecycleStage.class);
			verbs.put(LifecycleStage.SIGNED, Pattern.compile("\\bsigned\\b"));
			verbs.put(LifecycleStage.RATIFIED, Pattern.compile("\\bratified\\b"));
			verbs.put(LifecycleStage.IN_FORCE, Pattern.compile("\\b(?:entered|came|went)\\s+into\\s+force\\b"));
			verbs.put(LifecycleStage.SUSPENDED, Pattern.compile("\\bsuspended\\b"));
			verbs.put(LifecycleStage.RESUMED, Pattern.compile("\\bresumed\\b"));
			verbs.put(LifecycleStage.TERMINATED, Pattern.compile("\\b(?:terminated|scrapped|cancell?ed|canceled)\\b"));
			return verbs;
		}

		/** The words that name the agreement itself as what a verb acts on. */
		private static final String STAGE_NOUN = "(?:coalition|initiative|programme|program|agreement|memorandum"
				+ "|letter|declaration|framework|deal|contract|treaty|pact|accord|protocol|partnership|scheme)";

		/**
		 * "the agreement", "their joint shell-production programme", "it" after an active
		 * verb ("suspended the programme on Monday"), not "deliveries under the
		 * programme", "its participation in the coalition" or "the coalition's training".
		 */
		private static final Pattern STAGE_OBJECT = Pattern
			.compile("\\A\\s+(?:it\\b|(?:the|its|their|this|that|a|an)\\s+((?:[\\p{L}-]+\\s+){0,4}?)" + STAGE_NOUN
					+ "\\b(?![\\p{L}'\u2019-]))");

		/**
		 * "the agreement was suspended", "the programme resumed", "it entered into
		 * force": the agreement as the subject right before the verb, with its auxiliary
		 * (group 1) when passive.
		 */
		private static final Pattern STAGE_SUBJECT = Pattern
			.compile("(?:\\b[Ii]t|\\b" + STAGE_NOUN + ")\\s+((?:(?:was|were|has been|have been|had been)\\s+)?)"
					+ "(?:(?:formally|officially|finally|also)\\s+)?\\z");

		/** Words between the article and the noun that make the noun another thing's. */
		private static final Pattern NOT_THE_DEAL = Pattern.compile(
				"\\b(?:in|of|under|for|to|with|from|by|at|on|about|participation|membership|part|talks|deliveries)\\b");

		/** Wording that hedges or denies what the verb says: nothing is proposed. */
		private static final Pattern STAGE_HEDGE = Pattern.compile("\\b(?:not|never|reportedly|unconfirmed|rumou?rs?"
				+ "|may|might|could|would|should|must|will|expected|yet|if|whether|allegedly)\\b");

		/**
		 * "Kyiv and Vilnius suspended the programme on Monday", "the memorandum was
		 * ratified by parliament on 3 March", "the agreement entered into force on 1
		 * April": a lifecycle event of the agreement on the day, month or year the verb's
		 * clause gives, as a participant's leaving is read ({@link #left}); a clause with
		 * another lifecycle verb, a hedge or no date proposes nothing.
		 */
		private void stages(Deal deal, Span whole) {
			Span sentence = afterDateline(whole);
			String s = sentence.of(this.text);
			List<int[]> verbs = new ArrayList<>();
			List<LifecycleStage> stages = new ArrayList<>();
			STAGE_VERBS.forEach((stage, verb) -> {
				Matcher m = verb.matcher(s);
				while (m.find()) {
					verbs.add(new int[] { m.start(), m.end() });
					stages.add(stage);
				}
			});
			for (int i = 0; i < verbs.size(); i++) {
				int start = verbs.get(i)[0];
				int end = verbs.get(i)[1];
				LifecycleStage stage = stages.get(i);
				int from = subjectStart(s, start);
				int to = partEnd(s, end);
				boolean alone = true;
				for (int[] other : verbs) {
					alone &= other[0] == start || other[1] <= from || other[0] >= to;
				}
				String before = s.substring(from, start);
				if (!alone || STAGE_HEDGE.matcher(before).find() || STAGE_HEDGE.matcher(s.substring(end, to)).find()
						|| !actsOnTheDeal(stage, s, before, end)) {
					continue;
				}
				String on = dateAfter(new Span(sentence.start() + end, sentence.start() + to));
				if (on != null
						&& deal.stages.stream().noneMatch((known) -> known.stage() == stage && known.on().equals(on))) {
					deal.stages.add(new Stage(stage, on, sentence));
				}
			}
		}

		/**
		 * Whether the verb at {@code end} acts on the agreement: its object ("suspended
		 * the programme"), or its subject right before it ("the programme was suspended";
		 * "the programme resumed" and "it entered into force" without an auxiliary).
		 */
		private static boolean actsOnTheDeal(LifecycleStage stage, String s, String before, int end) {
			Matcher object = STAGE_OBJECT.matcher(s).region(end, s.length());
			if (stage != LifecycleStage.IN_FORCE && object.lookingAt()
					&& (object.group(1) == null || !NOT_THE_DEAL.matcher(object.group(1)).find())) {
				return true;
			}
			Matcher subject = STAGE_SUBJECT.matcher(before);
			return subject.find() && (!subject.group(1).isEmpty() || stage == LifecycleStage.IN_FORCE
					|| stage == LifecycleStage.RESUMED);
		}

		/** "a British-led coalition". */
		private static final Pattern HYPHEN_LED = Pattern.compile("\\b(\\p{Lu}[\\p{L}\\p{M}]+)-led\\b");

		/** "joined": a country taking part from then on. */
		private static final Pattern JOINED = Pattern.compile("\\bjoined\\b");

		/** "signed its accession (to the coalition)", "acceded to it": a joining. */
		private static final Pattern ACCEDED = Pattern
			.compile("\\b(?:signed\\s+(?:its|their)\\s+accession|acceded\\s+to)\\b");

		/** A date straight after "joined" ("formally joined on 3 March"). */
		private static final Pattern JOINED_ON = Pattern.compile("\\A\\s+(?:on|in|last|this|earlier this)\\b");

		/**
		 * "Estonia, which agreed to join ..., ", "Finland, whose government agreed ...,
		 * ": the sentence's subject (group 1) before a relative clause.
		 */
		private static final Pattern RELATIVE_SUBJECT = Pattern
			.compile("\\A([^,]+),\\s+(?:which|who|whose)\\b[^,]*,\\s+");

		/** "as an observer": a country following it without taking part. */
		private static final Pattern AS_OBSERVER = Pattern.compile("\\bas an? observers?\\b");

		/** What "joined" must be followed by: "it", or the coalition, group or deal. */
		private static final Pattern JOINED_WHAT = Pattern.compile("\\A\\s+(?:it\\b|(?:[\\p{L}-]+\\s+){0,4}?"
				+ "(?:coalition|group|initiative|alliance|partnership|scheme|programme|agreement|letter|memorandum"
				+ "|declaration|framework)\\b)");

		/**
		 * "Finland and Estonia joined a British-led coalition ... on Thursday", "the
		 * Netherlands joined it in July": the countries of the clause before the verb are
		 * members from that day or month; "Norway follows the coalition's work as an
		 * observer": an observer.
		 */
		private void joined(Deal deal, Span whole) {
			Span sentence = afterDateline(whole);
			String s = sentence.of(this.text);
			Matcher agreeing = AGREED_TO_JOIN.matcher(s);
			int agreedAt = agreeing.find() ? agreeing.start() : s.length();
			for (Pattern verb : List.of(JOINED, ACCEDED, AS_OBSERVER)) {
				Matcher m = verb.matcher(s);
				while (m.find()) {
					// "joined the coalition", or "joined on 3 March" after the clause
					// that agreed to join it
					if (verb == JOINED && !JOINED_WHAT.matcher(s).region(m.end(), s.length()).lookingAt()
							&& !(agreedAt < m.start()
									&& JOINED_ON.matcher(s).region(m.end(), s.length()).lookingAt())) {
						continue;
					}
					int from = subjectStart(s, m.start());
					List<String> codes = subjects(s.substring(from, m.start()));
					Matcher relative = RELATIVE_SUBJECT.matcher(s);
					if (codes.isEmpty() && relative.lookingAt() && relative.end() <= m.start()) {
						// "Estonia, which agreed to join it in January, joined ...": the
						// subject before the relative clause
						from = 0;
						codes = subjects(relative.group(1));
					}
					boolean dated = verb != AS_OBSERVER;
					int to = partEnd(s, m.end());
					Span clause = new Span(sentence.start() + from, sentence.start() + (dated ? to : m.end()));
					String on = dated ? dateAfter(new Span(sentence.start() + m.end(), sentence.start() + to)) : null;
					for (String code : codes) {
						if (deal.joined.stream().noneMatch((j) -> j.party().equals(code))) {
							deal.joined.add(new Joined(code, dated ? "MEMBER" : "OBSERVER", on, clause));
						}
					}
				}
			}
		}

		/**
		 * "agreed (in principle) to join", "agreed on Monday to join", "announced it
		 * would join": a party that will take part, not yet one that does; the day may
		 * stand between the verb and "to join".
		 */
		private static final Pattern AGREED_TO_JOIN = Pattern
			.compile("\\b(?:agreed(?:\\s+in\\s+principle)?(?:\\s+(?:on|in|at the end of|last|this|earlier this)"
					+ "\\s+[\\p{L}\\d ]{1,25}?)?(?:\\s+in\\s+principle)?\\s+to\\s+join"
					+ "|(?:announced|said|confirmed)(?:\\s+(?:on|in|last|this)\\s+[\\p{L}\\d ]{1,25}?)?\\s+(?:that\\s+)?"
					+ "(?:it|they)\\s+would\\s+join)\\b");

		/**
		 * "and", "but" before another verb ("and joined", "and will sign", "and expects
		 * to"): where an agreeing's clause ends.
		 */
		private static final Pattern AND_THEN = Pattern
			.compile("\\s+(?:and|but|before|then)\\s+(?:then\\s+)?(?:\\p{Ll}+ed|will|would|expects?|plans?|intends?"
					+ "|hopes?|is|are)\\b");

		/**
		 * "Finland agreed on Monday to join the coalition", "Sweden announced last month
		 * it would join it": the countries of the clause before the verb agreed to join
		 * on that day or month (their {@code agreedOn}); an agreeing the sentence does
		 * not date proposes nothing, as {@code agreedOn} needs a day.
		 */
		private void agreedToJoin(Deal deal, Span whole) {
			Span sentence = afterDateline(whole);
			String s = sentence.of(this.text);
			Matcher m = AGREED_TO_JOIN.matcher(s);
			while (m.find()) {
				if (!JOINED_WHAT.matcher(s).region(m.end(), s.length()).lookingAt()) {
					continue;
				}
				int from = subjectStart(s, m.start());
				int to = partEnd(s, m.end());
				// "agreed ... in January and joined it on Thursday": the agreeing's day
				// only
				Matcher then = AND_THEN.matcher(s).region(m.end(), to);
				to = then.find() ? then.start() : to;
				String on = dateAfter(new Span(sentence.start() + m.start(), sentence.start() + to));
				if (on == null) {
					continue;
				}
				List<String> codes = subjects(s.substring(from, m.start()));
				Matcher relative = RELATIVE_SUBJECT.matcher(s);
				if (codes.isEmpty() && relative.lookingAt() && relative.end(1) < m.start()
						&& m.start() < relative.end()) {
					// "Estonia, which agreed to join the coalition in January, ...": the
					// subject the relative clause is of
					from = 0;
					codes = subjects(relative.group(1));
				}
				Span clause = new Span(sentence.start() + from, sentence.start() + to);
				for (String code : codes) {
					if (deal.agreed.stream().noneMatch((j) -> j.party().equals(code))) {
						deal.agreed.add(new Joined(code, "MEMBER", on, clause));
					}
				}
			}
		}

		/**
		 * "withdrew from", "pulled out of", "left", "quit": a party leaving what it took
		 * part in.
		 */
		private static final Pattern LEFT = Pattern
			.compile("\\b(?:withdr(?:ew|aws?|awn)|pulled out|pulls out|backed out|dropped out|left|leaves|quit"
					+ "|quits)(?:\\s+(?:from|of))?");

		/**
		 * "suspended its participation": a pause, not a leaving, as the party stays and
		 * may resume; proposed as {@code suspendedOn} when it is its part in the
		 * agreement itself that it suspends ({@link #IN_IT}), on a day the article gives.
		 */
		private static final Pattern SUSPENDED = Pattern
			.compile("\\bsuspend(?:ed|s)\\s+(?:its|their)\\s+(?:participation|membership|part)\\b");

		/** "resumed its participation": the end of a suspension. */
		private static final Pattern RESUMED = Pattern
			.compile("\\bresum(?:ed|es)\\s+(?:its|their)\\s+(?:participation|membership|part)\\b");

		/** "rejoined", "returned to": a party joining again what it left. */
		private static final Pattern REJOINED = Pattern.compile("\\b(?:rejoined|rejoins|returned to|returns to)");

		/**
		 * "in the coalition", "in it", not "in the coalition's training": a suspension of
		 * the party's part in the agreement itself.
		 */
		private static final Pattern IN_IT = Pattern.compile("\\A\\s+in\\s+(?:it\\b|(?:[\\p{L}-]+\\s+){0,4}?"
				+ "(?:coalition|group|initiative|alliance|partnership|scheme|programme|agreement|framework)\\b"
				+ "(?!['\u2019]s))");

		/** The curated field each verb proposes. */
		private static final Map<Pattern, String> FIELDS = Map.of(LEFT, "leftOn", SUSPENDED, "suspendedOn", RESUMED,
				"resumedOn", REJOINED, "rejoinedOn");

		/**
		 * "Latvia withdrew from the coalition on 3 March", "Sweden pulled out of it last
		 * month", "Norway left the initiative in January": the countries of the clause
		 * before the verb (or, after a clause of their own, "Latvia, which had pledged
		 * ..., withdrew from it", the sentence's subject) left on that day, month or
		 * year; "Estonia suspended its participation" is noted, not proposed.
		 */
		private void left(Deal deal, Span whole) {
			Span sentence = afterDateline(whole);
			String s = sentence.of(this.text);
			for (Pattern verb : List.of(LEFT, SUSPENDED, REJOINED, RESUMED)) {
				Matcher m = verb.matcher(s);
				while (m.find()) {
					if ((verb == LEFT || verb == REJOINED)
							&& !JOINED_WHAT.matcher(s).region(m.end(), s.length()).lookingAt()) {
						continue;
					}
					int from = subjectStart(s, m.start());
					List<String> codes = subjects(s.substring(from, m.start()));
					if (codes.isEmpty() && s.indexOf(", ") > 0 && s.indexOf(", ") < m.start()) {
						// "Latvia, which had pledged ..., withdrew from it": the subject
						// before the clause
						from = 0;
						codes = subjects(s.substring(0, s.indexOf(", ")));
					}
					int to = partEnd(s, m.end());
					Span clause = new Span(sentence.start() + from, sentence.start() + to);
					String on = dateAfter(new Span(sentence.start() + m.end(), sentence.start() + to));
					// a suspension of a part of what the party does is only noted
					boolean noted = verb == SUSPENDED
							&& (on == null || !IN_IT.matcher(s).region(m.end(), s.length()).lookingAt());
					String field = Objects.requireNonNull(FIELDS.get(verb));
					for (String code : codes) {
						if (deal.left.stream().noneMatch((l) -> l.party().equals(code) && l.field().equals(field))) {
							deal.left.add(new Left(code, field, noted ? null : on, clause, noted));
						}
					}
				}
			}
		}

		/** The countries a clause names as its subject, not as where things go. */
		private List<String> subjects(String clause) {
			return countriesIn(clause).stream().filter((n) -> !n.recipient()).map(Named::code).distinct().toList();
		}

		/**
		 * Where the part of a sentence from {@code from} ends: its next comma or stop.
		 */
		private static int partEnd(String s, int from) {
			int to = from;
			while (to < s.length() && ",.;".indexOf(s.charAt(to)) < 0) {
				to++;
			}
			return to;
		}

		/** Where the clause of a verb begins: after the last comma, and an "and". */
		private int subjectStart(String s, int verbAt) {
			int from = Math.max(s.lastIndexOf(", ", verbAt), s.lastIndexOf("; ", verbAt));
			from = (from < 0) ? 0 : from + 2;
			Matcher connector = Pattern.compile("\\A(?:and|while|but)\\s+").matcher(s.substring(from));
			return connector.find() ? from + connector.end() : from;
		}

		/**
		 * The day, month or year in words after a verb, as the curated file writes it:
		 * "on Tuesday", "on 3 March" (ISO), "in January", "last month" (its ISO month).
		 */
		private @Nullable String dateAfter(Span after) {
			String on = dayIn(after);
			on = (on != null) ? on : monthIn(after);
			if (on == null) {
				Matcher relative = RELATIVE_MONTH.matcher(after.of(this.text));
				if (relative.find()) {
					YearMonth month = YearMonth.from(this.draft.date);
					on = switch (relative.group(1)) {
						case "last month" -> month.minusMonths(1).toString();
						case "this month", "earlier this month" -> month.toString();
						case "last year" -> String.valueOf(this.draft.date.getYear() - 1);
						default -> String.valueOf(this.draft.date.getYear());
					};
				}
			}
			return on;
		}

		/** "last month", "this year": a month or a year before the article's own. */
		private static final Pattern RELATIVE_MONTH = Pattern
			.compile("\\b(last month|earlier this month|this month|last year|earlier this year|this year)\\b");

		/**
		 * Words after an agreement's noun that name which one ("coalition for Ukraine").
		 */
		private static final Pattern NAMED_AFTER = Pattern
			.compile("\\A\\s+(?:that|which|for|of|to|against|on\\s+(?!\\d|\\p{Lu}))\\s*\\p{L}");

		/** A correction's words about what a report said. */
		private static final Pattern WRONGLY = Pattern.compile("\\b(?:wrongly|incorrectly|erroneously|mistakenly)\\b");

		/**
		 * A report of a leaving, a joining or an agreeing to join without a signing ("The
		 * Netherlands withdrew from the British-led coalition that builds river patrol
		 * boats for Ukraine on 3 March", "Finland agreed on Monday to join the
		 * coastal-artillery coalition for Ukraine", "Lithuania suspended its
		 * participation in the coalition ..."): the agreement named, by its words, with
		 * no parties of its own (a dataset's agreement the party took part in, else the
		 * one of that title, is the one meant). A bare "the coalition" names none.
		 */
		private void membershipWithoutSigning() {
			if (!this.draft.agreements.isEmpty()) {
				return;
			}
			for (Span whole : this.sentences) {
				Span sentence = afterDateline(whole);
				String s = sentence.of(this.text);
				if (insideAnyQuote(whole) || this.notices.contains(whole)) {
					continue;
				}
				for (Pattern verb : List.of(LEFT, AGREED_TO_JOIN, JOINED, ACCEDED, SUSPENDED)) {
					Matcher m = verb.matcher(s);
					while (m.find()) {
						Matcher what = LEFT_WHAT.matcher(s).region(m.end(), s.length());
						if (!what.lookingAt() || s.startsWith("'s", what.end()) || s.startsWith("’s", what.end())
								|| verb == SUSPENDED && !IN_IT.matcher(s).region(m.end(), s.length()).lookingAt()) {
							// a suspension of a part of what it does, or of its part in a
							// memorandum of two, is only noted
							continue;
						}
						int from = subjectStart(s, m.start());
						Matcher relative = RELATIVE_SUBJECT.matcher(s);
						if (countriesIn(s.substring(from, m.start())).isEmpty() && !(relative.lookingAt()
								&& relative.end(1) < m.start() && !countriesIn(relative.group(1)).isEmpty())) {
							continue;
						}
						if (verb != LEFT && what.group(1).strip().equals(what.group(2))
								&& !NAMED_AFTER.matcher(s).region(what.end(), s.length()).lookingAt()
								|| WRONGLY.matcher(s).find()) {
							// "agreed to join the coalition": which one, the article does
							// not
							// say here; "wrongly said that ... suspended": not a report
							// of it
							continue;
						}
						String title = undated(title(sentence.start() + what.start(1), sentence));
						String kind = kindOfNoun(what.group(2).toLowerCase(Locale.ROOT));
						Deal deal = new Deal(kind, title);
						deal.fromMembership = true;
						deal.evidence.add(whole);
						this.draft.agreements.add(deal);
						return;
					}
				}
			}
		}

		/**
		 * A report of an agreement's suspension (termination, resumption, ratification,
		 * entry into force) without a signing ("Estonia suspended its defence-industry
		 * memorandum with Finland on 3 May"): the agreement, titled and with the parties
		 * as the sentence gives them and no signing day, its event then proposed from the
		 * same sentence ({@link #stages}), so that the curator gives it the id of the
		 * agreement already curated ({@code draft --dataset} does, by its parties and
		 * kind; {@code validate} names the likely one).
		 */
		private void stageWithoutSigning() {
			if (!this.draft.agreements.isEmpty()) {
				return;
			}
			for (Span whole : this.sentences) {
				Span sentence = afterDateline(whole);
				String s = sentence.of(this.text);
				if (insideAnyQuote(whole) || this.notices.contains(whole)) {
					continue;
				}
				for (Map.Entry<LifecycleStage, Pattern> verb : STAGE_VERBS.entrySet()) {
					Matcher m = verb.getValue().matcher(s);
					while (verb.getKey() != LifecycleStage.SIGNED && m.find()) {
						String before = s.substring(subjectStart(s, m.start()), m.start());
						if (STAGE_HEDGE.matcher(before).find()
								|| STAGE_HEDGE.matcher(s.substring(m.end(), partEnd(s, m.end()))).find()
								|| !actsOnTheDeal(verb.getKey(), s, before, m.end())) {
							continue;
						}
						// the agreement's words: the verb's object, else its subject
						Matcher object = STAGE_OBJECT.matcher(s).region(m.end(), s.length());
						Matcher noun = Pattern.compile("\\b" + STAGE_NOUN + "\\b").matcher(s);
						int at = -1;
						if (object.lookingAt() && object.group(1) != null) {
							at = object.start(1);
						}
						else if (!object.lookingAt()) {
							while (noun.find() && noun.start() < m.start()) {
								at = noun.start();
							}
						}
						if (at < 0) {
							continue;
						}
						Matcher named = Pattern.compile("\\A(?:[\\p{L}-]+\\s+){0,4}?(" + STAGE_NOUN + ")\\b")
							.matcher(s.substring(at));
						// "letter of intent", "memorandum of understanding": the noun
						// whole
						Matcher full = DEAL_NOUN.matcher(s).region(at, partEnd(s, at));
						String word = full.find() ? full.group(1).toLowerCase(Locale.ROOT)
								: named.find() ? named.group(1).toLowerCase(Locale.ROOT) : "agreement";
						String kind = kindOfNoun(word);
						List<String> parties = subjects(s.substring(0, partEnd(s, m.end())));
						String title = undated(title(sentence.start() + at, sentence));
						List<String> names = parties.stream()
							.map((code) -> Drafter.this.countries.names().get(code))
							.filter(Objects::nonNull)
							.map(Objects::requireNonNull)
							.toList();
						if (!names.isEmpty() && names.stream().noneMatch(title::contains)) {
							title = String.join("–", names) + " " + title.substring(0, 1).toLowerCase(Locale.ROOT)
									+ title.substring(1);
						}
						Deal deal = new Deal(kind, capitalize(title));
						deal.parties.addAll(parties);
						deal.fromStage = verb.getKey();
						deal.evidence.add(whole);
						this.draft.agreements.add(deal);
						return;
					}
				}
			}
		}

		/**
		 * The kind of what a report names by its noun without a signing ("the coalition",
		 * "its memorandum", "the programme").
		 */
		private String kindOfNoun(String noun) {
			return switch (noun) {
				case "coalition", "group", "alliance", "initiative", "partnership" -> "COALITION";
				case "programme", "program", "scheme" -> "OTHER";
				default -> Objects.requireNonNullElse(dealKind(noun), "AGREEMENT");
			};
		}

		/** A title less the date its words run into ("... coalition on 3 March"). */
		private static String undated(String title) {
			Matcher date = TITLE_DATE.matcher(title);
			return date.find() ? title.substring(0, date.start()) : title;
		}

		private static final Pattern TITLE_DATE = Pattern
			.compile("\\s+(?:on|in|last|this|earlier)\\s+(?:\\d|\\p{Lu}|month|year|week)");

		/** What a party left, named: "the British-led coalition that builds ...". */
		private static final Pattern LEFT_WHAT = Pattern
			.compile("(?:\\s+(?:in|to))?\\s+(?:the\\s+|a\\s+|an\\s+)?((?:[\\p{L}-]+\\s+){0,4}?"
					+ "(coalition|group|initiative|alliance|partnership|scheme|programme|agreement|letter|memorandum"
					+ "|declaration|framework)\\b)");

		private void lead(Deal deal, Span sentence) {
			String s = sentence.of(this.text);
			Matcher hyphenLed = HYPHEN_LED.matcher(s);
			while (hyphenLed.find()) {
				// "a British-led coalition" (the country's word is no country match
				// before its hyphen)
				String code = Drafter.this.countries.code(hyphenLed.group(1));
				if (code != null && deal.parties.contains(code)) {
					deal.lead = code;
					deal.leadEvidence = new Span(sentence.start() + hyphenLed.start(),
							sentence.start() + hyphenLed.end());
					break;
				}
			}
			Matcher country = Drafter.this.countries.pattern().matcher(s);
			Span named = null;
			boolean hyphen = deal.lead != null;
			while (country.find()) {
				String code = Drafter.this.countries
					.code((country.group(1) != null) ? country.group(1) : country.group(2));
				if (code == null || !deal.parties.contains(code)) {
					continue;
				}
				Matcher leads = LEADS.matcher(s).region(country.end(), s.length());
				boolean ledBy = Pattern.compile("\\bled by (?:the )?\\z")
					.matcher(s.substring(Math.max(0, country.start() - 12), country.start()))
					.find();
				if (!hyphen && (leads.lookingAt() || ledBy)) {
					deal.lead = code;
					deal.leadEvidence = ledBy
							? new Span(sentence.start() + s.lastIndexOf("led by", country.start()),
									sentence.start() + country.end())
							: new Span(sentence.start() + country.start(), sentence.start() + leads.end());
					break;
				}
				// "Denmark, Norway and the Netherlands": the parties named together
				int start = sentence.start() + country.start();
				int end = sentence.start() + country.end();
				named = (named != null
						&& this.text.substring(named.end(), start).matches(",?\\s+(?:and\\s+)?(?:the\\s+)?|,\\s*"))
								? new Span(named.start(), end) : (named == null) ? new Span(start, end) : named;
			}
			if (deal.lead != null) {
				deal.partiesEvidence = (named != null) ? named : sentence;
			}
		}

		/** "the first 500 drones": a first tranche. */
		private static final Pattern FIRST_TRANCHE = Pattern.compile("\\b[Tt]he first (\\d[\\d,]*)\\b");

		/** "2,000 in all": the total after a first tranche. */
		private static final Pattern IN_ALL = Pattern
			.compile("\\b(\\d[\\d,]*)\\s+(?:in all|in total|all told|altogether)\\b");

		/** "by April", "by the end of 2026": a delivery date, the year optional. */
		private static final Pattern BY_DATE = Pattern
			.compile("\\bby (?:the end of |the middle of |end-)?(?:(" + MONTHS + ")(?:\\s+(\\d{4}))?|(\\d{4}))\\b");

		/**
		 * "The first 500 drones are due by April, and 2,000 in all by the end of 2026": a
		 * sentence without money that splits the draft's one agreement's delivery into a
		 * first tranche and its total, each a commitment of the agreement's parties to
		 * the one it goes to, with its own quantity and date.
		 */
		private void tranches() {
			if (this.draft.agreements.size() != 1) {
				return;
			}
			Deal deal = this.draft.agreements.get(0);
			for (Span sentence : this.sentences) {
				String s = sentence.of(this.text);
				Matcher first = FIRST_TRANCHE.matcher(s);
				Matcher all = IN_ALL.matcher(s);
				if (insideAnyQuote(sentence)
						|| this.draft.commitments.stream().anyMatch((c) -> c.sentence.equals(sentence))) {
					continue;
				}
				if (!first.find() || !all.find(first.end())) {
					delivery(deal, sentence);
					continue;
				}
				int base = sentence.start();
				Span firstWords = this.draft.quantities.stream()
					.filter((q) -> q.start() == base + first.start(1))
					.findFirst()
					.orElse(new Span(base + first.start(1), base + first.end(1)));
				Matcher item = Pattern.compile("\\A(?:\\d[\\d,]*|" + NUMBER_WORDS + ")\\s+(.+)\\z")
					.matcher(firstWords.of(this.text));
				Pledge tranche = deliveryOf(deal, sentence);
				tranche.quantity = firstWords;
				tranche.dueBy = dueBy(s.substring(first.end(), all.start()));
				Pledge total = deliveryOf(deal, sentence);
				total.quantity = new Span(base + all.start(), base + all.end());
				total.quantityItem = item.find() ? item.group(1) : null;
				total.dueBy = dueBy(s.substring(all.end()));
			}
		}

		/**
		 * "a third batch of 10,000 rounds was due by the end of January 2026": a quantity
		 * due by a date, without money, is a delivery of the one agreement's givers.
		 */
		private void delivery(Deal deal, Span sentence) {
			String s = sentence.of(this.text);
			Matcher due = BY_DATE.matcher(s);
			Span quantity = this.draft.quantities.stream()
				.filter((q) -> sentence.start() <= q.start() && q.end() <= sentence.end())
				.findFirst()
				.orElse(null);
			if (quantity == null || deal.parties.stream().allMatch(deal.recipients::contains)) {
				return;
			}
			String day = null;
			Matcher handed = HANDED_OVER.matcher(s);
			if (isHandedOver(s) && handed.find() && this.draft.commitments.stream()
				.noneMatch((c) -> quantity.equals(c.quantity) || c.sentence.equals(sentence))) {
				// the day of the handing over, not of the saying ("..., the ministry said
				// on Wednesday"); a batch another sentence's commitment holds is that one
				Matcher speech = SPEECH_VERB.matcher(s);
				int end = speech.find(handed.end()) ? speech.start() : s.length();
				// nor of the signing of what it is delivered under ("under the letter of
				// intent they signed in Copenhagen on 10 February")
				Matcher signing = SIGNING.matcher(s).region(handed.end(), end);
				end = signing.find() ? signing.start() : end;
				day = dayIn(new Span(sentence.start(), sentence.start() + end));
			}
			if (day != null) {
				// "The first 60 naval drones ... were handed over to Ukraine ... on
				// Friday": delivered that day, to the party the sentence names
				Pledge pledge = deliveryOf(deal, sentence);
				pledge.quantity = quantity;
				pledge.fulfilledOn = day;
				// "to Ukraine", or "arrived in Kyiv": where it went, a party's capital
				String toCountry = recipientAmong(s, deal.parties);
				String to = (toCountry != null) ? toCountry : arrivedIn(s, deal.parties);
				if (!DEAL_NOUN.matcher(s).find() && !REFERS_BACK.matcher(s).find()) {
					pledge.agreementFromUnnamed = true;
				}
				if (pledge.beneficiary == null && to != null) {
					List<String> givers = deal.parties.stream().filter((code) -> !code.equals(to)).toList();
					pledge.beneficiary = to;
					pledge.obligor = (givers.size() == 1) ? givers.get(0) : null;
					pledge.obligors.clear();
					if (givers.size() > 1) {
						pledge.obligors.addAll(givers);
					}
				}
				return;
			}
			if (undertaking(deal, sentence)) {
				return;
			}
			if (!DELIVERY_WORD.matcher(s).find() || !due.find()) {
				return;
			}
			Pledge pledge = deliveryOf(deal, sentence);
			pledge.quantity = quantity;
			pledge.dueBy = dueBy(s.substring(due.start()));
		}

		/**
		 * "will supply", "is to deliver", "has pledged to send": a verb of handing over
		 * that undertakes to, not one that reports or hedges ("were shown", "could
		 * send").
		 */
		private static final Pattern UNDERTAKING = Pattern.compile("\\b(?:will|shall|(?:is|are) to"
				+ "|(?:(?:has|have)\\s+)?(?:pledged|promised|agreed|undertaken|undertook|committed)\\s+to)"
				+ "\\s+(?:supply|deliver|provide|send|hand over|transfer|donate)\\s+(?:another\\s+|a further\\s+"
				+ "|up to\\s+|at least\\s+|some\\s+|about\\s+)?(?=\\d|" + NUMBER_WORDS + ")");

		/** "this year", "next year", "in 2026": the year a quantity is due in. */
		private static final Pattern DUE_YEAR = Pattern.compile("\\b(?:(this|next) year|in (\\d{4}))\\b");

		/**
		 * "Finland will supply 20 armoured demining machines this year": a quantity
		 * straight after a verb that undertakes to hand it over, without money, is a
		 * commitment of the one agreement, owed by the party the clause names before the
		 * verb (else the agreement's givers) to the one it goes to (else the other of two
		 * parties), due by the "by ..." date or the year the sentence gives.
		 */
		private boolean undertaking(Deal deal, Span sentence) {
			String s = sentence.of(this.text);
			Matcher verb = UNDERTAKING.matcher(s);
			while (verb.find()) {
				int at = sentence.start() + verb.end();
				Span quantity = this.draft.quantities.stream().filter((q) -> q.start() == at).findFirst().orElse(null);
				if (quantity == null || insideAnyQuote(new Span(sentence.start() + verb.start(), at))) {
					continue;
				}
				int subjectAt = subjectStart(s, verb.start());
				String subject = s.substring(subjectAt, verb.start());
				Org company = organizationIn(subject);
				if (company == null && COMPANY_SUBJECT.matcher(subject).find()) {
					// "the company will deliver 12 radars": no country is its obligor
					continue;
				}
				List<String> subjects = subjects(subject).stream().filter(deal.parties::contains).toList();
				Pledge pledge = deliveryOf(deal, sentence);
				pledge.quantity = quantity;
				if (company != null) {
					// "South Korea's Daewon Aerospace will supply 18 ... systems to
					// Romania": the company undertakes it, not its country
					String to = recipientAmong(s, deal.parties);
					pledge.obligorOrganization = company;
					pledge.obligor = null;
					pledge.obligors.clear();
					pledge.beneficiary = (to != null && !to.equals(company.country)) ? to
							: Objects.equals(pledge.beneficiary, company.country) ? null : pledge.beneficiary;
				}
				else if (subjects.size() == 1) {
					String to = recipientAmong(s, deal.parties);
					List<String> others = deal.parties.stream().filter((p) -> !p.equals(subjects.get(0))).toList();
					pledge.obligor = subjects.get(0);
					pledge.obligors.clear();
					pledge.beneficiary = (to != null && !to.equals(pledge.obligor)) ? to
							: (others.size() == 1) ? others.get(0) : pledge.beneficiary;
				}
				String rest = s.substring(verb.end());
				Matcher year = DUE_YEAR.matcher(rest);
				pledge.dueBy = (dueBy(rest) != null) ? dueBy(rest)
						: !year.find() ? null : (year.group(2) != null) ? year.group(2)
								: String.valueOf(this.draft.date.getYear() + (year.group(1).equals("next") ? 1 : 0));
				return true;
			}
			return false;
		}

		/**
		 * "the company", "the firm", "the manufacturer", "the contractor": an
		 * organization's words for itself as a subject.
		 */
		private static final Pattern COMPANY_SUBJECT = Pattern
			.compile("\\b(?:company|firm|manufacturer|contractor|shipyard|group)\\b", Pattern.CASE_INSENSITIVE);

		/**
		 * The company (or other organization, not a ministry) the article names that some
		 * words name, by its name or its name's first word ("Daewon"), or null.
		 */
		private @Nullable Org organizationIn(String words) {
			for (Org org : this.draft.organizations) {
				if (org.kind.equals("MINISTRY")) {
					continue;
				}
				String first = org.name.split("\\s+")[0];
				if (words.contains(org.name) || (first.length() > 3
						&& Pattern.compile("\\b" + Pattern.quote(first) + "\\b").matcher(words).find())) {
					return org;
				}
			}
			return null;
		}

		/** The party whose capital a delivery "arrived in" ("in Kyiv"), or null. */
		private @Nullable String arrivedIn(String sentence, Set<String> parties) {
			Matcher in = ARRIVED_IN.matcher(sentence);
			while (in.find()) {
				String code = Drafter.this.countries.capitals().get(in.group(1));
				if (code != null && parties.contains(code)) {
					return code;
				}
			}
			return null;
		}

		private static final Pattern ARRIVED_IN = Pattern
			.compile("\\b(?:arrived|reached)\\s+(?:in\\s+)?(\\p{Lu}\\p{L}+)");

		/**
		 * The first of some parties a sentence names as where things go ("to Ukraine").
		 */
		private @Nullable String recipientAmong(String sentence, Set<String> parties) {
			Matcher country = Drafter.this.countries.pattern().matcher(sentence);
			while (country.find()) {
				String code = Drafter.this.countries
					.code((country.group(1) != null) ? country.group(1) : country.group(2));
				if (code != null && parties.contains(code) && isRecipient(sentence, country.start())) {
					return code;
				}
			}
			return null;
		}

		/**
		 * "plans to invest", "could contribute", "intends to": a commitment intended, not
		 * undertaken ("may" in lower case only: "by May" is a month).
		 */
		private static final Pattern INTENDED = Pattern.compile("\\b(?:(?i:plans?|planned|planning|intends?|intended"
				+ "|aims?|hopes?|wants?) to|could|may|might|would like to|(?:is|are) (?:considering|ready to"
				+ "|prepared to|willing to))\\b");

		/**
		 * "is negotiating", "in talks on", "discussing": a commitment under negotiation.
		 */
		private static final Pattern NEGOTIATING = Pattern
			.compile("\\b(?:negotiat\\w*|in talks|(?:is|are|were|was) (?:also )?discussing)\\b");

		/**
		 * "Latvia, which had pledged 8 million pounds ..., withdrew from the group",
		 * "pulled out of": a pledge taken back.
		 */
		private static final Pattern WITHDREW = Pattern.compile("\\b(?:withdr[ae]w|withdrawn|withdraws|pulled out"
				+ "|pulls out|backed out|dropped out|scrapped|cancell?ed)\\b");

		/**
		 * How firmly a commitment's sentence commits: UNDERTAKEN unless its words hedge.
		 */
		private static String firmness(String sentence) {
			return WITHDREW.matcher(sentence).find() ? "WITHDRAWN" : NEGOTIATING.matcher(sentence).find()
					? "UNDER_NEGOTIATION" : INTENDED.matcher(sentence).find() ? "INTENDED" : "UNDERTAKEN";
		}

		private static final Pattern DELIVERY_WORD = Pattern
			.compile("\\b(?:due|deliver(?:ed|ies|y)?|supplied|arrive|arrives|handed over)\\b");

		private Pledge deliveryOf(Deal deal, Span sentence) {
			Pledge pledge = new Pledge(null, sentence);
			pledge.status = firmness(sentence.of(this.text));
			List<String> givers = deal.parties.stream().filter((code) -> !deal.recipients.contains(code)).toList();
			if (givers.size() == 1) {
				pledge.obligor = givers.get(0);
			}
			else {
				pledge.obligors.addAll(givers);
			}
			pledge.beneficiary = deal.recipients.isEmpty() ? null : deal.recipients.iterator().next();
			pledge.agreement = deal;
			this.draft.commitments.add(pledge);
			return pledge;
		}

		/**
		 * The first "by ..." date of some words: a month ({@code 2026-04}; without a
		 * year, the next such month from the article's), or a year.
		 */
		private @Nullable String dueBy(String words) {
			Matcher by = BY_DATE.matcher(words);
			if (!by.find()) {
				return null;
			}
			if (by.group(1) == null) {
				return by.group(3);
			}
			int month = Month.valueOf(by.group(1).toUpperCase(Locale.ROOT)).getValue();
			int year = (by.group(2) != null) ? Integer.parseInt(by.group(2))
					: (month >= this.draft.date.getMonthValue()) ? this.draft.date.getYear()
							: this.draft.date.getYear() + 1;
			return year + "-" + String.format(Locale.ROOT, "%02d", month);
		}

		private static final Pattern DUE_BY = Pattern
			.compile("\\bby (?:the end of |the middle of |end-)?(?:(" + MONTHS + ")\\s+)?(\\d{4})\\b");

		/** The quantity and the delivery date a commitment's sentence states. */
		/** "paid in three instalments", "payable in yearly instalments". */
		private static final Pattern INSTALMENTS = Pattern.compile("\\binstal?ments?\\b");

		private static String dueBy(Matcher due) {
			return (due.group(1) != null)
					? due.group(2) + "-"
							+ String.format(Locale.ROOT, "%02d",
									java.time.Month.valueOf(due.group(1).toUpperCase(Locale.ROOT)).getValue())
					: due.group(2);
		}

		private void deliveries(Pledge pledge, Span sentence) {
			for (Span quantity : this.draft.quantities) {
				if (sentence.start() <= quantity.start() && quantity.end() <= sentence.end()) {
					Matcher qualifier = APPROXIMATE.matcher(this.text.substring(sentence.start(), quantity.start()));
					pledge.quantityApproximate = qualifier.find();
					pledge.quantity = pledge.quantityApproximate
							? new Span(sentence.start() + qualifier.start(), quantity.end()) : quantity;
					break;
				}
			}
			Matcher due = DUE_BY.matcher(sentence.of(this.text));
			if (due.find()) {
				pledge.dueBy = (due.group(1) != null)
						? due.group(2) + "-"
								+ String.format(Locale.ROOT, "%02d",
										java.time.Month.valueOf(due.group(1).toUpperCase(Locale.ROOT)).getValue())
						: due.group(2);
			}
		}

		// agreements

		private void agreements() {
			for (Span sentence : this.sentences) {
				if (insideQuote(sentence) || this.notices.contains(sentence)
						|| sentence.overlaps(this.dateline) && sentence.end() <= this.dateline.end()) {
					continue;
				}
				String s = sentence.of(this.text);
				Matcher signing = SIGNING.matcher(s);
				Matcher noun = DEAL_NOUN.matcher(s);
				boolean agreedTo = Pattern.compile("\\b(?:have|has|had)?\\s*agreed to\\b(?!\\s+join\\b)")
					.matcher(s)
					.find();
				boolean hasSigning = signing.find();
				boolean hasNoun = noun.find();
				// "It was signed by ...": the draft's one agreement, told of before
				boolean itSigned = !hasNoun && this.draft.agreements.size() == 1 && IT_SIGNED.matcher(s).lookingAt();
				if (!(hasSigning && (hasNoun || itSigned || s.contains("signatories")))
						&& !(agreedTo && !insideAnyQuote(sentence))) {
					continue;
				}
				boolean passing = false;
				if (hasNoun && hasSigning) {
					// the noun nearest to the signing verb: "the contract builds on the
					// memorandum signed in ..."
					int verbAt = signing.start();
					int best = Math.abs(noun.start() - verbAt);
					int bestStart = noun.start();
					while (noun.find()) {
						if (Math.abs(noun.start() - verbAt) < best) {
							best = Math.abs(noun.start() - verbAt);
							bestStart = noun.start();
						}
					}
					noun.find(bestStart);
					passing = inPassing(s, noun, signing);
				}
				String word = hasNoun ? noun.group(1).toLowerCase(Locale.ROOT) : "document";
				String kind = dealKind(word);
				Deal deal = null;
				for (Deal d : this.draft.agreements) {
					if (kind == null || d.kind.equals(kind) || (word.equals("agreement") && !hasSigning)) {
						deal = d;
					}
				}
				if (deal == null && kind == null && !this.draft.agreements.isEmpty()) {
					deal = this.draft.agreements.get(this.draft.agreements.size() - 1);
				}
				if (deal == null) {
					String title = hasNoun ? title(sentence.start() + noun.start(1), sentence) : "Agreement";
					if (kind == null) {
						kind = "AGREEMENT";
					}
					deal = new Deal((kind != null) ? kind : "AGREEMENT", title);
					this.draft.agreements.add(deal);
				}
				if (deal.evidence.stream().noneMatch(sentence::overlaps)) {
					deal.evidence.add(sentence);
				}
				if (passing) {
					deal.signedInPassing.add(sentence);
				}
				if (deal.signedOn == null && hasSigning) {
					// the date of the signing's own clause ("signed in Kyiv in November
					// 2024"), else (when the sentence tells of the signing itself) its
					// day
					Span clause = signingClause(sentence, signing.start());
					deal.signedOn = (monthIn(clause) != null) ? monthIn(clause) : dayIn(clause);
					if (deal.signedOn == null) {
						// "signed in Kyiv last week": written as the article words it, as
						// a
						// statement's "on Monday" is, for the loader to resolve
						Matcher period = RELATIVE_PERIOD.matcher(clause.of(this.text));
						deal.signedOn = period.find() ? period.group(1) : null;
					}
					if (deal.signedOn == null && !passing) {
						deal.signedOn = dayIn(sentence);
					}
				}
				if (deal.signedIn == null) {
					// not past "that replaces the letter ... signed in Riga": the place
					// of what it replaces (or is signed under)
					// ("under the memorandum the two countries signed in Kyiv": the
					// memorandum's own signing, after its noun, is not cut)
					int other = otherAgreementAt(s, hasSigning ? signing.start() : 0);
					Matcher place = Pattern.compile("\\b(?:signed|ceremony|agreed)\\b[^.]*?\\bin (\\p{Lu}[\\p{L}]+)")
						.matcher((other >= 0) ? s.substring(0, other) : s);
					if (place.find() && Drafter.this.countries.code(place.group(1)) == null
							&& !STOP_WORDS.contains(place.group(1).toLowerCase(Locale.ROOT))) {
						deal.signedIn = place.group(1);
					}
				}
				Matcher country = Drafter.this.countries.pattern().matcher(s);
				List<String> recipients = new ArrayList<>();
				List<String> places = new ArrayList<>();
				// ", the Ukrainian defence ministry said on Wednesday": who reports it,
				// not
				// a party
				Matcher attribution = ATTRIBUTION.matcher(s);
				int saidFrom = attribution.find() ? attribution.start() : s.length();
				while (country.find()) {
					String code = Drafter.this.countries
						.code((country.group(1) != null) ? country.group(1) : country.group(2));
					if (country.start() >= saidFrom) {
						continue;
					}
					if (code != null && IN_PLACE.matcher(s.substring(Math.max(0, country.start() - 4), country.start()))
						.find()) {
						// "armoured vehicles damaged in Ukraine": where, not who
						places.add(code);
					}
					else if (code != null && (isRecipient(s, country.start()) || isOwner(s, country))) {
						recipients.add(code);
						deal.recipients.add(code);
					}
					else if (code != null) {
						deal.parties.add(code);
					}
				}
				if (deal.parties.size() < 2) {
					// "Denmark signed a deal to supply Ukraine", "... an agreement with
					// Kyiv to ..."
					deal.parties.addAll(recipients);
				}
				if (deal.parties.size() < 2) {
					deal.parties.addAll(places);
				}
				if (hasSigning || agreedTo) {
					signatories(deal, sentence);
				}
			}
		}

		/**
		 * "replaces", "supersedes", "upgraded from", "an upgrade of": the agreement named
		 * before replaces the one named after; group 1 says the other way round ("was
		 * replaced by", "was turned into"), group 2 that the old one follows the verb and
		 * the new one "into" ("turned the letter into a memorandum").
		 */
		private static final Pattern REPLACING = Pattern.compile("\\b(?:(?:that|which)\\s+(?:will\\s+)?)?"
				+ "(?:(?<passive>(?:was|were|is|has been|had been|will be)\\s+(?:replaced|superseded|turned|upgraded)"
				+ "\\s+(?:by|into|to)\\b)|(?<turned>turned|converted)\\s+(?=[^,;.]*?\\binto\\b)"
				+ "|replaces|replaced|supersedes|superseded|will replace|will supersede|upgraded from|an upgrade of)\\b");

		/**
		 * The agreement an article says replaces another ("signed a memorandum ... that
		 * replaces the letter of intent ...", "The letter of intent ... was turned into
		 * the memorandum", "turned their letter of intent into a memorandum", "a
		 * memorandum upgraded from the letter of intent"): the draft's agreement of the
		 * new noun's kind (or its one agreement) keeps the words and the old noun's kind,
		 * for the writer to propose the SUPERSEDES link to the dataset's agreement.
		 */
		private void replacements() {
			for (Span sentence : this.sentences) {
				if (insideQuote(sentence) || this.notices.contains(sentence)) {
					continue;
				}
				String s = sentence.of(this.text);
				Matcher verb = REPLACING.matcher(s);
				if (!verb.find()
						|| insideAnyQuote(new Span(sentence.start() + verb.start(), sentence.start() + verb.end()))) {
					continue;
				}
				boolean passive = verb.group("passive") != null;
				int into = (verb.group("turned") != null) ? s.indexOf(" into ", verb.end()) : -1;
				String older;
				String newer = null;
				int oldAt = -1;
				if (into >= 0) {
					// "turned their letter of intent into a memorandum"
					older = nounNear(s, verb.end());
					newer = nounNear(s, into + " into".length());
				}
				else {
					// the noun nearest before the verb, and the one just after it
					String last = null;
					int lastAt = -1;
					Matcher noun = DEAL_NOUN.matcher(s.substring(0, verb.start()));
					while (noun.find()) {
						last = noun.group(1).toLowerCase(Locale.ROOT);
						lastAt = noun.start();
					}
					String next = nounNear(s, verb.end());
					older = passive ? last : next;
					newer = passive ? next : last;
					oldAt = passive ? lastAt : -1;
				}
				if (older == null || older.equals("document")) {
					continue;
				}
				String newKind = (newer != null) ? dealKind(newer) : null;
				Deal deal = null;
				for (Deal d : this.draft.agreements) {
					if (newKind != null && d.kind.equals(newKind)) {
						deal = d;
					}
				}
				if (deal == null && this.draft.agreements.size() == 1) {
					deal = this.draft.agreements.get(0);
				}
				if (deal == null || deal.replaces != null) {
					continue;
				}
				String oldKind = dealKind(older);
				// the clause that says it: from the verb (or the old agreement's noun
				// phrase, when it comes first) to the clause's end
				int from = (oldAt >= 0) ? clauseStart(s, oldAt) : verb.start();
				Matcher end = Pattern.compile("[,;]|\\.\\s*\\z").matcher(s);
				int to = end.find(verb.end()) ? end.start() : s.length();
				deal.replaces = new Span(sentence.start() + from, sentence.start() + to);
				deal.replacedKind = "AGREEMENT".equals(oldKind) ? null : oldKind;
			}
		}

		/** The agreement's noun at most three words after {@code at}, lower case. */
		private static @Nullable String nounNear(String sentence, int at) {
			Matcher near = DEAL_NOUN_NEAR.matcher(sentence.substring(at));
			return near.find() ? near.group(1).toLowerCase(Locale.ROOT) : null;
		}

		/**
		 * The start of a noun phrase's clause: after the last comma or semicolon before
		 * it.
		 */
		private static int clauseStart(String sentence, int at) {
			int comma = Math.max(sentence.lastIndexOf(", ", at), sentence.lastIndexOf("; ", at));
			int start = (comma >= 0) ? comma + 2 : 0;
			Matcher the = Pattern.compile("(?i)\\b(?:the|a|an|its|their)\\s+\\z")
				.matcher(sentence.substring(start, at));
			return the.find() ? start + the.start() : at;
		}

		/**
		 * "It was signed by ...", "It was signed in Riga": the one agreement's signing.
		 */
		private static final Pattern IT_SIGNED = Pattern.compile("\\s*It\\s+(?:was|had been|has been)\\s+signed\\b");

		/** "in" before a country: where something is, not who signs. */
		private static final Pattern IN_PLACE = Pattern.compile("\\bin\\s+\\z");

		/** "that replaces the letter of intent ...": what follows is another's. */
		private static final Pattern OTHER_AGREEMENT = Pattern
			.compile("\\b(?:that|which)\\s+(?:replaces|replaced|supersedes|superseded|amends|amended)\\b");

		/**
		 * A signing told in passing: the agreement's noun before the verb, which is a
		 * clause about it ("under the memorandum the two countries signed in Kyiv", "the
		 * memorandum signed in November 2024") that gives it no day of the article's
		 * week, or a signing dated by its month.
		 */
		private boolean inPassing(String sentence, Matcher noun, Matcher signing) {
			String clause = signingClause(sentence, signing.start());
			if (MONTH_YEAR.matcher(clause).find() || IN_MONTH.matcher(clause).find()) {
				return true;
			}
			String between = (noun.end() <= signing.start()) ? sentence.substring(noun.end(), signing.start()) : null;
			return between != null && !between.contains(",") && !AUXILIARY.matcher(between).find()
					&& !WEEKDAY.matcher(clause).find();
		}

		/** From the signing verb to the end of its clause. */
		private Span signingClause(Span sentence, int verbAt) {
			String clause = signingClause(sentence.of(this.text), verbAt);
			return new Span(sentence.start() + verbAt, sentence.start() + verbAt + clause.length());
		}

		/**
		 * From the signing verb to the end of its clause: a comma or semicolon, or where
		 * another agreement's words begin ("under the framework agreement the two
		 * countries signed in Oslo in March 2025", "that replaces the letter ...").
		 */
		private String signingClause(String sentence, int verbAt) {
			Matcher end = Pattern.compile("[,;]").matcher(sentence).region(verbAt, sentence.length());
			int to = end.find() ? end.start() : sentence.length();
			int other = otherAgreementAt(sentence, verbAt);
			return sentence.substring(verbAt, (other >= 0) ? Math.min(to, other) : to);
		}

		/**
		 * Where words about another agreement than the one signed begin, at or after
		 * {@code from}: "that replaces the letter ...", "under the framework agreement
		 * ..."; -1 when none do.
		 */
		private static int otherAgreementAt(String sentence, int from) {
			int at = -1;
			for (Pattern other : List.of(OTHER_AGREEMENT, UNDER_AGREEMENT)) {
				Matcher m = other.matcher(sentence).region(from, sentence.length());
				if (m.find() && (at < 0 || m.start() < at)) {
					at = m.start();
				}
			}
			return at;
		}

		/** "under the framework agreement ...": an agreement it is signed under. */
		private static final Pattern UNDER_AGREEMENT = Pattern
			.compile("\\b(?:under|within|implementing)\\s+(?:the|a|an|their|its)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?"
					+ DEAL_NOUNS, Pattern.CASE_INSENSITIVE);

		/**
		 * "in November 2024" in a span: {@code 2024-11}; "in May" (a signing the article
		 * looks back on): the latest May on or before the article's date.
		 */
		private @Nullable String monthIn(Span span) {
			Matcher m = MONTH_YEAR.matcher(span.of(this.text));
			if (m.find()) {
				return m.group(2) + "-" + String.format(Locale.ROOT, "%02d",
						Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue());
			}
			m = IN_MONTH.matcher(span.of(this.text));
			if (!m.find()) {
				return null;
			}
			YearMonth month = YearMonth.of(this.draft.date.getYear(),
					Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
			return (month.isAfter(YearMonth.from(this.draft.date)) ? month.minusYears(1) : month).toString();
		}

		/**
		 * A country named as where things go ("deliver drones to Ukraine", "boats for
		 * Ukraine"): a recipient, not a party or a giver.
		 */
		private static boolean isRecipient(String sentence, int countryStart) {
			return RECIPIENT.matcher(sentence.substring(Math.max(0, countryStart - 12), countryStart)).find();
		}

		private static final Pattern RECIPIENT = Pattern.compile("\\b(?:to|for)\\s+(?:the\\s+)?\\z");

		/**
		 * "the repair of Ukrainian air-defence radars": a country's adjective after "of"
		 * (or "for"), before a lower-case noun, says whose things they are, not who
		 * signs; named as the country its things go to.
		 */
		private boolean isOwner(String sentence, Matcher country) {
			return country.group(1) != null && Drafter.this.countries.adjectives().contains(country.group(1))
					&& OWNER_BEFORE.matcher(sentence.substring(Math.max(0, country.start() - 12), country.start()))
						.find()
					&& LOWER_CASE_NEXT.matcher(sentence).region(country.end(), sentence.length()).lookingAt();
		}

		private static final Pattern OWNER_BEFORE = Pattern.compile("\\b(?:of|for)\\s+(?:the\\s+)?\\z");

		private static final Pattern LOWER_CASE_NEXT = Pattern.compile("\\s+\\p{Ll}");

		private boolean insideAnyQuote(Span span) {
			return this.quotes.stream().anyMatch((q) -> q.overlaps(span));
		}

		private static final Pattern SIGNED_BY = Pattern.compile("\\b(?:signed|inked|concluded)\\b[^.;]*?\\bby\\s");

		private static final Pattern NEXT_CLAUSE = Pattern.compile(
				",\\s+(?:during|while|when|as|after|before|in the presence|on the sidelines|with)\\b|\\s+during\\b|"
						+ "\\s+in the presence of\\b");

		private void signatories(Deal deal, Span sentence) {
			String s = sentence.of(this.text);
			Matcher speech = SPEECH_VERB.matcher(s);
			int speechAt = speech.find() ? sentence.start() + speech.start() : -1;
			// "During X's visit, the memorandum was signed by A and B for Ukraine, while
			// C
			// looked on": the signers are named after "signed by", up to the next clause
			// "A and B signed the memorandum for Ukraine during a visit by C": the "by"
			// of
			// another clause names no signer; the signers come before the verb, and the
			// signing's clause ends where the visit's begins
			Matcher by = SIGNED_BY.matcher(s);
			boolean signedBy = by.find() && !NEXT_CLAUSE.matcher(s.substring(by.start(), by.end())).find();
			int from = signedBy ? sentence.start() + by.end() : sentence.start();
			Matcher verb = SIGNING.matcher(s);
			int clauseFrom = signedBy ? from : verb.find() ? sentence.start() + verb.end() : sentence.end();
			Matcher clause = NEXT_CLAUSE.matcher(this.text.substring(clauseFrom, sentence.end()));
			int to = clause.find() ? clauseFrom + clause.start() : sentence.end();
			// "..., X told the news agency TASR.", "according to the ministry's
			// spokesperson, Y": who reports the signing (the paraphrase's attribution)
			// is no signer, nor is the medium told
			List<Span> reported = this.draft.statements.stream()
				.filter((st) -> st.kind.equals("PARAPHRASE") && sentence.start() <= st.text.start()
						&& st.text.end() <= sentence.end() && SIGNING.matcher(st.text.of(this.text)).find())
				.map((st) -> st.text)
				.toList();
			java.util.function.Predicate<Span> reporting = (span) -> !reported.isEmpty()
					&& reported.stream().noneMatch((text) -> text.start() <= span.start() && span.end() <= text.end());
			for (PersonMention pm : this.mentions) {
				if (pm.span().start() < from || pm.span().end() > to || reporting.test(pm.span())) {
					continue;
				}
				// "…, Defence Minister X said": the one who reports the signing
				if (speechAt >= 0 && pm.span().end() <= speechAt && speechAt - pm.span().end() <= 12
						&& this.text.substring(sentence.start(), pm.span().start()).contains(",")) {
					continue;
				}
				deal.signatories.add(pm.person());
			}
			sides(deal, sentence);
			if (deal.signatories.isEmpty()) {
				for (Org org : this.draft.organizations) {
					if (sentence.start() <= org.mention.start() && org.mention.end() <= sentence.end()
							&& !reporting.test(org.mention)
							&& !this.text.substring(org.mention.end(), Math.min(sentence.end(), org.mention.end() + 6))
								.matches("\\s+said.*")) {
						deal.organizationSignatories.add(org);
					}
				}
			}
		}

		/**
		 * "the two countries' deputy defence ministers, Tomas Benes and Ihor Savchuk": as
		 * many signers as parties, named in the parties' order after their shared role.
		 */
		private static final Pattern COUNTRIES_ROLE = Pattern.compile(
				"\\b(?:the\\s+)?(?:two|three|four|both)\\s+countries['’]\\s+((?:[\\p{Ll}-]+\\s+){0,3}?[\\p{Ll}-]+?)s,\\s+");

		/**
		 * The signers named after "the two countries' deputy defence ministers, ..." sign
		 * for the parties in the order the article names them (A for the first country, B
		 * for the second), each with the role the phrase gives; a signer whose country
		 * the article gives otherwise keeps it.
		 */
		private void sides(Deal deal, Span sentence) {
			Matcher m = COUNTRIES_ROLE.matcher(sentence.of(this.text));
			if (!m.find()) {
				return;
			}
			String role = m.group(1);
			if (!ROLE_WORDS.contains(SearchText.fold(role.substring(role.lastIndexOf(' ') + 1)))) {
				return;
			}
			int after = sentence.start() + m.end();
			List<Person> named = this.mentions.stream()
				.filter((pm) -> pm.span().start() >= after && pm.span().end() <= sentence.end()
						&& deal.signatories.contains(pm.person()))
				.map(PersonMention::person)
				.distinct()
				.toList();
			List<String> parties = List.copyOf(deal.parties);
			if (named.size() != parties.size()) {
				return;
			}
			Span roleSpan = new Span(sentence.start() + m.start(1), sentence.start() + m.end(1));
			String written = java.util.Arrays.stream(role.split("\\s+"))
				.map((w) -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
				.collect(java.util.stream.Collectors.joining(" "));
			for (int i = 0; i < named.size(); i++) {
				Person person = named.get(i);
				if (person.country == null) {
					person.country = parties.get(i);
				}
				if (person.role == null) {
					person.role = written;
					person.roleSpan = roleSpan;
				}
			}
		}

		// events

		/**
		 * "during a visit by Defence Minister X", "on his visit to Kyiv", "during Ozols'
		 * two-day visit to Oslo on Monday": up to the end of its clause.
		 */
		private static final Pattern VISIT = Pattern.compile("\\b(?i:during|on|after)\\s+(?:a|an|the|his|her|their"
				+ "|(?:\\p{Lu}[\\p{L}\\p{M}-]*\\s+)*\\p{Lu}[\\p{L}\\p{M}-]*['’]s?)\\s+(?:[\\w-]+\\s+)?visit\\b[^,.;]*");

		/** " with Y" in a visit's words: the visitor's company, not the visitor. */
		private static final Pattern VISIT_WITH = Pattern.compile("\\s(?:together\\s+)?with\\s");

		/**
		 * "told a press conference on Tuesday", "at a joint news conference in Riga",
		 * "who attended the press conference".
		 */
		private static final Pattern PRESS_CONFERENCE = Pattern
			.compile("\\b(?i:at|told|during|gave|held|attended)\\s+(?:a|an|the|his|her|their)\\s+(?:joint\\s+)?"
					+ "(?:press|news)\\s+conference\\b[^,.;]*");

		/**
		 * "on the sidelines of a Baltic defence ministers' meeting", "at the NATO summit
		 * in Vilnius": group 1 is the name, group 2 the kind of gathering.
		 */
		private static final Pattern GATHERING = Pattern.compile(
				"\\b(?i:on the sidelines of|at|during)\\s+(?:a|an|the)\\s+([^,.;]*?\\s(meeting|summit|conference))\\b");

		/**
		 * "during a meeting of Nordic defence ministers": the gathering named after it,
		 * up to where ("in Oslo") or when ("on Tuesday"); groups as {@link #GATHERING}'s.
		 */
		private static final Pattern GATHERING_OF = Pattern
			.compile("\\b(?i:on the sidelines of|at|during)\\s+(?:a|an|the)\\s+((meeting|summit|conference)\\s+of\\s+"
					+ "[^,.;]*?)(?=\\s+(?:in|on|at|last|this)\\s|[,.;]|\\z)");

		/** "in Riga" in an event's words: its place. */
		private static final Pattern PLACE = Pattern.compile("\\bin (\\p{Lu}[\\p{L}\\p{M}-]+)");

		/**
		 * Events (visits, press conferences, meetings, signing ceremonies) with the
		 * people taking part; an agreement signed during one is proposed as
		 * {@code signedAt} it, a statement made at a press conference as said at it.
		 */
		private void events() {
			for (Span sentence : this.sentences) {
				if (insideQuote(sentence)) {
					continue;
				}
				String s = sentence.of(this.text);
				int base = sentence.start();
				Deal signed = null;
				for (Deal deal : this.draft.agreements) {
					if (deal.evidence.stream().anyMatch(sentence::overlaps) && SIGNING.matcher(s).find()
							&& !deal.signedInPassing.contains(sentence)) {
						signed = deal;
					}
				}
				// "The document was signed in Kyiv by A and B, during a visit by C": C's
				// visit
				// to Kyiv, at which the document was signed
				Matcher visit = VISIT.matcher(s);
				while (visit.find()) {
					Span phrase = new Span(base + visit.start(), base + visit.end());
					if (insideAnyQuote(phrase)) {
						continue;
					}
					// "X spoke during a visit to a workshop with Y": who is named after
					// "with" keeps the visitor company; the visitor is named before it
					// ("a visit by X", "X's visit"), or is the clause's subject
					Matcher with = VISIT_WITH.matcher(visit.group());
					Span own = with.find() ? new Span(phrase.start(), phrase.start() + with.start()) : phrase;
					List<Person> company = (own == phrase) ? List.of()
							: peopleIn(new Span(phrase.start() + with.end(), phrase.end()));
					List<Person> visitors = peopleIn(own);
					if (visitors.isEmpty() && visit.group().matches("\\w+\\s+(?:his|her)\\s[\\s\\S]*")) {
						Person last = lastMentioned(phrase.start());
						if (last != null) {
							visitors = List.of(last);
						}
					}
					if (visitors.isEmpty() && !company.isEmpty()) {
						List<Person> subject = peopleIn(new Span(sentence.start(), phrase.start()));
						visitors = subject.isEmpty() ? company : List.of(subject.get(0));
					}
					List<Person> participants = new ArrayList<>(visitors);
					company.stream().filter((p) -> !participants.contains(p)).forEach(participants::add);
					Matcher to = Pattern.compile("\\bto (\\p{Lu}[\\p{L}\\p{M}-]+)").matcher(visit.group());
					String place = null;
					String country = null;
					if (to.find()) {
						country = Drafter.this.countries.code(to.group(1));
						place = (country == null) ? to.group(1) : null;
					}
					if (place == null && country == null && signed != null) {
						place = signed.signedIn;
					}
					String where = (place != null) ? place
							: (country != null) ? Drafter.this.countries.names().get(country) : null;
					String name = (visitors.isEmpty() ? "Visit" : possessive(visitors.get(0).name) + " visit")
							+ ((where != null) ? " to " + where : "");
					Meeting event = addEvent("VISIT", name, phrase, participants);
					event.place = place;
					event.country = country;
					if (signed != null && signed.signedAt == null) {
						signed.signedAt = event;
					}
				}
				// "Ozols told a press conference on Tuesday": the statements of the
				// sentence were said at it, by its participants
				Matcher press = PRESS_CONFERENCE.matcher(s);
				if (press.find()) {
					// "said at the press conference that ...": the phrase ends before
					// what
					// was said
					int that = press.group().indexOf(" that ");
					Span phrase = new Span(base + press.start(),
							base + press.start() + ((that >= 0) ? that : press.group().length()));
					List<Person> speakers = new ArrayList<>();
					List<Stmt> said = new ArrayList<>();
					for (Stmt stmt : this.draft.statements) {
						if (stmt.speaker != null && stmt.evidence.stream().anyMatch(phrase::overlaps)) {
							said.add(stmt);
							if (!speakers.contains(stmt.speaker)) {
								speakers.add(stmt.speaker);
							}
						}
					}
					List<Person> participants = speakers.isEmpty() ? peopleIn(sentence) : speakers;
					Meeting told = mentionedAgain("PRESS_CONFERENCE", press.group());
					if (told != null) {
						// "at the press conference": the one already told of
						told.participants.addAll(participants);
						said.forEach((stmt) -> stmt.event = told);
						continue;
					}
					String name = (participants.size() == 1)
							? possessive(participants.get(0).name) + " press conference"
							: press.group().contains("joint") ? "Joint press conference" : "Press conference";
					Meeting event = addEvent("PRESS_CONFERENCE", name, phrase, participants);
					Matcher in = PLACE.matcher(phrase.of(this.text));
					event.place = in.find() ? in.group(1) : null;
					said.forEach((stmt) -> stmt.event = event);
				}
				// "signed in Riga by A, B and C on the sidelines of a Baltic defence
				// ministers' meeting": the meeting, its signers taking part
				Matcher gathering = GATHERING.matcher(s);
				if (!gathering.find()) {
					gathering = GATHERING_OF.matcher(s);
				}
				gathering.reset();
				while (gathering.find()) {
					if (gathering.group(1).matches("(?:[\\s\\S]*\\s)?(?:press|news)\\s+conference")) {
						continue;
					}
					Span phrase = new Span(base + gathering.start(), base + gathering.end());
					String kind = gathering.group(2).toUpperCase(Locale.ROOT);
					List<Person> participants = (signed != null && !signed.signatories.isEmpty())
							? List.copyOf(signed.signatories) : peopleIn(sentence);
					Meeting again = mentionedAgain(kind, gathering.group());
					if (again != null) {
						again.participants.addAll(participants);
						if (signed != null && signed.signedAt == null) {
							signed.signedAt = again;
						}
						continue;
					}
					Meeting event = addEvent(kind, capitalize(gathering.group(1)), phrase, participants);
					// "at the NATO summit in Vilnius"
					Matcher in = PLACE.matcher(s).region(Math.min(s.length(), gathering.end() + 1), s.length());
					event.place = in.lookingAt() ? in.group(1) : (signed != null) ? signed.signedIn : null;
					if (signed != null && signed.signedAt == null) {
						signed.signedAt = event;
					}
				}
			}
			// "The letter was signed in Riga on Thursday by A and B": its signing
			// ceremony
			for (Deal deal : this.draft.agreements) {
				if (deal.signedAt != null) {
					continue;
				}
				for (Span sentence : deal.evidence) {
					if (deal.signedInPassing.contains(sentence)) {
						continue;
					}
					// "... signed by A and B at a short ceremony in Whitehall" too
					if (Pattern.compile(
							"\\bsigning ceremony\\b|\\bsigned in \\p{Lu}|\\b(?:at|during) an? (?:[\\p{L}-]+\\s+)?ceremony\\b")
						.matcher(sentence.of(this.text))
						.find()) {
						// "Signing of the memorandum on ...": the title's kind noun in
						// the
						// sentence's case
						String title = DEAL_NOUN.matcher(deal.title).lookingAt()
								? deal.title.substring(0, 1).toLowerCase(Locale.ROOT) + deal.title.substring(1)
								: deal.title;
						Meeting event = addEvent("SIGNING_CEREMONY", "Signing of the " + title, sentence,
								List.copyOf(deal.signatories));
						event.date = deal.signedOn;
						event.place = deal.signedIn;
						deal.signedAt = event;
						break;
					}
				}
			}
			// "in Riga": held in Latvia (capitals only; other cities stay without)
			for (Meeting event : this.draft.events) {
				if (event.country == null && event.place != null) {
					event.country = Drafter.this.countries.capitals().get(event.place);
				}
			}
		}

		/**
		 * The event of that kind already proposed, when words name it again with "the"
		 * ("said at the press conference"), else null.
		 */
		private @Nullable Meeting mentionedAgain(String kind, String words) {
			if (!words.matches("(?i)\\A(?:on the sidelines of|\\w+)\\s+the\\s[\\s\\S]*")) {
				return null;
			}
			Meeting last = null;
			for (Meeting event : this.draft.events) {
				if (event.kind.equals(kind)) {
					last = event;
				}
			}
			return last;
		}

		private Meeting addEvent(String kind, String name, Span phrase, List<Person> participants) {
			Meeting event = new Meeting(kind, name, phrase);
			event.date = dayIn(phrase);
			event.participants.addAll(participants);
			this.draft.events.add(event);
			return event;
		}

		/** The people named in a span, each once, in text order. */
		private List<Person> peopleIn(Span span) {
			List<Person> people = new ArrayList<>();
			for (PersonMention pm : this.mentions) {
				if (span.start() <= pm.span().start() && pm.span().end() <= span.end()
						&& !people.contains(pm.person())) {
					people.add(pm.person());
				}
			}
			return people;
		}

		/** "Laurynas Kasciunas’", "Andris Ozols’", "Anna Berg’s". */
		private static String possessive(String name) {
			return name + (name.endsWith("s") ? "’" : "’s");
		}

		private @Nullable String dealKind(String noun) {
			return switch (noun) {
				case "memorandum", "memorandum of understanding" -> "MEMORANDUM_OF_UNDERSTANDING";
				case "contract" -> "CONTRACT";
				case "treaty" -> "TREATY";
				case "joint declaration", "declaration" -> "JOINT_DECLARATION";
				case "letter of intent" -> "LETTER_OF_INTENT";
				case "protocol" -> "PROTOCOL";
				case "document", "letter" -> null;
				default -> "AGREEMENT";
			};
		}

		/**
		 * "memorandum of understanding on the co-production of 155mm artillery shells".
		 */
		private String title(int nounStart, Span sentence) {
			String rest = this.text.substring(nounStart, sentence.end());
			Matcher m = Pattern
				.compile("\\A[^,;.]*?(?=\\s+(?:in|at|with|by|under|worth|was|were|is|are|has|have|had|will|would"
						+ "|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b|[,;.]|\\z)")
				.matcher(rest);
			String title = m.find() ? m.group() : rest;
			Matcher phrase = DEAL_NOUN.matcher(title);
			if (phrase.lookingAt() && !title.substring(phrase.end()).matches("\\s+(?:on|for|to|of|between)\\s.*")) {
				// "the memorandum was signed": no subject written, so name it by its
				// parties
				List<String> parties = new ArrayList<>();
				List<String> recipients = new ArrayList<>();
				String said = sentence.of(this.text);
				Matcher country = Drafter.this.countries.pattern().matcher(said);
				while (country.find()) {
					String code = Drafter.this.countries
						.code((country.group(1) != null) ? country.group(1) : country.group(2));
					String name = (code != null) ? Drafter.this.countries.names().get(code) : null;
					boolean where = IN_PLACE.matcher(said.substring(Math.max(0, country.start() - 4), country.start()))
						.find();
					List<String> into = (where || isRecipient(said, country.start()) || isOwner(said, country))
							? recipients : parties;
					if (name != null && !into.contains(name)) {
						into.add(name);
					}
				}
				if (parties.size() < 2) {
					parties.addAll(recipients);
				}
				title = (parties.isEmpty() ? "" : String.join("–", parties) + " ")
						+ phrase.group(1).toLowerCase(Locale.ROOT);
			}
			String[] words = title.trim().split("\\s+");
			if (words.length > 14) {
				title = String.join(" ", java.util.Arrays.copyOf(words, 14));
			}
			return capitalize(title.trim());
		}

		// areas

		/**
		 * Areas from the term list, one for each name as search folds it ("Drone" and
		 * "drones" are one, the first in the text kept). Words inside a direct quote
		 * propose an area only when no area is named outside the quotes: a minister's
		 * "The drones are in the water" is rhetoric beside the report's own "naval
		 * drones", but may be the only place an article says what a deal covers.
		 */
		private void areas() {
			if (this.draft.agreements.isEmpty()) {
				return;
			}
			// a post names no area: "Minister for Defence Procurement Helen Carrow"
			List<Span> posts = this.draft.people.stream()
				.map((p) -> p.roleSpan)
				.filter(Objects::nonNull)
				.map(Objects::requireNonNull)
				.toList();
			List<Span> taken = new ArrayList<>();
			List<Area> found = new ArrayList<>();
			for (String[] term : Drafter.this.areaTerms) {
				Matcher m = Pattern
					.compile("(?<![\\p{L}-])" + hyphenOrSpace(term[0]) + "(?![\\p{L}-])", Pattern.CASE_INSENSITIVE)
					.matcher(this.text);
				while (m.find()) {
					Span span = new Span(m.start(), m.end());
					if (taken.stream().noneMatch(span::overlaps) && posts.stream().noneMatch(span::overlaps)) {
						taken.add(span);
						found.add(new Area(capitalize(span.of(this.text)), term[1], span));
					}
				}
			}
			List<Span> quoted = this.draft.statements.stream()
				.filter((s) -> s.kind.equals("DIRECT_QUOTE"))
				.map((s) -> s.text)
				.toList();
			List<Area> outside = found.stream()
				.filter((area) -> quoted.stream().noneMatch(area.span()::overlaps))
				.toList();
			List<Area> proposed = new ArrayList<>(outside.isEmpty() ? found : outside);
			proposed.sort(Comparator.comparingInt((Area a) -> a.span().start()));
			Set<String> names = new HashSet<>();
			for (Area area : proposed) {
				if (names.add(Analyzers.proseTerms(area.name()))) {
					this.draft.areas.add(area);
				}
			}
		}

	}

	/**
	 * A term of the area list as a pattern that matches it hyphenated or spaced ("air
	 * defence radars" is also "air-defence radars"), so that the longer term wins either
	 * way and the area is named whole, not "Air-defence" beside "Anti-aircraft guns".
	 */
	static String hyphenOrSpace(String term) {
		StringBuilder pattern = new StringBuilder();
		for (String word : term.split("[\\s-]+")) {
			pattern.append((pattern.length() == 0) ? "" : "[\\s-]").append(Pattern.quote(word));
		}
		return pattern.toString();
	}

	private record Token(String word, int start, int end) {

		String folded() {
			return SearchText.fold(this.word.replaceAll("['’]s?$", ""));
		}

		boolean capitalized() {
			return Character.isUpperCase(this.word.charAt(0));
		}

		boolean possessive() {
			return this.word.endsWith("'s") || this.word.endsWith("’s") || this.word.endsWith("’");
		}

	}

	private record PersonMention(Person person, Span span) {
	}

	static boolean isCloseQuote(char c) {
		return c == '"' || c == '”' || c == '’' || c == '\'';
	}

	static String trimConnectors(String words) {
		return words.trim()
			.replaceAll("\\A(?:(?:the|his|her|their|its|of|and|for)\\s+)+", "")
			.replaceAll("(?:\\s+(?:the|of|and|for))+\\z", "")
			.trim();
	}

	static String lastWords(String text, int n) {
		String[] words = text.trim().split("\\s+");
		return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - n), words.length));
	}

	static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
