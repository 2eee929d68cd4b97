package org.accords.page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.accords.AccordsProperties;
import org.accords.actor.Country;
import org.accords.actor.Organization;
import org.accords.actor.Person;
import org.accords.actor.Post;
import org.accords.agreement.Agreement;
import org.accords.agreement.Signatory;
import org.accords.area.CooperationArea;
import org.accords.article.Article;
import org.accords.amount.Money;
import org.accords.amount.Quantity;
import org.accords.commitment.Commitment;
import org.accords.dataset.Citation;
import org.accords.event.Event;
import org.accords.evidence.Claim;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.evidence.Reported;
import org.accords.paging.NodeId;
import org.accords.programme.Programme;
import org.accords.sourceview.EvidenceLinks;
import org.accords.statement.Statement;
import org.accords.statement.StatementKind;
import org.accords.store.Entity;
import org.accords.store.EntityType;
import org.accords.store.FactStore;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Card} of an entity of one dataset version: its fields, the labels of
 * the entities it refers to (one store query per referenced type), its evidence with the
 * articles, and its schema.org JSON-LD.
 */
@Component
public class FactCards {

	/** Most entities a card lists of those referring to it (an event's statements). */
	static final int LISTED = 10;

	/** Longest label taken from a statement's or commitment's words. */
	private static final int LABEL_LENGTH = 90;

	private final FactStore store;

	private final String publicUrl;

	FactCards(FactStore store, AccordsProperties properties) {
		this.store = store;
		this.publicUrl = properties.publicUrl();
	}

	/** The absolute URL of a path on this service. */
	public String absolute(String path) {
		return this.publicUrl + path;
	}

	/** The absolute URL of an entity's page, null for types without one. */
	public @Nullable String pageUrl(String nodeId) {
		String path = PageType.pagePath(nodeId);
		return (path != null) ? absolute(path) : null;
	}

	/**
	 * The node id an address names: the node id itself, or the curated id of an entity of
	 * that type, which is what curators know.
	 */
	static String nodeId(PageType type, String id) {
		try {
			if (NodeId.parse(id).type().equals(type.type())) {
				return id;
			}
		}
		catch (RuntimeException ex) {
			// not a node id: a curated id
		}
		return NodeId.of(type.type(), id);
	}

	/**
	 * The card of an entity, null when the version has no such entity.
	 * @param pinned whether it was asked for by its version, which its links (to other
	 * facts' pages, to the source view, to its own page and card) then keep, so that a
	 * page cited by its version stays on that version's words and facts; its JSON-LD
	 * names the entity, whatever the version
	 */
	public @Nullable Card card(String version, PageType type, String id, boolean pinned) {
		Entity entity = this.store.byId(version, EntityType.any(type.catalog()), nodeId(type, id));
		if (entity == null) {
			return null;
		}
		Builder card = new Builder(version, type, entity, pinned);
		if (entity instanceof Statement statement) {
			statement(card, statement);
		}
		else if (entity instanceof Agreement agreement) {
			agreement(card, agreement);
		}
		else if (entity instanceof Commitment commitment) {
			commitment(card, commitment);
		}
		else if (entity instanceof Person person) {
			person(card, person);
		}
		else if (entity instanceof Organization organization) {
			card.fact("Kind", words(organization.kind().name()), null);
			card.ref("Country", organization.countryId());
			card.evidence(organization.evidence());
			card.jsonLd.put("@type", "Organization");
			card.jsonLd.put("name", organization.name());
		}
		else if (entity instanceof Country country) {
			card.fact("ISO 3166-1 code", country.code(), null);
			List<Agreement> agreements = this.store.all(version, Agreement.ENTITY,
					Criteria.where("partyIds").is(country.id()), Sort.by("_id"));
			agreements.forEach((agreement) -> card.fact("Party to", agreement.title(), card.page(agreement.id())));
			card.jsonLd.put("@type", "Country");
			card.jsonLd.put("name", country.name());
		}
		else if (entity instanceof CooperationArea area) {
			card.fact("Category", words(area.category().name()), null);
			if (area.description() != null) {
				card.fact("Description", area.description(), null);
			}
			card.ref("Agreement", area.agreementId());
			card.evidence(area.evidence());
			card.jsonLd.put("@type", "DefinedTerm");
			card.jsonLd.put("name", area.name());
		}
		else if (entity instanceof Signatory signatory) {
			card.ref("Agreement", signatory.agreementId());
			card.ref("Person", signatory.personId());
			card.ref("Organization", signatory.organizationId());
			card.ref("On behalf of", signatory.onBehalfOfId());
			if (signatory.role() != null) {
				card.fact("Role", signatory.role(), null);
			}
			card.evidence(signatory.evidence());
			card.jsonLd.put("@type", "Role");
			card.jsonLd.put("roleName", (signatory.role() != null) ? signatory.role() : "signatory");
		}
		else if (entity instanceof Event event) {
			event(card, event);
		}
		else if (entity instanceof Programme programme) {
			card.ref("Run by", programme.runById());
			if (programme.countryId() != null && !programme.countryId().equals(programme.runById())) {
				card.ref("Country", programme.countryId());
			}
			card.listed("Agreement", Agreement.ENTITY, "programmeId");
			card.evidence(programme.evidence());
			card.jsonLd.put("@type", "FundingScheme");
			card.jsonLd.put("name", programme.name());
		}
		else if (entity instanceof Post post) {
			post(card, post);
		}
		return card.build();
	}

