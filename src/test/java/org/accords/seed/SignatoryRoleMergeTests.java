package org.accords.seed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.accords.agreement.Signatory;
import org.accords.evidence.Claim;
import org.accords.evidence.Provenance;
import org.accords.paging.NodeId;
import org.accords.seed.ReportMerger.Merged;
import org.accords.seed.SeedValidator.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Two reports of one signatory that word its role differently agree when the words name
 * the same seat, by the rule posts fold by ({@code Posts.seatKey}): "Minister for
 * Strategic Industries" is the seed's "Minister of Strategic Industries". The first
 * wording reported is served and each source's wording stays a claim that does not
 * compete. Roles that name other seats still compete.
 */
class SignatoryRoleMergeTests {

	private static final String SEED_ARTICLE = NodeId.of("Article", "elta-2024-11-05-lithuania-ukraine-memorandum");

	private static final String WIRE = NodeId.of("Article", "dnipro-wire-2024-11-20-signatories");

	@TempDir
	Path folder;

	// ---- the merge's rule ----

	private static Merged merged(String... roles) {
		Merged m = new ReportMerger("Signatory").report("s", "a.yaml: signatories[0]", "a.yaml");
		for (int i = 0; i < roles.length; i++) {
			m.source("article-" + i);
			m.value("role", new Role(roles[i]), "article-" + i, "f" + i + ".yaml");
		}
		return m;
	}

	private static Provenance provenance(String... roles) {
		return merged(roles).provenance(Map.of(), SeedValidator::label);
	}

	@Test
	void twoWordingsOfOneSeatAgreeAndTheFirstReportedIsServed() {
		Provenance provenance = provenance("Minister of Strategic Industries", "Minister for Strategic Industries");
		assertThat(provenance.disputed()).isNull();
		assertThat(provenance.claims())
			.extracting(Claim::field, Claim::value, Claim::sourceIds, Claim::competing, Claim::served)
			.containsExactly(tuple("role", "Minister of Strategic Industries", List.of("article-0"), false, true),
					tuple("role", "Minister for Strategic Industries", List.of("article-1"), false, false));
		assertThat(merged("Minister of Strategic Industries", "Minister for Strategic Industries").value("role"))
			.isEqualTo(new Role("Minister of Strategic Industries"));
		assertThat(merged("strategic industries minister", "Minister of Strategic Industries").value("role"))
			.isEqualTo(new Role("strategic industries minister"));
	}

	@Test
	void wordingsOfOtherSeatsStillCompete() {
		assertThat(provenance("Defence Minister", "Minister of Economy").claims()).extracting(Claim::competing)
			.containsExactly(true, true);
		assertThat(provenance("Deputy Minister of Defence", "Minister of Defence").disputed()).isTrue();
		// a counterpart is not a wording of a seat: it competes with the seat it may be
		assertThat(provenance("Ukrainian counterpart of Laurynas Kasčiūnas", "Defence Minister").disputed()).isTrue();
		// two wordings of one seat beside another seat: each competes with the other seat
		assertThat(provenance("Minister of Strategic Industries", "Minister for Strategic Industries",
				"Minister of Economy")
			.claims()).extracting(Claim::competing).containsExactly(true, true, true);
	}

	// ---- a second report of a seed signatory ----

	private static final String ARTICLE = """
			date 2024-11-20
			KYIV, 20 November (Dnipro Wire) - The defence-industry memorandum with Lithuania was signed for Ukraine by Minister for Strategic Industries Oleksandr Kamyshin and Defence Minister Rustem Umerov, officials said on Wednesday.
			""";

	private SeedFolder.Contents withSecondReport(String id, String person, String role, String evidence) {
		return withWireReport(id + "-" + role.replace(' ', '-'), """
				signatories:
				  - id: %s
				    agreement: lt-ua-defence-industry-memorandum-2024
				    person: %s
				    onBehalfOf: UA
				    role: %s
				    evidence: ["%s"]
				""".formatted(id, person, role, evidence));
	}

