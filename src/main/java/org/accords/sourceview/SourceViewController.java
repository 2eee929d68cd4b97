package org.accords.sourceview;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.accords.article.Article;
import org.accords.dataset.DatasetInfo;
import org.accords.dataset.DatasetState;
import org.accords.dataset.NoDatasetException;
import org.accords.graphql.DatasetVersionSource;
import org.accords.graphql.VersionBusyException;
import org.accords.graphql.VersionNotKeptException;
import org.accords.paging.InvalidInputException;
import org.accords.paging.NodeId;
import org.accords.store.FactStore;
import org.accords.web.ChargeRefusedException;
import org.accords.web.ContentNegotiation;
import org.accords.web.Problems;
import org.accords.web.RequestBudget;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accords.http.ETags;
import org.accords.http.Echo;
import org.accords.http.Release;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
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

/**
 * The source view: {@code /articles/{id}} shows an article with every evidence span
 * highlighted (HTML), or returns it with its spans ({@code Accept: application/json});
 * {@code /articles} lists the articles. Each is charged to its client's budget before the
 * store is read ({@link RequestBudget}); a list's {@code 304} reads nothing and is not.
 */
@Controller
class SourceViewController {

	static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static final int PAGE = 100;

	private final DatasetState state;

	private final ArticleSpans spans;

	private final FactStore store;

	private final Release release;

	private final RequestBudget budget;

	SourceViewController(DatasetState state, ArticleSpans spans, FactStore store, Release release,
			RequestBudget budget) {
		this.state = state;
		this.release = release;
		this.budget = budget;
		this.spans = spans;
		this.store = store;
	}

	@GetMapping("/articles/{id}")
	@Nullable ResponseEntity<?> article(@PathVariable String id, @RequestParam(required = false) @Nullable String fact,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
			HttpServletRequest http, HttpServletResponse response) {
		boolean json = ContentNegotiation.wantsJson(accept);
		DatasetInfo info = this.state.info(DatasetVersionSource.requested(http));
		boolean pinned = DatasetVersionSource.pinned(http);
		this.budget.charge(http, RequestBudget.PAGE_COST, "source view");
		SourceArticle article = this.spans.article(info.version(), articleId(id));
		if (article == null) {
			return problem(HttpStatus.NOT_FOUND, "No article with id " + Echo.quoted(id) + " in dataset version "
					+ info.version() + "; see /articles for the list", json);
		}
		// a view read by its version keeps it in its links: its HTML is another answer;
		// its JSON has no links, and is the same
		String etag = this.release.etag(info.version(), json ? "-json" : DatasetVersionSource.variant("-html", pinned));
		if (ETags.answered(http, response, etag, CacheControl.noCache(), HttpHeaders.ACCEPT,
				DatasetVersionSource.HEADER)) {
			return null;
		}
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
			.eTag(etag)
			.header(DatasetVersionSource.HEADER, info.version());
		if (json) {
			return ok.contentType(MediaType.APPLICATION_JSON).body(article);
		}
		SourcePage.Frame frame = new SourcePage.Frame(fact, Set.of(), "Source", List.of(), true, Map.of(),
				pinned ? info.version() : null);
		return ok.contentType(HTML)
			.header("Content-Security-Policy", SourcePage.contentSecurityPolicy())
			.body(SourcePage.html(article, frame));
	}

	/**
	 * The list is revalidated as the pages are: {@code no-cache} with an ETag per dataset
	 * version (and page of the list), a 304 before the store is asked anything.
	 */
	@GetMapping({ "/articles", "/articles/" })
	@Nullable ResponseEntity<?> articles(@RequestParam(defaultValue = "1") int page, HttpServletRequest http,
			HttpServletResponse response) {
		DatasetInfo info = this.state.info(DatasetVersionSource.requested(http));
		// a list read by its version keeps it in its links: other bytes, another tag
		boolean pinned = DatasetVersionSource.pinned(http);
		String etag = this.release.etag(info.version(), DatasetVersionSource.variant("-list-" + page, pinned));
		// a 304 (or 412) reads nothing: not charged
		this.budget.chargeUnlessAnswered(http, etag, true, RequestBudget.LIST_COST, "page of the article list");
		if (ETags.answered(http, response, etag, CacheControl.noCache(), DatasetVersionSource.HEADER)) {
			return null;
		}
		long total = this.store.count(info.version(), Article.ENTITY, new Criteria());
		int pages = (int) Math.max(1, (total + PAGE - 1) / PAGE);
		int current = Math.max(1, Math.min(page, pages));
		List<Article> articles = this.store.slice(info.version(), Article.ENTITY, new Criteria(),
				Sort.by("publishedOn", "_id"), (long) (current - 1) * PAGE, PAGE);
		return ResponseEntity.ok()
			.eTag(etag)
			.header(DatasetVersionSource.HEADER, info.version())
			.contentType(HTML)
			.header("Content-Security-Policy", ArticleList.CONTENT_SECURITY_POLICY)
			.body(ArticleList.html(articles, current, pages, total, info.version(), pinned));
	}

	/**
	 * An article's node id, or the curated id of its {@code article} section, which is
	 * what curators know.
	 */
	static String articleId(String id) {
		try {
			if (NodeId.parse(id).type().equals(Article.TYPE)) {
				return id;
			}
		}
		catch (RuntimeException ex) {
			// not a node id: a curated id
		}
		return NodeId.of(Article.TYPE, id);
	}

	/**
	 * A list page that is not a number ({@code /articles?page=second}): a 400 that names
	 * it, with the list's policy, not the framework's error page.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<?> mistyped(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST,
				ex.getName() + " must be a whole number, not '" + Objects.toString(ex.getValue(), "") + "'",
				wantsJson(request));
	}

	/** A version asked for that is not kept: 404 naming those kept, as pages answer. */
	@ExceptionHandler(VersionNotKeptException.class)
	ResponseEntity<?> notKept(VersionNotKeptException ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage(), wantsJson(request));
	}

	/** The header and the parameter name different versions. */
	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<?> invalid(InvalidInputException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), wantsJson(request));
	}

	/** An older version asked for too soon after another was loaded. */
	@ExceptionHandler(VersionBusyException.class)
	ResponseEntity<?> busy(VersionBusyException ex, HttpServletRequest request) {
		HttpHeaders retry = new HttpHeaders();
		retry.set(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		return Problems.with(problem(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage(), wantsJson(request)), retry);
	}

	/**
	 * Over the client's budget (429, with the budget and when to retry), or an unknown
	 * API key (401), in the form asked for.
	 */
	@ExceptionHandler(ChargeRefusedException.class)
	ResponseEntity<?> refused(ChargeRefusedException ex, HttpServletRequest request) {
		return Problems.with(problem(ex.status(), ex.getMessage(), wantsJson(request)), ex.headers());
	}

	@ExceptionHandler(NoDatasetException.class)
	ResponseEntity<?> noDataset(HttpServletRequest request) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "No dataset is loaded yet; try again shortly",
				wantsJson(request));
	}

	private static boolean wantsJson(HttpServletRequest request) {
		return ContentNegotiation.wantsJson(request.getHeader(HttpHeaders.ACCEPT));
	}

	/** An error of the source view or the list, framed (not at all) as they are. */
	private static ResponseEntity<?> problem(HttpStatus status, String message, boolean json) {
		return Problems.of(status, message, json, ArticleList.CONTENT_SECURITY_POLICY,
				json ? "" : ArticleList.message(message));
	}

}
