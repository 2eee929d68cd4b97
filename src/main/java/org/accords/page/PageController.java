package org.accords.page;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.accords.AccordsProperties;
import org.accords.article.Withdrawals;
import org.accords.dataset.DatasetInfo;
import org.accords.dataset.DatasetState;
import org.accords.dataset.NoDatasetException;
import org.accords.graphql.DatasetVersionSource;
import org.accords.paging.InvalidInputException;
import org.accords.paging.NodeId;
import org.accords.graphql.VersionBusyException;
import org.accords.graphql.VersionNotKeptException;
import org.accords.web.ContentNegotiation;
import org.accords.web.ChargeRefusedException;
import org.accords.web.ContentSecurityPolicy;
import org.accords.web.Problems;
import org.accords.web.RequestBudget;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accords.http.ETags;
import org.accords.http.Echo;
import org.accords.http.Release;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page per fact ({@code /statements/{id}}, {@code /agreements/{id}}, … as HTML, or JSON
 * with {@code Accept: application/json}), the embeddable card
 * ({@code /embed/{type}/{id}}) and the oEmbed endpoint ({@code /oembed}). All are
 * revalidated with the dataset version's ETag, and pages and cards serve any kept version
 * named by {@code Accords-Version} or {@code ?version=} (a citation of a version keeps
 * resolving to it); read by its version, a page or card keeps it in its links. Each is
 * charged to its client's budget before the store is read ({@link RequestBudget}), but a
 * conditional request of a page or card rendered already, which reads nothing.
 */
@Controller
class PageController {

	static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	/** The page's own policy: styles inline, no scripts, frames only of our cards. */
	static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'; "
			+ "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

	/** The card types, as a card's address names them. */
	private static final java.util.List<String> CARD_TYPES = java.util.Arrays.stream(PageType.values())
		.map(PageType::card)
		.toList();

	private static final Duration CARD_MAX_AGE = Duration.ofMinutes(5);

	private final DatasetState state;

	private final FactCards cards;

	private final RenderedCards rendered;

	private final String publicUrl;

	private final String cardPolicy;

	private final Release release;

	private final RequestBudget budget;

	private final Withdrawals withdrawals;

	PageController(DatasetState state, FactCards cards, RenderedCards rendered, AccordsProperties properties,
			Release release, RequestBudget budget, Withdrawals withdrawals) {
		this.state = state;
		this.withdrawals = withdrawals;
		this.release = release;
		this.budget = budget;
		this.cards = cards;
		this.rendered = rendered;
		this.publicUrl = properties.publicUrl();
		this.cardPolicy = cardPolicy(properties.embed().frameAncestors());
	}

	/**
	 * The card's policy: styles inline, nothing else loaded, framed only by the
	 * configured ancestors.
	 */
	static String cardPolicy(java.util.List<String> frameAncestors) {
		return ContentSecurityPolicy.restrictive(frameAncestors);
	}

