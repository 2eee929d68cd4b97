package org.accords.export;

import java.util.List;
import java.util.Map;

import org.accords.agreement.Signatory;
import org.accords.evidence.Claim;
import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.paging.NodeId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disputed fact's row says what its sources disagree on, so that a spreadsheet shows
 * each publisher's value beside {@code disputed=true} without the JSON download.
 */
class DisputedValuesTableTests {

	static final String JONAS = NodeId.of("Person", "jonas");

	static final String RUTA = NodeId.of("Person", "ruta");

	static final String WIRE = NodeId.of("Article", "wire");

	static final String BULLETIN = NodeId.of("Article", "bulletin");

	static final String DAILY = NodeId.of("Article", "daily");

	private static Signatory signatory(Provenance provenance) {
		return new Signatory("s", "agreement", JONAS, null, null, "Minister",
				List.of(new Evidence(WIRE, 0, 5, "Jonas")), provenance);
	}

	private static @Nullable Object cell(Signatory signatory, Map<String, String> labels, String column) {
		return Tables.SIGNATORIES.row(signatory, labels)[Tables.SIGNATORIES.header().indexOf(column)];
	}

	@Test
	void everyCompetingValueIsWrittenAsAJsonObjectWithItsNameAndTheArticlesThatGiveIt() {
		Signatory disputed = signatory(new Provenance(List.of(WIRE, BULLETIN, DAILY), 3, true,
				List.of(new Claim("person", JONAS, List.of(WIRE, BULLETIN), true),
						new Claim("person", RUTA, List.of(DAILY), true),
						new Claim("role", "Minister", List.of(WIRE, BULLETIN, DAILY), false)),
				null, null, "2025-03-10", null));
		// the names come from the labels of the ids the table asks for
		assertThat(Tables.SIGNATORIES.labelledIds(List.of(disputed))).contains(JONAS, RUTA);
		Map<String, String> labels = Map.of(JONAS, "Jonas Petraitis", RUTA, "Rūta Vaitkutė");
		assertThat(cell(disputed, labels, "disputed")).isEqualTo("true");
		assertThat(cell(disputed, labels, "disputed_values")).isEqualTo(
				"[{\"field\":\"person\",\"value\":\"" + JONAS + "\",\"name\":\"Jonas Petraitis\",\"sourceIds\":[\""
						+ WIRE + "\",\"" + BULLETIN + "\"]}," + "{\"field\":\"person\",\"value\":\"" + RUTA
						+ "\",\"name\":\"Rūta Vaitkutė\",\"sourceIds\":[\"" + DAILY + "\"]}]");
		assertThat(cell(disputed, labels, "competing_fact_ids")).isNull();
	}

	@Test
	void aValueThatIsNoReferenceIsWrittenAsItIsAndAFactTheCuratorContradictsIsNamed() {
		String other = NodeId.of("Signatory", "other");
		Signatory disputed = signatory(new Provenance(List.of(WIRE, DAILY), 2, true,
				List.of(new Claim("role", "Minister of Defence", List.of(WIRE), true),
						new Claim("role", "Deputy Minister", List.of(DAILY), true)),
				List.of(other), "The Daily calls him deputy.", "2025-03-10", null));
		assertThat(cell(disputed, Map.of(), "disputed_values"))
			.isEqualTo("[{\"field\":\"role\",\"value\":\"Minister of Defence\",\"sourceIds\":[\"" + WIRE + "\"]},"
					+ "{\"field\":\"role\",\"value\":\"Deputy Minister\",\"sourceIds\":[\"" + DAILY + "\"]}]");
		assertThat(cell(disputed, Map.of(), "competing_fact_ids")).isEqualTo(other);
		assertThat(cell(disputed, Map.of(), "dispute_note")).isEqualTo("The Daily calls him deputy.");
	}

	@Test
	void anUndisputedFactLeavesTheirCellsEmpty() {
		Signatory agreed = signatory(Provenance.single(WIRE, "2025-03-10"));
		assertThat(cell(agreed, Map.of(), "disputed")).isEqualTo("false");
		assertThat(cell(agreed, Map.of(), "disputed_values")).isNull();
		assertThat(cell(agreed, Map.of(), "competing_fact_ids")).isNull();
		assertThat(cell(agreed, Map.of(), "dispute_note")).isNull();
		assertThat(cell(agreed, Map.of(), "corrected_values")).isNull();
	}

	@Test
	void aValueItsPublisherCorrectedIsWrittenWithTheCorrectionAndNotAsADispute() {
		// the wire named Jonas; its own correction the next day names Ruta
		Signatory corrected = signatory(new Provenance(List.of(WIRE, DAILY), 2, null,
				List.of(new Claim("person", JONAS, List.of(WIRE), false, List.of(DAILY)),
						new Claim("person", RUTA, List.of(DAILY), false)),
				null, null, "2025-03-10", null));
		Map<String, String> labels = Map.of(JONAS, "Jonas Petraitis", RUTA, "Rūta Vaitkutė");
		assertThat(Tables.SIGNATORIES.labelledIds(List.of(corrected))).contains(JONAS);
		assertThat(cell(corrected, labels, "disputed")).isEqualTo("false");
		assertThat(cell(corrected, labels, "disputed_values")).isNull();
		assertThat(cell(corrected, labels, "corrected_values"))
			.isEqualTo("[{\"field\":\"person\",\"value\":\"" + JONAS + "\",\"name\":\"Jonas Petraitis\","
					+ "\"sourceIds\":[\"" + WIRE + "\"],\"correctedBy\":[\"" + DAILY + "\"]}]");
		// last, so that every column before keeps its place
		assertThat(Tables.SIGNATORIES.header()).endsWith("dispute_note", "corrected_values");
	}

}