	/** The real seed and the invented wire report curated with {@code entries}. */
	private SeedFolder.Contents withWireReport(String folder, String entries) {
		Path seed = this.folder.resolve(folder);
		SeedFixture.copyOfRealSeed(seed)
			.write("articles/902_dnipro_wire_signatories.txt", ARTICLE)
			.write("curated/902_dnipro_wire_signatories.yaml", """
					article:
					  file: 902_dnipro_wire_signatories.txt
					  id: dnipro-wire-2024-11-20-signatories
					  publisher: Dnipro Wire
					  language: en
					  rights: Invented for a test.
					""" + entries);
		return SeedFolder.validate(seed);
	}

	private static Signatory signatory(SeedFolder.Contents contents, String key) {
		return contents.signatories()
			.stream()
			.filter((s) -> s.id().equals(NodeId.of(Signatory.TYPE, key)))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theStrategicIndustriesMinisterWordedAnotherWayIsOneUndisputedSignatory() {
		Signatory kamyshin = signatory(withSecondReport("kamyshin-for-ukraine", "oleksandr-kamyshin",
				"Minister for Strategic Industries", "Minister for Strategic Industries Oleksandr Kamyshin"),
				"kamyshin-for-ukraine");
		assertThat(kamyshin.isDisputed()).isFalse();
		assertThat(kamyshin.getCompetingValues()).isEmpty();
		assertThat(kamyshin.getSourceCount()).isEqualTo(2);
		// the seed's file comes first in name order: its words are served
		assertThat(kamyshin.role()).isEqualTo("Minister of Strategic Industries");
		assertThat(kamyshin.getClaims()).filteredOn((claim) -> claim.field().equals("role"))
			.extracting(Claim::value, Claim::sourceIds, Claim::competing, Claim::served)
			.containsExactly(tuple("Minister of Strategic Industries", List.of(SEED_ARTICLE), false, true),
					tuple("Minister for Strategic Industries", List.of(WIRE), false, false));
	}

	@Test
	void aPostsClaimReadsInTheWordsOfItsFirstReportNotAsItsSeatIsCompared() {
		org.accords.actor.Person kamyshin = withWireReport("post-claims", """
				people:
				  - id: oleksandr-kamyshin
				    name: Oleksandr Kamyshin
				    evidence: ["Minister for Strategic Industries Oleksandr Kamyshin"]
				    posts:
				      - role: Minister for Strategic Industries
				        evidence: ["Minister for Strategic Industries Oleksandr Kamyshin"]
				""").people()
			.stream()
			.filter((p) -> p.id().equals(NodeId.of("Person", "oleksandr-kamyshin")))
			.findFirst()
			.orElseThrow();
		// one seat in two wordings: one post, its claim in the words first reported (the
		// seed's), with both articles; not the folded words it is compared by
		// an item of the person's posts: served, as the list shows it
		assertThat(kamyshin.getClaims()).filteredOn((claim) -> claim.field().equals("posts"))
			.extracting(Claim::value, Claim::sourceIds, Claim::competing, Claim::served)
			.containsExactly(tuple("Minister of Strategic Industries", List.of(SEED_ARTICLE, WIRE), false, true));
	}

	@Test
	void aRoleThatNamesAnotherSeatOrACounterpartStaysDisputed() {
		Signatory kamyshin = signatory(withSecondReport("kamyshin-for-ukraine", "oleksandr-kamyshin",
				"Minister of Economy", "Minister for Strategic Industries Oleksandr Kamyshin"), "kamyshin-for-ukraine");
		assertThat(kamyshin.isDisputed()).isTrue();
		assertThat(kamyshin.getCompetingValues()).extracting(Claim::value, Claim::served)
			.containsExactly(tuple("Minister of Strategic Industries", true), tuple("Minister of Economy", false));
		// the seed calls Umerov Kasčiūnas' "Ukrainian counterpart", which names no seat
		Signatory umerov = signatory(withSecondReport("umerov-for-ukraine", "rustem-umerov", "Defence Minister",
				"Defence Minister Rustem Umerov"), "umerov-for-ukraine");
		assertThat(umerov.isDisputed()).isTrue();
		assertThat(Objects.requireNonNull(umerov.role())).isEqualTo("Ukrainian counterpart of Laurynas Kasčiūnas");
		assertThat(umerov.getCompetingValues()).extracting(Claim::value)
			.containsExactly("Ukrainian counterpart of Laurynas Kasčiūnas", "Defence Minister");
	}

}
