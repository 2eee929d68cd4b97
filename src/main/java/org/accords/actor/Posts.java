package org.accords.actor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.accords.evidence.DatePrecision;
import org.accords.store.SearchText;
import org.jspecify.annotations.Nullable;

/**
 * Derives the terms of the holders of one post (one role of one organization) from what
 * the articles state. A stated start or end is kept; where none is stated, a holder's
 * term ends the day before the next holder's starts (a later article that names someone
 * else in the role, or calls this holder "former", is the earliest evidence of the
 * change), and begins where the previous holder's stated end leaves off, else at its own
 * first report. The first holder's start and the last holder's end stay open when no
 * article states them. A derived date that would end a term before it starts (before its
 * stated or derived start, else before the holder's first report) is left open instead:
 * reports that date holders in an overlapping or contrary order do not tell when the term
 * ended.
 */
public final class Posts {

	private Posts() {
	}

	/** Words that do not tell one role from another ("Minister of Defence"). */
	private static final java.util.Set<String> FILLER = java.util.Set.of("of", "for", "the", "and", "to", "on", "in",
			"at");

	/**
	 * What makes two reports' words name the same role: their words, folded (case,
	 * accents), without filler words, in any order. So "Minister of Defence Procurement"
	 * and "defence procurement minister" are one post, and "Deputy Minister of Defence"
	 * and "Minister of Defence" are two.
	 */
	public static String seatKey(String role) {
		java.util.TreeSet<String> words = new java.util.TreeSet<>();
		for (String word : SearchText.fold(role).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && !FILLER.contains(word)) {
				words.add(word);
			}
		}
		return String.join(" ", words);
	}

	/** The same posts with {@code heldFrom}, {@code heldUntil} and their range keys. */
	public static List<Post> terms(List<Post> seat) {
		List<Post> ordered = new ArrayList<>(seat);
		ordered.sort(Comparator.comparing(Posts::startEstimate).thenComparing(Post::id));
		List<Post> result = new ArrayList<>();
		String previousEnd = null;
		for (int i = 0; i < ordered.size(); i++) {
			Post post = ordered.get(i);
			String heldFrom = post.from();
			if (heldFrom == null && previousEnd != null) {
				heldFrom = LocalDate.parse(previousEnd).plusDays(1).toString();
			}
			else if (heldFrom == null && i > 0 && !startEstimate(post).equals(Post.OPEN_START)) {
				heldFrom = startEstimate(post);
			}
			String heldUntil = (post.to() != null) ? endOf(post.to(), post.toPrecision()) : null;
			if (heldUntil == null) {
				String next = (i + 1 < ordered.size()) ? startEstimate(ordered.get(i + 1)) : Post.OPEN_END;
				String cap = (post.endedBy() != null && post.endedBy().compareTo(next) < 0) ? post.endedBy() : next;
				heldUntil = (cap.equals(Post.OPEN_END) || cap.equals(Post.OPEN_START)) ? null
						: LocalDate.parse(cap).minusDays(1).toString();
			}
			// a derived date never turns the term around: where the reports date holders
			// in an
			// overlapping or contrary order (an acting holder, two articles dating the
			// same
			// appointment differently), the derived date is left open rather than
			// invented
			if (heldFrom != null && heldUntil != null && heldUntil.compareTo(heldFrom) < 0) {
				if (post.to() == null) {
					heldUntil = null;
				}
				else if (post.from() == null) {
					heldFrom = null;
				}
			}
			else if (heldFrom == null && heldUntil != null && post.to() == null
					&& !startEstimate(post).equals(Post.OPEN_START) && heldUntil.compareTo(startEstimate(post)) < 0) {
				// nor ends before the first report of the holder in office
				heldUntil = null;
			}
			// only a stated end carries over to the next holder's start
			previousEnd = (post.to() != null) ? heldUntil : null;
			result.add(new Post(post.id(), post.personId(), post.role(), post.organizationId(), post.countryId(),
					post.from(), post.fromPrecision(), post.to(), post.toPrecision(), post.firstReported(),
					post.lastReported(), post.endedBy(), heldFrom, heldUntil, post.roleKey(),
					(heldFrom != null) ? heldFrom : Post.OPEN_START, (heldUntil != null) ? heldUntil : Post.OPEN_END,
					post.evidence(), post.provenance()));
		}
		return result;
	}

	/**
	 * When a holder's term began, as far as the reports tell: its stated start, else the
	 * first article that reports it.
	 */
	private static String startEstimate(Post post) {
		if (post.from() != null) {
			return post.from();
		}
		if (post.firstReported() != null) {
			return post.firstReported();
		}
		return Post.OPEN_START;
	}

	/** The last day a date of the given precision covers. */
	static String endOf(String iso, @Nullable DatePrecision precision) {
		LocalDate date = LocalDate.parse(iso);
		if (precision == DatePrecision.WEEK) {
			return date.plusDays(6).toString();
		}
		if (precision == DatePrecision.MONTH) {
			return YearMonth.from(date).atEndOfMonth().toString();
		}
		if (precision == DatePrecision.YEAR) {
			return date.withDayOfYear(date.lengthOfYear()).toString();
		}
		return date.toString();
	}

}