	private void event(Builder card, Event event) {
		card.fact("Kind", words(event.kind().name()), null);
		if (event.date() != null) {
			card.fact("Date", dated(event.date(), event.datePrecision()), null);
		}
		if (event.place() != null) {
			card.fact("Place", event.place(), null);
		}
		card.ref("Country", event.countryId());
		List<Entity> participants = card.refs("Participant", event.participantIds());
		card.listed("Agreement signed", Agreement.ENTITY, "signedAtId");
		card.listed("Statement", Statement.ENTITY, "eventId");
		card.evidence(event.evidence());
		card.jsonLd.put("@type", "Event");
		card.jsonLd.put("name", event.name());
		if (event.date() != null) {
			card.jsonLd.put("startDate", event.date());
		}
		if (event.place() != null) {
			card.jsonLd.put("location", Map.of("@type", "Place", "name", event.place()));
		}
		if (!participants.isEmpty()) {
			card.jsonLd.put("attendee", participants.stream()
				.map((participant) -> Map.of("@type", (participant instanceof Person) ? "Person" : "Organization",
						"name", label(participant), "url", pageUrl(participant.id())))
				.toList());
		}
	}

	private void post(Builder card, Post post) {
		card.fact("Role", post.role(), null);
		card.ref("Held by", post.personId());
		card.ref("Organization", post.organizationId());
		card.ref("Country", post.countryId());
		if (post.heldFrom() != null) {
			card.fact("Held from", post.heldFrom() + ((post.from() == null) ? " (derived from the reports)" : ""),
					null);
		}
		if (post.heldUntil() != null) {
			card.fact("Held until", post.heldUntil() + ((post.to() == null) ? " (derived from the reports)" : ""),
					null);
		}
		if (post.firstReported() != null) {
			card.fact("First reported", post.firstReported(), null);
		}
		if (post.lastReported() != null) {
			card.fact("Last reported", post.lastReported(), null);
		}
		if (post.endedBy() != null) {
			card.fact("Reported as former on", post.endedBy(), null);
		}
		// the source view marks a post's words as its person's
		card.evidence(post.evidence(), post.personId());
		card.jsonLd.put("@type", "OrganizationRole");
		card.jsonLd.put("roleName", post.role());
		if (post.heldFrom() != null) {
			card.jsonLd.put("startDate", post.heldFrom());
		}
		if (post.heldUntil() != null) {
			card.jsonLd.put("endDate", post.heldUntil());
		}
	}

	/** A date as precise as the article gives it: 2024-11, not 2024-11-01. */
	static String dated(String iso, @Nullable DatePrecision precision) {
		if (precision == DatePrecision.YEAR) {
			return iso.substring(0, 4);
		}
		if (precision == DatePrecision.MONTH) {
			return iso.substring(0, 7);
		}
		return (precision == DatePrecision.WEEK) ? "week of " + iso : iso;
	}

