package org.accords.evidence;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A fact a publisher's correction withdrew whole (an agreement, or a signatory,
 * cooperation area, commitment or statement), which is not served: kept on the correction
 * ({@code Article.withdraws}) so that what was withdrawn, from which reports and by whom
 * stays findable, and so that the reports' source views can label their words.
 *
 * @param field the collection the fact was of, as named in the API ({@code agreements},
 * {@code signatories}, {@code cooperationAreas}, {@code commitments}, {@code statements})
 * @param value node id of the fact
 * @param name its title, name, description or text, for reading; null for a signatory
 * @param sourceIds node ids of the reports that gave it
 * @param correctedBy node ids of the corrections that withdraw it
 * @param evidence the reports' words of it, and the correction's words withdrawing it
 * when the withdrawal names the fact itself
 * @param agreement for an agreement, what its reports said of it besides its title (its
 * parties, signing date and place, legal form and stage); null for any other fact, and
 * for an agreement stored before it was kept
 */
public record WithdrawnFact(String field, String value, @Nullable String name, List<String> sourceIds,
		List<String> correctedBy, List<Evidence> evidence, @Nullable WithdrawnAgreement agreement) {

	/** A withdrawn fact other than an agreement. */
	public WithdrawnFact(String field, String value, @Nullable String name, List<String> sourceIds,
			List<String> correctedBy, List<Evidence> evidence) {
		this(field, value, name, sourceIds, correctedBy, evidence, null);
	}

	/**
	 * The fact as a claim: its value its id, competing with none, naming the corrections.
	 */
	public Claim claim() {
		return new Claim(this.field, this.value, this.sourceIds, false, this.correctedBy);
	}

}
