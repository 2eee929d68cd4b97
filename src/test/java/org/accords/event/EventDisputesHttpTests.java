package org.accords.event;

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
 * An event two articles date differently is disputed, and GraphQL says so and shows both
 * days, and filters events on their sources, as it does for every other fact (events.csv
 * had the columns; the Event type did not). Two invented wire reports of one meeting,
 * loaded on the shared {@link GeneratedCorpusTest} application.
 */
@GeneratedCorpusTest
class EventDisputesHttpTests {

	@Autowired
	SeedLoader loader;

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	private void report(String name, String published, String day, String sentence) throws Exception {
		SeedFixture.report(this.folder, name, published, sentence, """
				countries: [ { code: EE, name: Estonia } ]
				events:
				  - id: tallinn-drone-talks
				    name: Drone industry talks in Tallinn
				    kind: MEETING
				    date: %s
				    place: Tallinn
				    country: EE
				    evidence: ["%s"]
				""".formatted(day, sentence));
	}

	@Test
	void anEventTwoArticlesDateDifferentlyIsDisputedWithBothDays() throws Exception {
		report("harbour-wire", "2025-04-10", "2025-04-08",
				"Drone makers met defence officials in Tallinn on Tuesday to discuss joint production.");
		report("baltic-desk", "2025-04-11", "2025-04-09",
				"The Tallinn talks on drone production were held on Wednesday, officials said.");
		this.loader.load(this.folder.toUri().toString());

		JsonNode event = new HttpApi(this.port).query("""
				{ events(filter: { disputed: true }) { nodes {
				    name sourceCount disputed disputeNote mergedIds claims { field }
				    competingValues { field value sources { publisher } } competingFacts { id } } } }""")
			.at("/events/nodes/0");
		assertThat(event.at("/name").asText()).isEqualTo("Drone industry talks in Tallinn");
		assertThat(event.at("/sourceCount").asInt()).isEqualTo(2);
		assertThat(event.at("/disputed").asBoolean()).isTrue();
		assertThat(HttpApi.texts(event.at("/competingValues"), "/field")).containsOnly("date");
		assertThat(HttpApi.texts(event.at("/competingValues"), "/value")).contains("2025-04-08", "2025-04-09");
		assertThat(event.at("/competingFacts").size()).isZero();
		assertThat(event.at("/mergedIds").size()).isZero();
		// and filtered on its sources as every other fact is: two articles, the earlier
		// published on 2025-04-10
		assertThat(eventNames(new HttpApi(this.port), "minSources: 2, reportedFrom: \"2025-04-10\"")).hasSize(1);
		assertThat(eventNames(new HttpApi(this.port), "reportedFrom: \"2025-04-11\"")).isEmpty();
		assertThat(eventNames(new HttpApi(this.port), "minSources: 3")).isEmpty();
		assertThat(eventNames(new HttpApi(this.port), "reportedTo: \"2025-04-10\"")).hasSize(1);
	}

	@Test
	void aWeekThatRunsIntoTheMonthAnotherArticleGivesIsOneMeetingNotADispute() throws Exception {
		// the week of Monday 28 October runs to Sunday 3 November: both reports can be
		// true
		report("harbour-wire", "2024-11-06", "last week",
				"Drone makers met defence officials in Tallinn last week to discuss joint production.");
		report("baltic-desk", "2024-11-20", "November 2024",
				"The Tallinn talks on drone production, held in November 2024, will resume in spring.");
		this.loader.load(this.folder.toUri().toString());

		HttpApi api = new HttpApi(this.port);
		JsonNode event = api.query("""
				{ events { nodes { name date datePrecision sourceCount disputed
				    claims { field value competing sources { id } } competingValues { value } } } }""")
			.at("/events/nodes/0");
		assertThat(event.at("/disputed").asBoolean()).isFalse();
		assertThat(event.at("/competingValues").size()).isZero();
		assertThat(event.at("/sourceCount").asInt()).isEqualTo(2);
		// the more precise date is served; each source's own date stays a claim
		assertThat(event.at("/date").asText()).isEqualTo("2024-10-28");
		assertThat(event.at("/datePrecision").asText()).isEqualTo("WEEK");
		assertThat(HttpApi.texts(event.at("/claims"), "/value")).containsExactlyInAnyOrder("2024-10-28 (WEEK)",
				"2024-11-01 (MONTH)");
		assertThat(HttpApi.texts(event.at("/claims"), "/competing")).containsOnly("false");
		assertThat(api.query("{ events(filter: { disputed: true }) { nodes { name } } }").at("/events/nodes").size())
			.isZero();
		// and the download agrees: not disputed, nothing in disputed_values
		assertThat(api.get("/data/events.csv").body().lines().skip(1)).singleElement()
			.satisfies((row) -> assertThat(row).contains(",2,false,2024-11-06,").endsWith(",,,"));
	}

	private static java.util.List<String> eventNames(HttpApi api, String filter) throws Exception {
		return HttpApi.texts(api.query("{ events(filter: { " + filter + " }) { nodes { name } } }").at("/events/nodes"),
				"/name");
	}

}