	@GetMapping("/{collection:statements|agreements|commitments|people|organizations|countries|cooperation-areas|signatories|events|programmes|posts}/{id}")
	@Nullable ResponseEntity<?> page(@PathVariable String collection, @PathVariable String id,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
			HttpServletRequest http, HttpServletResponse response) {
		PageType type = PageType.ofCollection(collection);
		boolean json = ContentNegotiation.wantsJson(accept);
		if (type == null) {
			return problem(HttpStatus.NOT_FOUND, "No pages of " + collection, json);
		}
		DatasetInfo info = this.state.info(DatasetVersionSource.requested(http));
		// a page read by its version keeps it in its links: other bytes, another tag
		boolean pinned = DatasetVersionSource.pinned(http);
		String etag = this.release.etag(info.version(),
				DatasetVersionSource.variant("-page-" + (json ? "json" : "html"), pinned));
		byte[] page = json ? null : this.rendered.renderedPage(info.version(), type, id, pinned);
		this.budget.chargeUnlessAnswered(http, etag, page != null, RequestBudget.PAGE_COST, "page");
		// an unknown id is a 404 whatever the client has cached: never a 304, nor an ETag
		Card card = json ? this.cards.card(info.version(), type, id, pinned) : null;
		if (!json && page == null) {
			page = this.rendered.page(info.version(), type, id, this.publicUrl, pinned);
		}
		if (card == null && page == null) {
			Gone gone = gone(info, type, id, pinned);
			if (gone != null) {
				return Problems.of(HttpStatus.GONE, json, gone.json(), PAGE_POLICY,
						json ? "" : PageHtml.gone(gone, "light", false));
			}
			return problem(HttpStatus.NOT_FOUND, missing(type, id, info, false), json);
		}
		if (ETags.answered(http, response, etag, CacheControl.noCache(), HttpHeaders.ACCEPT,
				DatasetVersionSource.HEADER)) {
			return null;
		}
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
			.eTag(etag)
			.header(DatasetVersionSource.HEADER, info.version());
		if (card != null) {
			return ok.contentType(MediaType.APPLICATION_JSON).body(json(card, info.version()));
		}
		return ok.contentType(HTML).header("Content-Security-Policy", PAGE_POLICY).body(page);
	}

	@GetMapping("/embed/{type}/{id}")
	@Nullable ResponseEntity<?> embed(@PathVariable String type, @PathVariable String id,
			@RequestParam(defaultValue = "light") String theme, HttpServletRequest http, HttpServletResponse response) {
		PageType pageType = PageType.ofCard(type);
		if (pageType == null) {
			String meant = PageAddresses.pageMeant("/embed/" + type + "/" + id);
			return cardProblem(HttpStatus.NOT_FOUND, cardTheme(theme),
					"No card type " + Echo.quoted(type)
							+ ((meant != null) ? "; did you mean " + meant + "? A card's type is one of " : "; one of ")
							+ CARD_TYPES);
		}
		if (!PageHtml.isTheme(theme)) {
			return cardProblem(HttpStatus.BAD_REQUEST, "light",
					"theme must be light or dark, not " + Echo.quoted(theme));
		}
		DatasetInfo info = this.state.info(DatasetVersionSource.requested(http));
		// a card read by its version keeps it in its links: other bytes, another tag
		boolean pinned = DatasetVersionSource.pinned(http);
		String etag = this.release.etag(info.version(), DatasetVersionSource.variant("-card-" + theme, pinned));
		// a CDN revalidating its copy of a card rendered already reads nothing: not
		// charged
		byte[] card = this.rendered.renderedCard(info.version(), pageType, id, theme, pinned);
		this.budget.chargeUnlessAnswered(http, etag, card != null, RequestBudget.PAGE_COST, "card");
		if (card == null) {
			card = this.rendered.card(info.version(), pageType, id, theme, this.publicUrl, pinned);
		}
		if (card == null) {
			Gone gone = gone(info, pageType, id, pinned);
			if (gone != null) {
				return Problems.of(HttpStatus.GONE, false, gone.json(), this.cardPolicy,
						PageHtml.gone(gone, theme, true));
			}
			return cardProblem(HttpStatus.NOT_FOUND, theme, missing(pageType, id, info, true));
		}
		if (ETags.answered(http, response, etag, CacheControl.maxAge(CARD_MAX_AGE).cachePublic(),
				DatasetVersionSource.HEADER)) {
			return null;
		}
		return ResponseEntity.ok()
			.eTag(etag)
			.header(DatasetVersionSource.HEADER, info.version())
			.header("Content-Security-Policy", this.cardPolicy)
			.contentType(HTML)
			.body(card);
	}

	/**
	 * Any other address under {@code /embed} (a card's address cut short or with a
	 * segment too many): a 404 that a portal's frame shows, naming a card's form.
	 */
	@GetMapping("/embed/**")
	ResponseEntity<?> noCard(HttpServletRequest request) {
		return cardProblem(HttpStatus.NOT_FOUND, cardTheme(request.getParameter("theme")), "No card at "
				+ request.getRequestURI() + "; a card's address is /embed/{type}/{id}, type one of " + CARD_TYPES);
	}