	private void statement(Builder card, Statement statement) {
		// a person speaks, or an organization when the article names no person
		String speakerId = (statement.speakerId() != null) ? statement.speakerId() : statement.speakerOrganizationId();
		Person speaker = (statement.speakerId() != null)
				? this.store.byId(card.version, Person.ENTITY, statement.speakerId()) : null;
		Organization organization = (statement.speakerOrganizationId() != null)
				? this.store.byId(card.version, Organization.ENTITY, statement.speakerOrganizationId()) : null;
		String role = statement.speakerRole();
		if (role == null && speaker != null) {
			role = roleOn(speaker.posts(), statement.saidOn());
		}
		String name = (speaker != null) ? speaker.name()
				: (organization != null) ? organization.name() : "unknown speaker";
		card.quote = statement.text();
		card.paraphrase = statement.kind() != StatementKind.DIRECT_QUOTE;
		card.byline = (role != null) ? name + ", " + role : name;
		card.fact("Speaker", name, (speakerId != null) ? card.page(speakerId) : null);
		if (role != null) {
			card.fact("Role", role, null);
		}
		card.fact("Kind", (statement.kind() == StatementKind.DIRECT_QUOTE) ? "direct quote" : "paraphrase", null);
		if (statement.saidOn() != null) {
			card.fact("Said on", statement.saidOn(), null);
		}
		if (statement.occasion() != null) {
			card.fact("Occasion", statement.occasion(), null);
		}
		card.ref("Agreement", statement.agreementId());
		card.refs("Cooperation area", statement.areaIds());
		card.evidence(statement.evidence());
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("@type", (organization != null) ? "Organization" : "Person");
		person.put("name", name);
		if (role != null && organization == null) {
			person.put("jobTitle", role);
		}
		if (speakerId != null) {
			person.put("url", pageUrl(speakerId));
		}
		card.jsonLd.put("@type", "Quotation");
		card.jsonLd.put("text", statement.text());
		card.jsonLd.put("spokenByCharacter", person);
		card.jsonLd.put("creator", person);
		if (statement.saidOn() != null) {
			card.jsonLd.put("dateCreated", statement.saidOn());
		}
	}

	private void agreement(Builder card, Agreement agreement) {
		card.fact("Kind", words(agreement.kind().name()), null);
		if (agreement.signedOn() != null) {
			card.fact("Signed on", agreement.signedOn(), null);
		}
		if (agreement.signedIn() != null) {
			card.fact("Signed in", agreement.signedIn(), null);
		}
		List<Country> parties = card.refs("Party", agreement.partyIds());
		if (agreement.summary() != null) {
			card.fact("Summary", agreement.summary(), null);
		}
		List<CooperationArea> areas = this.store.all(card.version, CooperationArea.ENTITY,
				Criteria.where("agreementId").is(agreement.id()), Sort.by("_id"));
		areas.forEach((area) -> card.fact("Cooperation area", area.name(), card.page(area.id())));
		List<Signatory> signatories = this.store.all(card.version, Signatory.ENTITY,
				Criteria.where("agreementId").is(agreement.id()), Sort.by("_id"));
		Map<String, String> names = holders(card.version, signatories);
		for (Signatory signatory : signatories) {
			card.fact("Signatory", signer(signatory, names), card.page(signatory.id()));
		}
		card.evidence(agreement.evidence());
		card.jsonLd.put("@type", "CreativeWork");
		card.jsonLd.put("additionalType", "Agreement: " + words(agreement.kind().name()));
		card.jsonLd.put("name", agreement.title());
		if (agreement.summary() != null) {
			card.jsonLd.put("abstract", agreement.summary());
		}
		if (agreement.signedOn() != null) {
			card.jsonLd.put("dateCreated", agreement.signedOn());
		}
		if (agreement.signedIn() != null) {
			card.jsonLd.put("locationCreated", Map.of("@type", "Place", "name", agreement.signedIn()));
		}
		// the parties are the countries that agreed: its authors, in schema.org terms
		card.jsonLd.put("author",
				parties.stream()
					.map((country) -> Map.of("@type", "Country", "name", country.name(), "url", pageUrl(country.id())))
					.toList());
		card.jsonLd.put("about",
				areas.stream().map((area) -> Map.of("@type", "DefinedTerm", "name", area.name())).toList());
	}

