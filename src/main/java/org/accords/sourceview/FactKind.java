package org.accords.sourceview;

/**
 * The kinds of fact an evidence span can support, each with its colours on the page.
 */
enum FactKind {

	STATEMENT("statement", "Statement", "#dbeafe", "#1d4ed8"),
	SIGNATORY("signatory", "Signatory", "#fde68a", "#a16207"),
	COMMITMENT("commitment", "Commitment", "#dcfce7", "#15803d"),
	AREA("cooperationArea", "Cooperation area", "#fae8ff", "#a21caf"),
	AGREEMENT("agreement", "Agreement", "#ffe4e6", "#be123c"), PERSON("person", "Person", "#ede9fe", "#6d28d9"),
	POST("post", "Post (role)", "#e7e5e4", "#57534e"),
	ORGANIZATION("organization", "Organization", "#ccfbf1", "#0f766e"),
	COUNTRY("country", "Country", "#fef9c3", "#854d0e"),
	/** A dated lifecycle event of an agreement. */
	LIFECYCLE_EVENT("lifecycleEvent", "Lifecycle event", "#ffedd5", "#c2410c"),
	/** A party of an agreement with its role. */
	PARTICIPANT("participant", "Party with role", "#e0f2fe", "#0369a1"),
	/**
	 * Money, a quantity, a delivery or a funding source of an agreement or commitment.
	 */
	AMOUNT("amount", "Money, quantity or funding", "#ecfccb", "#4d7c0f"),
	/** A meeting, visit, press conference or ceremony ({@code Event}). */
	EVENT("event", "Meeting, visit or ceremony", "#cffafe", "#0e7490"),
	PROGRAMME("programme", "Programme", "#e0e7ff", "#4338ca"),
	/** An agreement's link to one it follows, implements, amends or supersedes. */
	LINK("agreementLink", "Link between agreements", "#f5f5f4", "#b91c1c");

	private final String key;

	private final String label;

	private final String background;

	private final String line;

	FactKind(String key, String label, String background, String line) {
		this.key = key;
		this.label = label;
		this.background = background;
		this.line = line;
	}

	/** Name in JSON and in CSS classes. */
	String key() {
		return this.key;
	}

	String label() {
		return this.label;
	}

	String background() {
		return this.background;
	}

	String line() {
		return this.line;
	}

	static FactKind of(String key) {
		for (FactKind kind : values()) {
			if (kind.key.equals(key)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Unknown fact kind " + key);
	}

}