	/**
	 * 404 for an id the version does not have as {@code type}; an id of another type (a
	 * statement's id under {@code /embed/person/}, the usual slip when a portal builds
	 * addresses) is told where its page or card is.
	 */
	private static String missing(PageType type, String id, DatasetInfo info, boolean card) {
		String message = "No " + FactCards.words(type.name()) + " with id " + Echo.quoted(id) + " in dataset version "
				+ info.version();
		// null for a curated id, or no id at all
		String typeName = NodeId.typeOf(id);
		PageType other = (typeName != null) ? PageType.ofType(typeName) : null;
		if (other != null && other != type) {
			String words = FactCards.words(other.name());
			message += ": that is the id of " + NodeId.article(words) + " " + words + ", whose "
					+ (card ? "card is /embed/" + other.card() : "page is /" + other.collection()) + "/" + id;
		}
		return message;
	}

	/**
	 * What a page, card or oEmbed answers with {@code 410 Gone} for an id a correction of
	 * the version withdrew whole (the reader is told it was reported, then withdrawn, and
	 * by whom); null when none did, which is a {@code 404}. The corrections are found by
	 * the one query per version the source view makes, which the store's cache keeps.
	 * @param pinned whether the version was named, which the correction's link then keeps
	 */
	private @Nullable Gone gone(DatasetInfo info, PageType type, String id, boolean pinned) {
		Withdrawals.Withdrawn withdrawn = this.withdrawals.of(info.version(), FactCards.nodeId(type, id));
		return (withdrawn != null) ? Gone.of(type, withdrawn, this.publicUrl, pinned ? info.version() : null) : null;
	}