	/**
	 * The article's words for a sum when curated, else the sum and its currency; a sum
	 * the reporter converted says so, as the words need not.
	 */
	static String amount(Money money) {
		String words = (money.text() != null && !money.text().isBlank()) ? money.text()
				: money.qualifier() + money.figures() + " " + money.currency();
		return money.converted() ? words + " (the reporter's conversion)" : words;
	}

	/** The article's words for a quantity when curated, else the number and its unit. */
	static String quantity(Quantity quantity) {
		if (quantity.text() != null && !quantity.text().isBlank()) {
			return quantity.text();
		}
		return (quantity.approximate() ? "about " : "") + quantity.value()
				+ ((quantity.unit() != null) ? " " + quantity.unit() : "")
				+ ((quantity.item() != null) ? " " + quantity.item() : "");
	}

	private void commitment(Builder card, Commitment commitment) {
		card.fact("What", commitment.description(), null);
		card.ref("Who", commitment.obligorId());
		card.ref("For whom", commitment.beneficiaryId());
		if (commitment.amount() != null) {
			card.fact("How much", amount(commitment.amount()), null);
		}
		if (commitment.quantity() != null) {
			card.fact("How many", quantity(commitment.quantity()), null);
		}
		card.fact("Status", words(commitment.status().name()), null);
		List<Evidence> evidence = commitment.evidence();
		if (commitment.condition() != null) {
			// made on a condition: the condition and the words that state it, which the
			// commitment's own evidence need not hold
			card.fact("On condition", commitment.condition().text(), null);
			evidence = new ArrayList<>(evidence);
			evidence.addAll(commitment.condition().evidence());
		}
		card.ref("Agreement", commitment.agreementId());
		card.refs("Cooperation area", commitment.areaIds());
		card.evidence(evidence);
		card.jsonLd.put("@type", "CreativeWork");
		card.jsonLd.put("additionalType", "Commitment");
		card.jsonLd.put("name", commitment.description());
		card.jsonLd.put("creativeWorkStatus", words(commitment.status().name()));
	}

	private void person(Builder card, Person person) {
		card.ref("Country", person.countryId());
		List<Evidence> evidence = new ArrayList<>(person.evidence());
		Map<String, String> organizations = labels(card.version,
				person.posts().stream().map(Post::organizationId).filter(java.util.Objects::nonNull).toList());
		for (Post post : person.posts()) {
			String organization = (post.organizationId() != null) ? organizations.get(post.organizationId()) : null;
			card.fact("Post", post.role() + ((organization != null) ? ", " + organization : ""),
					(post.organizationId() != null) ? card.page(post.organizationId()) : null);
			evidence.addAll(post.evidence());
		}
		List<Statement> statements = this.store.all(card.version, Statement.ENTITY,
				Criteria.where("speakerId").is(person.id()), Sort.by("_id"));
		statements.forEach((statement) -> card.fact("Said", shorten(statement.text()), card.page(statement.id())));
		card.evidence(evidence);
		card.jsonLd.put("@type", "Person");
		card.jsonLd.put("name", person.name());
		// the latest office (one still held ends last), not whichever post is listed
		// first
		person.posts()
			.stream()
			.max(java.util.Comparator.comparing(Post::termEnd))
			.ifPresent((latest) -> card.jsonLd.put("jobTitle", latest.role()));
	}

	/**
	 * The role of the one post a speaker held on {@code saidOn} (ISO, as precise as the
	 * article is), for a statement whose article gives no role: null when no post, or
	 * more than one, was held then (a card names no office the speaker did not hold when
	 * speaking), and without a date only the role of a speaker's only post.
	 */
	static @Nullable String roleOn(List<Post> posts, @Nullable String saidOn) {
		if (saidOn == null) {
			return (posts.size() == 1) ? posts.get(0).role() : null;
		}
		String role = null;
		for (Post post : posts) {
			// a month or a year: the post is held on it when its term meets that period
			boolean started = post.termStart().compareTo(saidOn + "\uffff") <= 0;
			boolean ended = post.termEnd().compareTo(saidOn) < 0;
			if (started && !ended) {
				if (role != null && !role.equals(post.role())) {
					return null;
				}
				role = post.role();
			}
		}
		return role;
	}

