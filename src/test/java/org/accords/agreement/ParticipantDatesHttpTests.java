package org.accords.agreement;

import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.seed.SeedFixture;
import org.accords.seed.SeedLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A party one article names in a coalition without a date, and another says joined on a
 * day, is one participation with that day and the words of both, as GraphQL serves it;
 * each article's own words stay a claim. Two invented wire reports, loaded on the shared
 * {@link GeneratedCorpusTest} application.
 */
@GeneratedCorpusTest
class ParticipantDatesHttpTests {

	@Autowired
	SeedLoader loader;

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	private void report(String name, String published, String sentence, String joinedOn) throws Exception {
		SeedFixture.report(this.folder, name, published, sentence, """
				countries: [ { code: PL, name: Poland } ]
				agreements:
				  - id: demining-coalition
				    title: Demining coalition for Ukraine
				    kind: JOINT_DECLARATION
				    evidence: ["demining coalition"]
				    participants:
				      - party: PL
				        role: MEMBER
				        %s
				        evidence: ["%s"]
				""".formatted(joinedOn, sentence));
	}

	@Test
	void aPartyOneArticleGivesNoDateIsTheOneAnotherSaysJoinedOnADay() throws Exception {
		report("harbour-wire", "2025-03-10", "Poland is a member of the demining coalition, officials said.", "");
		report("vistula-desk", "2025-03-12", "Poland joined the demining coalition on 7 March, officials said.",
				"joinedOn: 2025-03-07");
		this.loader.load(this.folder.toUri().toString());

		JsonNode coalition = new HttpApi(this.port).query("""
				{ agreements { nodes { title disputed competingValues { value }
				    claims { field value competing sources { publisher } }
				    participants { role joinedOn joinedOnPrecision evidence { article { publisher } } } } } }""")
			.at("/agreements/nodes/0");
		assertThat(coalition.at("/title").asText()).isEqualTo("Demining coalition for Ukraine");
		assertThat(coalition.at("/participants").size()).isOne();
		assertThat(coalition.at("/participants/0/joinedOn").asText()).isEqualTo("2025-03-07");
		assertThat(coalition.at("/participants/0/joinedOnPrecision").asText()).isEqualTo("DAY");
		assertThat(HttpApi.texts(coalition.at("/participants/0/evidence"), "/article/publisher"))
			.containsExactlyInAnyOrder("harbour-wire", "vistula-desk");
		// each article's own words stay a claim, and neither competes
		assertThat(HttpApi.texts(coalition.at("/claims"), "/value")).contains("PL MEMBER",
				"PL MEMBER joined 2025-03-07");
		assertThat(coalition.at("/disputed").asBoolean()).isFalse();
		assertThat(coalition.at("/competingValues").size()).isZero();
	}

}
