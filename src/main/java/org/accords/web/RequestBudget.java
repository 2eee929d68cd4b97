package org.accords.web;

import jakarta.servlet.http.HttpServletRequest;
import org.accords.http.ETags;
import org.accords.graphql.ErrorCode;
import org.accords.graphql.guard.RateLimiter;
import org.accords.graphql.guard.Refusal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Charges a request that is not GraphQL (a page, a card, oEmbed, the source view, the
 * article list, a feed, a download) to the budget {@code /graphql} spends, before the
 * store is read: the partner's when it sends its key, else its address's. One bucket
 * lookup, as {@code /graphql}'s. A page's answer says nothing of the budget (the same
 * bytes for every client, which a shared cache may keep); a refusal does, and is
 * {@code no-store}.
 */
@Component
public class RequestBudget {

	/**
	 * A fact's page (HTML or JSON), a card, an oEmbed answer, an article's source view
	 * (HTML or JSON): about what {@code /graphql} charges for one statement with its
	 * speaker, areas and evidence (a typical page of 20 costs some 1,030). A person
	 * reading pages spends a few hundred points a minute of the anonymous 1,000,000.
	 */
	public static final long PAGE_COST = 50;

	/**
	 * A page of the article list: 10, and one for each of the 100 articles it lists.
	 */
	public static final long LIST_COST = 110;

	/** A feed: this, and one for each entity it lists (at most 100 per version). */
	public static final long FEED_COST = 10;

	private final RateLimiter rateLimiter;

	RequestBudget(RateLimiter rateLimiter) {
		this.rateLimiter = rateLimiter;
	}

	/**
	 * Charges {@code cost} to the request's client; a cost over its whole budget takes
	 * the whole budget, so that it can still be had once per refill period.
	 * @param what what is asked for, as a refusal names it: "page", "download"
	 * @throws ChargeRefusedException 429 when the budget cannot cover it yet, 401 for an
	 * unknown API key (charged to the address as a guess; 429 once it cannot cover that)
	 */
	public void charge(HttpServletRequest request, long cost, String what) {
		RateLimiter.Charge charge;
		try {
			charge = this.rateLimiter.chargeUpToWholeBudget(request.getHeader(this.rateLimiter.apiKeyHeader()),
					request.getRemoteAddr(), cost);
		}
		catch (Refusal ex) {
			RateLimiter.Charge over = ex.charge();
			if (over != null) {
				throw new ChargeRefusedException(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage(), over.headers());
			}
			HttpHeaders challenge = new HttpHeaders();
			if (ex.code() == ErrorCode.UNAUTHENTICATED) {
				challenge.set(HttpHeaders.WWW_AUTHENTICATE,
						"ApiKey header=\"" + this.rateLimiter.apiKeyHeader() + "\"");
			}
			throw new ChargeRefusedException(ex.code().status(), ex.getMessage(), challenge);
		}
		if (!charge.allowed()) {
			throw new ChargeRefusedException(HttpStatus.TOO_MANY_REQUESTS, charge.refusalMessage(what, cost),
					charge.headers());
		}
	}

	/**
	 * Charges {@code cost} unless the request's preconditions answer it (a {@code 304} or
	 * {@code 412} of {@code etag}) with what is at hand: such an answer reads nothing, so
	 * a CDN revalidating its copy spends nothing.
	 * @param atHand whether the answer is built already (rendered, or known from the
	 * versions' list alone); when not, the request reads the store and is charged
	 */
	public void chargeUnlessAnswered(HttpServletRequest request, String etag, boolean atHand, long cost, String what) {
		if (!atHand || ETags.precondition(request, etag, false) == null) {
			charge(request, cost, what);
		}
	}

}