	/**
	 * The role of a person's latest office (one still held ends last), not whichever post
	 * is listed first; null without posts.
	 */
	static @Nullable String latestRole(List<Post> posts) {
		Post latest = null;
		for (Post post : posts) {
			if (latest == null || post.termEnd().compareTo(latest.termEnd()) > 0) {
				latest = post;
			}
		}
		return (latest != null) ? latest.role() : null;
	}

	/** The labels of entities of any type, by node id; unknown ids are absent. */
	public Map<String, String> labels(String version, Collection<String> ids) {
		Map<String, String> labels = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return labels;
		}
		Map<String, Entity> found = this.store.nodes(version, new LinkedHashSet<>(ids));
		Map<String, String> holders = holders(version, found.values());
		found.forEach((id, entity) -> labels.put(id, label(entity, holders)));
		return labels;
	}

	/**
	 * The names of the people, organizations and countries that the signatories and posts
	 * among {@code entities} refer to, by id: what their labels are made of.
	 */
	private Map<String, String> holders(String version, Collection<? extends Entity> entities) {
		Set<String> ids = new LinkedHashSet<>();
		for (Entity entity : entities) {
			if (entity instanceof Signatory signatory) {
				java.util.stream.Stream.of(signatory.personId(), signatory.organizationId(), signatory.onBehalfOfId())
					.filter(java.util.Objects::nonNull)
					.forEach(ids::add);
			}
			else if (entity instanceof Post post) {
				ids.add(post.personId());
			}
		}
		Map<String, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.store.nodes(version, ids).forEach((id, entity) -> names.put(id, label(entity)));
		}
		return names;
	}

	/**
	 * The human name of an entity, a signatory's and a post's by who holds them (whose
	 * names {@code holders} gives): "Rustem Umerov for Ukraine", "Laurynas Kasčiūnas,
	 * minister".
	 */
	static String label(Entity entity, Map<String, String> holders) {
		if (entity instanceof Signatory signatory) {
			return signer(signatory, holders);
		}
		if (entity instanceof Post post) {
			String holder = holders.get(post.personId());
			return (holder != null) ? holder + ", " + post.role() : post.role();
		}
		return label(entity);
	}

	/**
	 * Who signed, for whom: "Rustem Umerov for Ukraine", "Unnamed signatory for Ukraine".
	 */
	private static String signer(Signatory signatory, Map<String, String> names) {
		String who = (signatory.personId() != null) ? names.get(signatory.personId())
				: (signatory.organizationId() != null) ? names.get(signatory.organizationId()) : null;
		String behalf = (signatory.onBehalfOfId() != null) ? names.get(signatory.onBehalfOfId()) : null;
		if (who == null && behalf == null) {
			return (signatory.role() != null) ? "Signatory: " + signatory.role() : "Signatory";
		}
		return ((who != null) ? who : "Unnamed signatory") + ((behalf != null) ? " for " + behalf : "");
	}

	/**
	 * The human name of an entity: its name or title, or the start of its words; a
	 * signatory and a post without the names of who holds them
	 * ({@link #label(Entity, Map)} has those).
	 */
	public static String label(Entity entity) {
		if (entity instanceof Statement statement) {
			// in quotation marks only the speaker's own words, not the article's
			// paraphrase
			return statement.kind() == StatementKind.DIRECT_QUOTE ? "“" + shorten(statement.text()) + "”"
					: shorten(statement.text());
		}
		if (entity instanceof Agreement agreement) {
			return agreement.title();
		}
		if (entity instanceof Commitment commitment) {
			return shorten(commitment.description());
		}
		if (entity instanceof Person person) {
			return person.name();
		}
		if (entity instanceof Organization organization) {
			return organization.name();
		}
		if (entity instanceof Country country) {
			return country.name();
		}
		if (entity instanceof CooperationArea area) {
			return area.name();
		}
		if (entity instanceof Signatory signatory) {
			return signer(signatory, Map.of());
		}
		if (entity instanceof Event event) {
			return event.name();
		}
		if (entity instanceof Programme programme) {
			return programme.name();
		}
		if (entity instanceof Post post) {
			return post.role();
		}
		if (entity instanceof Article article) {
			return (article.title() != null) ? article.title() : article.publisher() + ", " + article.publishedOn();
		}
		return entity.id();
	}

	/** A claim's field in words: {@code signedOn} as "signed on". */
	static String fieldWords(String field) {
		return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}

	private static final java.util.regex.Pattern CLAIMED_DATE = java.util.regex.Pattern
		.compile("(\\d{4}-\\d{2}-\\d{2})(?: \\((DAY|WEEK|MONTH|YEAR)\\))?");

	/**
	 * A sum as a claim writes it ({@code SeedValidator.label}): a bound's words, the
	 * amount, the currency, and whether it is approximate.
	 */
	private static final java.util.regex.Pattern CLAIMED_SUM = java.util.regex.Pattern
		.compile("(?:(more than|at least|up to|less than) )?(\\d+(?:\\.\\d+)?) ([A-Z]{3})( \\(approximate\\))?");

	/**
	 * A claim's value for reading: the name of the entity it refers to (its curated id
	 * when the version does not serve it, as a withdrawn fact), a date as precise as its
	 * sources give it ({@code 2025-09}), a sum as the CSV downloads write it, ungrouped
	 * ({@code 48000000 EUR}, so that a page, the source view and a spreadsheet show one
	 * figure alike), after a bound's words ({@code up to 20000000 EUR}) or, approximate,
	 * after "about"; any other value as it is.
	 */
	static String claimValue(String value, Map<String, String> labels) {
		String label = labels.get(value);
		if (label != null) {
			return label;
		}
		if (NodeId.typeOf(value) != null) {
			return NodeId.keyOr(value);
		}
		java.util.regex.Matcher date = CLAIMED_DATE.matcher(value);
		if (date.matches()) {
			return dated(date.group(1), (date.group(2) != null) ? DatePrecision.valueOf(date.group(2)) : null);
		}
		java.util.regex.Matcher sum = CLAIMED_SUM.matcher(value);
		if (sum.matches()) {
			// a bound says more than "about" does, and implies it
			String qualifier = (sum.group(1) != null) ? sum.group(1) + " " : ((sum.group(4) != null) ? "about " : "");
			return qualifier + sum.group(2) + " " + sum.group(3);
		}
		return value;
	}

	static String shorten(String text) {
		String flat = text.strip().replaceAll("\\s+", " ");
		if (flat.length() <= LABEL_LENGTH) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', LABEL_LENGTH - 1);
		return flat.substring(0, (cut > LABEL_LENGTH / 2) ? cut : LABEL_LENGTH - 1) + "…";
	}

	/** {@code MEMORANDUM_OF_UNDERSTANDING} as "memorandum of understanding". */
	static String words(String constant) {
		return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

	/** Collects a card's parts; references are resolved as they are added. */
	private final class Builder {

		final String version;

		final PageType type;

		final Entity entity;

		/** Whether the card was asked for by its version: its links keep it. */
		final boolean pinned;

		@Nullable String quote;

		@Nullable String byline;

		boolean paraphrase;

		/** Each source's publisher and date, once: the attribution line's sources. */
		final Set<String> credits = new LinkedHashSet<>();

		final List<Card.Fact> facts = new ArrayList<>();

		final List<Card.Source> sources = new ArrayList<>();

		final Map<String, Object> jsonLd = new LinkedHashMap<>();

		Builder(String version, PageType type, Entity entity, boolean pinned) {
			this.version = version;
			this.type = type;
			this.entity = entity;
			this.pinned = pinned;
			this.jsonLd.put("@context", "https://schema.org");
		}

		/**
		 * A link of this card: of its version when it was asked for by it, as it stands
		 * otherwise.
		 */
		String kept(String url) {
			return this.pinned ? url + (url.contains("?") ? "&" : "?") + "version="
					+ java.net.URLEncoder.encode(this.version, java.nio.charset.StandardCharsets.UTF_8) : url;
		}

		/** The page of an entity this card links to, null for types without one. */
		@Nullable String page(String nodeId) {
			String url = pageUrl(nodeId);
			return (url != null) ? kept(url) : null;
		}

		void fact(String name, String value, @Nullable String url) {
			this.facts.add(new Card.Fact(name, value, url));
		}

		void ref(String name, @Nullable String id) {
			if (id == null) {
				return;
			}
			Entity target = FactCards.this.store.nodes(this.version, List.of(id)).get(id);
			if (target != null) {
				fact(name, label(target), page(id));
			}
		}

		@SuppressWarnings("unchecked")
		<T extends Entity> List<T> refs(String name, List<String> ids) {
			Map<String, Entity> found = ids.isEmpty() ? Map.of() : FactCards.this.store.nodes(this.version, ids);
			List<T> targets = new ArrayList<>();
			for (String id : ids) {
				Entity target = found.get(id);
				if (target != null) {
					fact(name, label(target), page(id));
					targets.add((T) target);
				}
			}
			return targets;
		}

		/**
		 * The entities of {@code collection} whose {@code field} refers to this one, as
		 * facts: the first {@link #LISTED} in id order, then how many more.
		 */
		<T extends Entity> void listed(String name, EntityType<T> type, String field) {
			List<T> found = FactCards.this.store.slice(this.version, type, Criteria.where(field).is(this.entity.id()),
					Sort.by("_id"), 0, LISTED + 1);
			found.stream().limit(LISTED).forEach((item) -> fact(name, label(item), page(item.id())));
			if (found.size() > LISTED) {
				long total = FactCards.this.store.count(this.version, type, Criteria.where(field).is(this.entity.id()));
				fact(name, "and " + (total - LISTED) + " more", null);
			}
		}

		void evidence(List<Evidence> evidence) {
			evidence(evidence, this.entity.id());
		}

		/**
		 * The sources of these words, each linked to the source view with the words of
		 * {@code factId} marked.
		 */
		void evidence(List<Evidence> evidence, String factId) {
			Set<String> articleIds = new LinkedHashSet<>();
			evidence.forEach((e) -> articleIds.add(e.articleId()));
			Map<String, Article> articles = articleIds.isEmpty() ? Map.of()
					: FactCards.this.store.byIds(this.version, Article.ENTITY, articleIds);
			Set<String> seen = new java.util.HashSet<>();
			List<Map<String, Object>> basedOn = new ArrayList<>();
			for (Evidence e : evidence) {
				Article article = articles.get(e.articleId());
				if (article == null) {
					continue;
				}
				String sourceView = EvidenceLinks.of(FactCards.this.publicUrl, article.id(), factId,
						this.pinned ? this.version : null);
				// the publisher is named even where the title names the article
				String name = (article.title() != null) ? article.publisher() + ": " + article.title() : label(article);
				this.sources.add(new Card.Source(e.excerpt(), name, article.publishedOn(), article.url(), sourceView));
				this.credits.add(article.publisher() + ", " + article.publishedOn());
				if (seen.add(article.id())) {
					Map<String, Object> work = new LinkedHashMap<>();
					work.put("@type", "NewsArticle");
					if (article.title() != null) {
						work.put("headline", article.title());
					}
					work.put("publisher", Map.of("@type", "Organization", "name", article.publisher()));
					work.put("datePublished", article.publishedOn());
					work.put("inLanguage", article.language());
					work.put("url", (article.url() != null) ? article.url() : absolute("/articles/" + article.id()));
					basedOn.add(work);
				}
			}
			if (!basedOn.isEmpty()) {
				this.jsonLd.put("isBasedOn", (basedOn.size() == 1) ? basedOn.get(0) : basedOn);
			}
		}

		Card build() {
			String url = absolute("/" + this.type.collection() + "/" + this.entity.id());
			this.jsonLd.put("@id", url);
			this.jsonLd.put("url", url);
			this.jsonLd.put("identifier", this.entity.id());
			this.jsonLd.put("license", Citation.LICENCE_URL);
			this.jsonLd.put("sourceOrganization",
					Map.of("@type", "Organization", "name", Citation.PUBLISHER, "url", FactCards.this.publicUrl));
			// the licence is the curated data's, named once and before the sources: the
			// articles' words stay with their publishers
			String attribution = "Data: " + Citation.PUBLISHER + ", version " + this.version + ", "
					+ Citation.LICENCE_NAME
					+ (this.credits.isEmpty() ? "" : " · Source: " + String.join("; ", this.credits));
			String label = label(this.entity, holders(this.version, List.of(this.entity)));
			return new Card(this.type, this.entity.id(), label, this.quote, this.byline, this.paraphrase,
					List.copyOf(this.facts), List.copyOf(this.sources), kept(url),
					kept(absolute("/embed/" + this.type.card() + "/" + this.entity.id())), attribution,
					java.util.Collections.unmodifiableMap(this.jsonLd),
					(this.entity instanceof Reported reported) ? dispute(reported) : null);
		}

		/**
		 * What the fact's sources give differently and what its publishers withdrew, each
		 * value with the articles that give it; null when the fact is undisputed and
		 * nothing of it was corrected, which is most facts: no query then.
		 */
		Card.@Nullable Dispute dispute(Reported fact) {
			List<Claim> shown = fact.getClaims()
				.stream()
				.filter((claim) -> claim.competing() || !claim.correctedByIds().isEmpty())
				.toList();
			if (!fact.isDisputed() && shown.isEmpty()) {
				return null;
			}
			// the competing values first, then the withdrawn ones, each in the claims'
			// order
			List<Claim> ordered = new ArrayList<>(shown.stream().filter(Claim::competing).toList());
			shown.stream().filter((claim) -> !claim.competing()).forEach(ordered::add);
			Set<String> articleIds = new LinkedHashSet<>();
			Set<String> referenced = new LinkedHashSet<>(fact.getContradictedByIds());
			for (Claim claim : ordered) {
				articleIds.addAll(claim.sourceIds());
				articleIds.addAll(claim.correctedByIds());
				if (NodeId.typeOf(claim.value()) != null) {
					referenced.add(claim.value());
				}
			}
			Map<String, Article> articles = articleIds.isEmpty() ? Map.of()
					: FactCards.this.store.byIds(this.version, Article.ENTITY, articleIds);
			Map<String, String> labels = labels(this.version, referenced);
			// a post's words are marked as its person's, as its sources are
			String marked = (fact instanceof Post post) ? post.personId() : fact.id();
			List<Card.Value> values = new ArrayList<>();
			for (Claim claim : ordered) {
				values.add(new Card.Value(fieldWords(claim.field()), claimValue(claim.value(), labels), claim.value(),
						claim.competing(), !claim.correctedByIds().isEmpty(), claim.isServed(),
						cited(claim.sourceIds(), articles, marked), cited(claim.correctedByIds(), articles, null)));
			}
			List<Card.Fact> contradictedBy = new ArrayList<>();
			for (String id : fact.getContradictedByIds()) {
				String name = labels.get(id);
				if (name != null) {
					contradictedBy.add(new Card.Fact(fieldWords(NodeId.parse(id).type()), name, page(id)));
				}
			}
			int competing = (int) ordered.stream().filter(Claim::competing).count();
			return new Card.Dispute(fact.isDisputed(), competing, fact.getDisputeNote(), List.copyOf(values),
					List.copyOf(contradictedBy));
		}

		/**
		 * The articles among {@code ids} that the version has, each linked to its source
		 * view, with the words of {@code factId} marked when given.
		 */
		private List<Card.Article> cited(List<String> ids, Map<String, Article> articles, @Nullable String factId) {
			List<Card.Article> cited = new ArrayList<>();
			for (String id : ids) {
				Article article = articles.get(id);
				if (article != null) {
					String sourceView = (factId != null)
							? EvidenceLinks.of(FactCards.this.publicUrl, id, factId, this.pinned ? this.version : null)
							: kept(absolute("/articles/" + id));
					cited.add(new Card.Article(id, article.publisher(), article.publishedOn(), article.title(),
							sourceView));
				}
			}
			return List.copyOf(cited);
		}

	}

}
