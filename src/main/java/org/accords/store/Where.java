package org.accords.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Builds a filter from optional conditions: a condition whose value is null is left out,
 * the rest must all hold. Uses only operators both MongoDB and the embedded server
 * support.
 */
public final class Where {

	private final List<Criteria> parts = new ArrayList<>();

	public static Where all() {
		return new Where();
	}

	/**
	 * The criteria of a filter argument: the conditions {@code conditions} adds to
	 * {@link #all()}, none when the argument is absent. What a root field's page reads:
	 * {@code store.page(version, X.ENTITY, Where.of(filter, XFilter::where), sort, page)}.
	 */
	public static <F> Criteria of(@Nullable F filter, BiFunction<F, Where, Where> conditions) {
		return ((filter != null) ? conditions.apply(filter, all()) : all()).criteria();
	}

	/** {@code field} equals {@code value}; on an array field, contains it. */
	public Where is(String field, @Nullable Object value) {
		if (value != null) {
			this.parts.add(Criteria.where(field).is((value instanceof Enum<?> e) ? e.name() : value));
		}
		return this;
	}

	/** {@code field} is one of {@code values}; null means no condition. */
	public Where in(String field, @Nullable Collection<?> values) {
		if (values != null) {
			this.parts.add(Criteria.where(field).in(values));
		}
		return this;
	}

	/** {@code field} is none of {@code values}. */
	public Where notIn(String field, Collection<?> values) {
		this.parts.add(Criteria.where(field).nin(values));
		return this;
	}

	/**
	 * A list {@code field} has an item, or (for {@code false}) has none, which also
	 * matches documents that leave it out; null means no condition.
	 */
	public Where nonEmpty(String field, @Nullable Boolean value) {
		if (value != null) {
			this.parts.add(Criteria.where(field + ".0").exists(value));
		}
		return this;
	}

	/**
	 * A boolean {@code field} is true, or (for {@code false}) is not true, which also
	 * matches documents that leave it out; null means no condition.
	 */
	public Where flag(String field, @Nullable Boolean value) {
		if (value != null) {
			this.parts.add(value ? Criteria.where(field).is(true) : Criteria.where(field).ne(true));
		}
		return this;
	}

	/** A numeric {@code field} is at least {@code value}; null means no condition. */
	public Where atLeast(String field, @Nullable Number value) {
		if (value != null) {
			this.parts.add(Criteria.where(field).gte(value));
		}
		return this;
	}

	/**
	 * The list {@code field} holds every one of {@code values}; null or empty: no
	 * condition.
	 */
	public Where containsAll(String field, @Nullable Collection<?> values) {
		if (values != null && !values.isEmpty()) {
			this.parts.add(Criteria.where(field).all(values));
		}
		return this;
	}

	/**
	 * On {@code date}, the span from {@code fromField} (inclusive, set) to
	 * {@code untilField} (exclusive, or absent: open) holds; ISO dates compare as
	 * strings.
	 */
	public Where within(String fromField, String untilField, @Nullable LocalDate date) {
		if (date != null) {
			String day = date.toString();
			this.parts.add(new Criteria().andOperator(Criteria.where(fromField).lte(day), new Criteria()
				.orOperator(Criteria.where(untilField).is(null), Criteria.where(untilField).gt(day))));
		}
		return this;
	}

	/**
	 * On {@code date}, no item of the list of embedded documents {@code field} holds the
	 * day: its span from {@code fromField} (inclusive) to {@code untilField} (exclusive),
	 * both set, ISO dates compared as strings. A document stored without the list is not
	 * held to it. A null date: no condition.
	 */
	public Where outside(String field, String fromField, String untilField, @Nullable LocalDate date) {
		if (date != null) {
			String day = date.toString();
			this.parts.add(new Criteria().norOperator(
					Criteria.where(field).elemMatch(Criteria.where(fromField).lte(day).and(untilField).gt(day))));
		}
		return this;
	}

	/**
	 * {@code field} at least {@code value}, compared as strings: for keys that sort as
	 * their values do (ISO dates, {@code Amounts.key}).
	 */
	public Where atLeastKey(String field, @Nullable String value) {
		if (value != null) {
			this.parts.add(Criteria.where(field).gte(value));
		}
		return this;
	}

	/** An ISO-date field lies within the range; either end may be open. */
	public Where between(String field, @Nullable LocalDate from, @Nullable LocalDate to) {
		if (from != null && to != null) {
			this.parts.add(Criteria.where(field).gte(from.toString()).lte(to.toString()));
		}
		else if (from != null) {
			this.parts.add(Criteria.where(field).gte(from.toString()));
		}
		else if (to != null) {
			this.parts.add(Criteria.where(field).lte(to.toString()));
		}
		return this;
	}

	/**
	 * On {@code date}, the span from {@code startField} to {@code endField} (both
	 * inclusive and always set: an open end is stored as a far date) holds.
	 */
	public Where covers(String startField, String endField, @Nullable LocalDate date) {
		if (date != null) {
			this.parts.add(Criteria.where(startField).lte(date.toString()));
			this.parts.add(Criteria.where(endField).gte(date.toString()));
		}
		return this;
	}

	/**
	 * On {@code date}, each of {@code keys} has an item in the list of embedded documents
	 * {@code field} whose {@code keyField} is the key, whose {@code flag} field is true
	 * (when a flag is named), and whose span from {@code fromField} (inclusive) to
	 * {@code untilField} (exclusive) holds the date: both ends always set (an open end is
	 * stored as a far date), ISO dates compared as strings. One item must hold all of it
	 * ({@code $elemMatch}). A document stored without the list (by a release before it
	 * was kept) is not held to it, and answers as before until the next publication. A
	 * null date or null keys: no condition.
	 */
	public Where spanOn(String field, String keyField, @Nullable Collection<?> keys, @Nullable String flag,
			String fromField, String untilField, @Nullable LocalDate date) {
		if (date != null && keys != null) {
			String day = date.toString();
			for (Object key : keys) {
				Criteria item = Criteria.where(keyField).is(key);
				if (flag != null) {
					item = item.and(flag).is(true);
				}
				this.parts.add(new Criteria().orOperator(Criteria.where(field).exists(false),
						Criteria.where(field).elemMatch(item.and(fromField).lte(day).and(untilField).gt(day))));
			}
		}
		return this;
	}

	/**
	 * The folded text {@code field} contains {@code folded} (already folded); null: no
	 * condition.
	 */
	public Where containsText(String field, @Nullable String folded) {
		if (folded != null && !folded.isEmpty()) {
			this.parts.add(Criteria.where(field).regex(java.util.regex.Pattern.quote(folded)));
		}
		return this;
	}

	/**
	 * An item of the list of embedded documents {@code field} has {@code itemField} equal
	 * to {@code value} and each of {@code more} (field, value pairs; a null value there
	 * is no condition); null {@code value} means no condition.
	 */
	public Where item(String field, String itemField, @Nullable Object value, @Nullable Object... more) {
		if (value != null) {
			Criteria item = Criteria.where(itemField).is((value instanceof Enum<?> e) ? e.name() : value);
			for (int i = 0; i + 1 < more.length; i += 2) {
				Object other = more[i + 1];
				if (other != null) {
					item = item.and((String) more[i]).is((other instanceof Enum<?> e) ? e.name() : other);
				}
			}
			this.parts.add(Criteria.where(field).elemMatch(item));
		}
		return this;
	}

	public Criteria criteria() {
		if (this.parts.isEmpty()) {
			return new Criteria();
		}
		return (this.parts.size() == 1) ? this.parts.get(0) : new Criteria().andOperator(this.parts);
	}

}
