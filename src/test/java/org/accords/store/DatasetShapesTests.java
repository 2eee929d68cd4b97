package org.accords.store;

import java.util.List;

import org.accords.graphql.DatasetShape;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounds the query cost multiplies by are what a version's documents hold: a stored
 * list by the most any document holds, and a list no document of the version holds by
 * none, never by the list factor that prices a list nothing bounds.
 */
class DatasetShapesTests {

	private static DatasetShape shape(String type, Document... documents) {
		DatasetShapes.Measure measure = new DatasetShapes.Measure();
		for (Document document : documents) {
			measure.document(type, document);
		}
		measure.counts.put(type, (long) documents.length);
		return DatasetShapes.shapeOf(measure);
	}

	/**
	 * {@code Article.corrects} is bounded by the most articles one article of the version
	 * corrects, as {@code Claim.correctedBy} is by the most articles that correct a
	 * value.
	 */
	@Test
	void articleCorrectsIsBoundedByTheMostOneArticleOfTheVersionCorrects() {
		DatasetShape shape = shape("Article", new Document("_id", "a").append("corrects", List.of()),
				new Document("_id", "b").append("corrects", List.of("a", "c")),
				new Document("_id", "c").append("corrects", List.of("a")));
		assertThat(shape.listBound("Article", "corrects")).isEqualTo(2L);
	}

	/**
	 * The agreements an article withdraws whole ({@code Article.withdrawnAgreements}) are
	 * at most the facts it withdraws, and their parties are bounded by the most one
	 * withdrawn agreement's record holds: not the list factor.
	 */
	@Test
	void theAgreementsAnArticleWithdrawsAndTheirPartiesAreBoundedByWhatItsRecordHolds() {
		Document agreement = new Document("field", "agreements").append("value", "g")
			.append("sourceIds", List.of("a"))
			.append("correctedBy", List.of("b"))
			.append("agreement", new Document("partyIds", List.of("LV", "LT", "EE")).append("parties",
					List.of("Latvia", "Lithuania", "Estonia")));
		Document signatory = new Document("field", "signatories").append("value", "s")
			.append("sourceIds", List.of("a"))
			.append("correctedBy", List.of("b"));
		DatasetShape shape = shape("Article",
				new Document("_id", "b").append("withdraws", List.of(agreement, signatory)));
		assertThat(shape.listBound("Article", "withdrawnAgreements")).isEqualTo(2L);
		assertThat(shape.listBound("WithdrawnAgreement", "parties")).isEqualTo(3L);
		assertThat(shape("Article", new Document("_id", "a").append("title", "Reported")).listBounds())
			.containsEntry("Article.withdrawnAgreements", 0L)
			.containsEntry("WithdrawnAgreement.parties", 0L);
	}

	/**
	 * A version whose documents do not hold a list (stored by a release from before it
	 * was recorded, which reads it as empty) serves none of it: bounded by 0, as
	 * {@code Claim.correctedBy}, {@code Participant.leftEvidence} and
	 * {@code Agreement.links} are; these were left to the list factor (5 an article, a
	 * person, …).
	 */
	@Test
	void aListNoDocumentOfTheVersionHoldsIsBoundedByNone() {
		assertThat(shape("Article", new Document("_id", "a").append("title", "Reported")).listBounds())
			.containsEntry("Article.corrects", 0L)
			.containsEntry("Article.editions", 0L);
		for (String type : List.of("Person", "Organization", "Country")) {
			assertThat(shape(type, new Document("_id", "x").append("name", "Named")).listBound(type, "aliases"))
				.as(type)
				.isEqualTo(0L);
		}
		assertThat(shape("Statement", new Document("_id", "s").append("text", "Said")).listBound("Statement",
				"onBehalfOfEvidence"))
			.isEqualTo(0L);
	}

	/**
	 * {@code Commitment.obligorCountries} is priced as every list of references is: by
	 * the most countries one commitment of the version names, and by none in a version
	 * stored before they were derived (which serves none), not by the list factor.
	 */
	@Test
	void obligorCountriesAreBoundedByTheMostOneCommitmentNames() {
		DatasetShape shape = shape("Commitment",
				new Document("_id", "a").append("obligorCountryIds", List.of("PL", "NO")),
				new Document("_id", "b").append("obligorCountryIds", List.of("NO")));
		assertThat(shape.listBound("Commitment", "obligorCountries")).isEqualTo(2L);
		assertThat(shape("Commitment", new Document("_id", "c").append("obligorIds", List.of("NO")))
			.listBound("Commitment", "obligorCountries")).isEqualTo(0L);
	}

	/**
	 * A commitment's condition's evidence is priced as every evidence list is: by the
	 * most one condition of the version holds, and by none when no commitment has a
	 * condition.
	 */
	@Test
	void aConditionsEvidenceIsBoundedByTheMostOneConditionHolds() {
		Document evidence = new Document("articleId", "a").append("excerpt", "provided parliament approves");
		DatasetShape shape = shape("Commitment",
				new Document("_id", "c").append("condition",
						new Document("text", "parliament approves").append("evidence", List.of(evidence, evidence))),
				new Document("_id", "d").append("description", "Unconditional"));
		assertThat(shape.listBound("Condition", "evidence")).isEqualTo(2L);
		assertThat(shape("Commitment", new Document("_id", "d").append("description", "Unconditional"))
			.listBound("Condition", "evidence")).isEqualTo(0L);
	}

}