	/** A version asked for that is not kept: 404 naming those kept. */
	@ExceptionHandler(VersionNotKeptException.class)
	ResponseEntity<?> notKept(VersionNotKeptException ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage(), request);
	}

	/** The header and the parameter name different versions. */
	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<?> invalid(InvalidInputException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), request);
	}

	/**
	 * A parameter of the wrong type ({@code /oembed?maxwidth=wide}): a 400 that names it,
	 * in the form asked for, not the framework's bare "Bad Request".
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<?> mistyped(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		boolean json = wantsJson(request) || isOembed(request);
		return problem(HttpStatus.BAD_REQUEST,
				ex.getName() + " must be a whole number, not " + Echo.quoted(Objects.toString(ex.getValue(), "")),
				json);
	}

	/** An older version asked for too soon after another was loaded. */
	@ExceptionHandler(VersionBusyException.class)
	ResponseEntity<?> busy(VersionBusyException ex, HttpServletRequest request) {
		HttpHeaders retry = new HttpHeaders();
		retry.set(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		return Problems.with(problem(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage(), request), retry);
	}

	/**
	 * Over the client's budget (429, with the budget and when to retry), or an unknown
	 * API key (401): a page for a browser, framed as the page or card asked for would be;
	 * JSON for a program and for oEmbed.
	 */
	@ExceptionHandler(ChargeRefusedException.class)
	ResponseEntity<?> refused(ChargeRefusedException ex, HttpServletRequest request) {
		ResponseEntity<?> problem = isOembed(request) ? problem(ex.status(), ex.getMessage(), true)
				: problem(ex.status(), ex.getMessage(), request);
		return Problems.with(problem, ex.headers());
	}

	@ExceptionHandler(NoDatasetException.class)
	ResponseEntity<?> noDataset(HttpServletRequest request) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "No dataset is loaded yet; try again shortly", request);
	}

	private static boolean wantsJson(HttpServletRequest request) {
		return ContentNegotiation.wantsJson(request.getHeader(HttpHeaders.ACCEPT));
	}

	/**
	 * oEmbed (https://oembed.com): a page's or card's address in, a {@code rich} answer
	 * with the iframe out; kept and revalidated as the card is ({@code max-age} its
	 * {@code cache_age}, an ETag per dataset version), an unknown id a 404 whatever the
	 * client holds.
	 */
	@GetMapping("/oembed")
	@Nullable ResponseEntity<?> oembed(@RequestParam(required = false) @Nullable String url,
			@RequestParam(defaultValue = "json") String format,
			@RequestParam(required = false) @Nullable Integer maxwidth,
			@RequestParam(required = false) @Nullable Integer maxheight, HttpServletRequest http,
			HttpServletResponse response) {
		if (!format.equals("json")) {
			// the oEmbed specification's answer to a format a provider does not offer
			return problem(HttpStatus.NOT_IMPLEMENTED, "format must be json, not " + Echo.quoted(format), true);
		}
		if (url == null || url.isBlank()) {
			return problem(HttpStatus.BAD_REQUEST,
					"url is required: the address of a page such as " + this.publicUrl + "/statements/{id}", true);
		}
		if (maxwidth != null && maxwidth < 1 || maxheight != null && maxheight < 1) {
			return problem(HttpStatus.BAD_REQUEST, ((maxwidth != null && maxwidth < 1) ? "maxwidth" : "maxheight")
					+ " must be at least 1: the largest size in pixels the embed may take", true);
		}
		String prefix = this.publicUrl + "/";
		URI address = url.startsWith(prefix) ? uri(url) : null;
		String path = (address != null) ? address.getPath() : null;
		String[] parts = (path != null) ? path.substring(1).split("/") : new String[0];
		PageType type = null;
		String id = null;
		if (parts.length == 2) {
			type = PageType.ofCollection(parts[0]);
			id = parts[1];
		}
		else if (parts.length == 3 && parts[0].equals("embed")) {
			type = PageType.ofCard(parts[1]);
			id = parts[2];
		}
		if (type == null || id == null) {
			// a slip of a page's address (/statement/{id}) names the page meant, with the
			// address's query (its theme, its version); an article's source view has no
			// card
			String meant = (address != null && path != null) ? PageAddresses.pageMeant(path) : null;
			String query = (address != null && address.getRawQuery() != null) ? "?" + address.getRawQuery() : "";
			String hint = (meant != null && !meant.startsWith("/articles/"))
					? "; did you mean " + Echo.address(this.publicUrl + meant + query) + "?" : "";
			return problem(HttpStatus.NOT_FOUND, "url is not the address of an Accords page: " + Echo.address(url)
					+ hint + " (expected " + this.publicUrl + "/statements/{id}, /agreements/{id}, …)", true);
		}
		// the card keeps what the address asks for: its theme and the version it cites
		Map<String, String> query = UriComponentsBuilder.fromUriString(url).build().getQueryParams().toSingleValueMap();
		String theme = Objects.requireNonNullElse(query.get("theme"), "light");
		if (!PageHtml.isTheme(theme)) {
			return problem(HttpStatus.NOT_FOUND, "theme must be light or dark, not " + Echo.quoted(theme), true);
		}
		// blank names none, as the page at that address reads it
		String version = DatasetVersionSource.named(query.get(DatasetVersionSource.PARAMETER));
		DatasetInfo info;
		try {
			info = (version != null) ? this.state.info(version) : this.state.currentOrNull();
		}
		catch (VersionNotKeptException ex) {
			return problem(HttpStatus.NOT_FOUND, ex.getMessage(), true);
		}
		if (info == null) {
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "No dataset is loaded yet; try again shortly", true);
		}
		// a URL that names its version cites it: the card embedded is that version's,
		// read by it (its address and links keep it), whatever is published later; a
		// header sent to /oembed is not the URL's, and an iframe could not send it
		this.budget.charge(http, RequestBudget.PAGE_COST, "oEmbed answer");
		Card card = this.cards.card(info.version(), type, id, version != null);
		if (card == null) {
			Gone gone = gone(info, type, id, version != null);
			if (gone != null) {
				return Problems.of(HttpStatus.GONE, true, gone.json(), PAGE_POLICY, "");
			}
			return problem(HttpStatus.NOT_FOUND, missing(type, id, info, parts[0].equals("embed")), true);
		}
		// revalidated as the card it frames: the rest of the answer is the request's
		// address (url, maxwidth, maxheight), which a cache keys by
		String etag = this.release.etag(info.version(), "-oembed");
		if (ETags.answered(http, response, etag, CacheControl.maxAge(CARD_MAX_AGE).cachePublic())) {
			return null;
		}
		UriComponentsBuilder src = UriComponentsBuilder.fromUriString(card.embedUrl());
		if (!theme.equals("light")) {
			src.queryParam("theme", theme);
		}
		// oEmbed: a provider keeps within maxwidth and maxheight when they are given
		int width = Math.max(1, Math.min(560, (maxwidth != null) ? maxwidth : 560));
		// as high as the card is at that width, so that it shows whole: within maxheight
		int height = PageHtml.height(card, width);
		if (maxheight != null) {
			height = Math.min(height, maxheight);
		}
		String html = PageHtml.iframe(card, src.build().toUriString(), width, height);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", "1.0");
		body.put("type", "rich");
		body.put("title", card.label());
		body.put("provider_name", "Accords");
		body.put("provider_url", this.publicUrl);
		body.put("cache_age", CARD_MAX_AGE.toSeconds());
		body.put("html", html);
		body.put("width", width);
		body.put("height", height);
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(CacheControl.maxAge(CARD_MAX_AGE).cachePublic())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	/**
	 * The address oEmbed is asked about, or null when it is not a URI at all (a space or
	 * a {@code |} left unencoded): no page has such an address.
	 */
	private static @Nullable URI uri(String url) {
		try {
			return new URI(url);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static Map<String, Object> json(Card card, String version) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", card.id());
		body.put("type", card.type().type());
		body.put("label", card.label());
		body.put("url", card.url());
		body.put("embedUrl", card.embedUrl());
		body.put("datasetVersion", version);
		if (card.quote() != null) {
			body.put("quote", card.quote());
			body.put("byline", card.byline());
		}
		body.put("facts", card.facts());
		body.put("sources", card.sources());
		// only where sources differ or a value was corrected: the JSON of any other fact
		// is as it was
		if (card.dispute() != null) {
			body.put("dispute", card.dispute());
		}
		body.put("attribution", card.attribution());
		body.put("jsonLd", card.jsonLd());
		return body;
	}

	/**
	 * The error of a page's address (or oEmbed's), with the page's policy: framed as the
	 * page would be.
	 */
	private static ResponseEntity<?> problem(HttpStatus status, String message, boolean json) {
		return Problems.of(status, message, json, PAGE_POLICY, json ? "" : PageHtml.problem(message, null));
	}

	/**
	 * The error of a card's address, with the card's policy: a portal that frames cards
	 * shows the message, not the browser's refusal to frame it.
	 */
	private ResponseEntity<?> cardProblem(HttpStatus status, String theme, String message) {
		return Problems.of(status, message, false, this.cardPolicy, PageHtml.problem(message, theme));
	}

	/**
	 * The theme a card's error is shown in: the one asked for, or the default's when none
	 * or no theme is.
	 */
	private static String cardTheme(@Nullable String theme) {
		return (theme != null && PageHtml.isTheme(theme)) ? theme : "light";
	}

	/**
	 * The error of a request a handler here turned down: a card's, a page's, oEmbed's.
	 */
	private ResponseEntity<?> problem(HttpStatus status, String message, HttpServletRequest request) {
		boolean json = wantsJson(request);
		return (!json && isCard(request)) ? cardProblem(status, cardTheme(request.getParameter("theme")), message)
				: problem(status, message, json);
	}

	private static boolean isOembed(HttpServletRequest request) {
		return request.getRequestURI().endsWith("/oembed");
	}

	private static boolean isCard(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/embed/");
	}

}
