package org.accords.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.accords.article.Article;
import org.accords.article.Withdrawals;
import org.accords.evidence.WithdrawnAgreement;
import org.accords.paging.NodeId;
import org.accords.sourceview.EvidenceLinks;
import org.jspecify.annotations.Nullable;

/**
 * What the page, card and oEmbed of a fact a correction withdrew whole say instead of the
 * fact (a {@code 410 Gone}): what it was, as the correction's record keeps it, and which
 * correction withdrew it, linked to the correction's source view. Every text is raw (the
 * renderers escape it), every URL absolute.
 *
 * @param type the page type
 * @param id node id
 * @param label its title, name or words as the correction keeps them, or its curated id
 * when none is kept (a signatory)
 * @param corrections the corrections that withdrew it
 * @param reported what the reports said of an agreement besides its title; null for any
 * other fact, and for an agreement kept before it was
 */
record Gone(PageType type, String id, String label, List<Correction> corrections,
		@Nullable WithdrawnAgreement reported) {

	/**
	 * A correction that withdrew the fact.
	 *
	 * @param id node id of the article
	 * @param publisher who published it
	 * @param publishedOn its date
	 * @param title its headline, when known
	 * @param sourceView its source view
	 */
	record Correction(String id, String publisher, String publishedOn, @Nullable String title, String sourceView) {
	}

	/**
	 * The page of what {@code withdrawn} keeps.
	 * @param version the version read, kept in the source view's link when it was named
	 */
	static Gone of(PageType type, Withdrawals.Withdrawn withdrawn, String publicUrl, @Nullable String version) {
		String id = withdrawn.fact().value();
		String name = withdrawn.fact().name();
		List<Correction> corrections = withdrawn.corrections()
			.stream()
			.map((Article a) -> new Correction(a.id(), a.publisher(), a.publishedOn(), a.title(),
					EvidenceLinks.of(publicUrl, a.id(), null, version)))
			.toList();
		return new Gone(type, id, (name != null) ? name : NodeId.parse(id).key(), corrections,
				withdrawn.fact().agreement());
	}

	/**
	 * One line of what the reports said of an agreement, to recognise it by: "As
	 * reported: Latvia, Lithuania; signed 2025-10-14 in Riga."; null when they said
	 * nothing of it (or it is no agreement).
	 */
	@Nullable String reportedLine() {
		WithdrawnAgreement reported = this.reported;
		if (reported == null) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		if (!reported.parties().isEmpty()) {
			parts.add(String.join(", ", reported.parties()));
		}
		String signedOn = (reported.signedOn() != null)
				? " " + FactCards.dated(reported.signedOn(), reported.signedOnPrecision()) : "";
		String signedIn = (reported.signedIn() != null) ? " in " + reported.signedIn() : "";
		if (!signedOn.isEmpty() || !signedIn.isEmpty()) {
			parts.add("signed" + signedOn + signedIn);
		}
		return parts.isEmpty() ? null : "As reported: " + String.join("; ", parts) + ".";
	}

	/** The fact's kind, in words ("cooperation area"). */
	String kind() {
		return FactCards.words(this.type.name());
	}

	/**
	 * One sentence: what it was, and by whom and when it was withdrawn.
	 */
	String message() {
		return "This " + kind() + ", '" + this.label + "', was reported, then withdrawn by a correction of "
				+ this.corrections.stream()
					.map((c) -> c.publisher() + " on " + c.publishedOn() + " (" + c.sourceView() + ")")
					.collect(Collectors.joining(" and of "))
				+ "; it is no longer served.";
	}

	/** The JSON of a page, a card or oEmbed asked about it. */
	Map<String, Object> json() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", message());
		body.put("status", 410);
		Map<String, Object> withdrawn = new LinkedHashMap<>();
		withdrawn.put("id", this.id);
		withdrawn.put("type", this.type.type());
		withdrawn.put("label", this.label);
		WithdrawnAgreement reported = this.reported;
		if (reported != null) {
			// what the reports said of an agreement, each value left out when not given
			withdrawn.putAll(reported.json());
		}
		withdrawn.put("withdrawnBy", this.corrections.stream().map((c) -> {
			Map<String, Object> correction = new LinkedHashMap<>();
			correction.put("id", c.id());
			correction.put("publisher", c.publisher());
			correction.put("publishedOn", c.publishedOn());
			correction.put("sourceView", c.sourceView());
			return correction;
		}).toList());
		body.put("withdrawn", withdrawn);
		return body;
	}

}
