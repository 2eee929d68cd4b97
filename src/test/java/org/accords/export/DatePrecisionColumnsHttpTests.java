package org.accords.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.seed.SeedFixture;
import org.accords.seed.SeedLoader;
import org.accords.synthetic.SyntheticCorpus;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date an article gives only to the month (a commitment due "by March 2025") is stored
 * as the month's first day: the CSV says how much of each date is known beside it, as the
 * JSON download does, so that a spreadsheet does not read {@code 2025-03-01} as a day.
 * The generated corpus and an invented report, on the shared {@link GeneratedCorpusTest}
 * application.
 */
@GeneratedCorpusTest
class DatePrecisionColumnsHttpTests {

	@Autowired
	SeedLoader loader;

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	@Test
	void everyDateWhosePrecisionTheJsonGivesHasItInTheCsvToo() throws Exception {
		SyntheticCorpus.write(this.folder, 200, 11);
		this.loader.load(this.folder.toUri().toString());
		HttpApi api = new HttpApi(this.port);
		Set<String> seen = new HashSet<>();
		for (Table<?> table : Tables.ALL) {
			List<CSVRecord> records = DownloadsHttpTests.parseCsv(api.get("/data/" + table.name() + ".csv").body());
			List<String> header = records.get(0).toList();
			JsonNode entities = HttpApi.JSON.readTree(api.get("/data/" + table.name() + ".json").body());
			for (int row = 0; row < entities.size(); row++) {
				JsonNode entity = entities.get(row);
				for (String key : entity.propertyNames()) {
					if (!key.endsWith("Precision")) {
						continue;
					}
					String column = snake(key.substring(0, key.length() - "Precision".length())) + "_precision";
					assertThat(header).as(table.name()).contains(column);
					assertThat(records.get(row + 1).get(header.indexOf(column)))
						.as(table.name() + "." + column + " of " + entity.at("/id").asString())
						.isEqualTo(entity.get(key).asString());
					seen.add(table.name() + "." + column + "=" + entity.get(key).asString());
				}
			}
		}
		// not vacuous: the corpus has commitments due by a month
		assertThat(seen).contains("commitments.due_by_precision=MONTH", "statements.said_on_precision=DAY");

		// the dates of an agreement's lifecycle events too, in its events cell
		List<CSVRecord> agreements = DownloadsHttpTests.parseCsv(api.get("/data/agreements.csv").body());
		List<String> header = agreements.get(0).toList();
		JsonNode entities = HttpApi.JSON.readTree(api.get("/data/agreements.json").body());
		Set<String> precisions = new HashSet<>();
		for (int row = 0; row < entities.size(); row++) {
			List<String> events = new ArrayList<>();
			for (JsonNode event : entities.get(row).at("/events")) {
				String precision = event.at("/datePrecision").asString();
				events.add(event.at("/stage").asString() + " " + event.at("/date").asString()
						+ (precision.equals("DAY") ? "" : " (" + precision + ")"));
				precisions.add(precision);
			}
			assertThat(agreements.get(row + 1).get(header.indexOf("events")))
				.as("events of " + entities.get(row).at("/id").asString())
				.isEqualTo(String.join("; ", events));
		}
		assertThat(precisions).contains("DAY", "MONTH");
	}

	/**
	 * An agreement announced in a month and joined by a member in a month: its CSV row
	 * says so in {@code events} and {@code participants} as {@code disputed_values}
	 * writes a date's claim, {@code 2024-10-01 (MONTH)}, where the first day alone read
	 * as a day; {@code participant_ids} gives the ids of {@code participants} in the same
	 * order, to join them to {@code countries.csv} and {@code organizations.csv}. An
	 * invented wire report.
	 */
	@Test
	void agreementsCsvSaysHowMuchOfAnEventsOrAJoiningsDateIsKnownAndWhoTakesPartById() throws Exception {
		String sentence = "The drone coalition for Ukraine, first announced in October 2024 and launched by "
				+ "Lithuania on 4 November 2024, was joined by Estonia in March 2025.";
		SeedFixture.report(this.folder, "amber-wire", "2025-04-02", sentence, """
				countries:
				  - { code: LT, name: Lithuania }
				  - { code: EE, name: Estonia }
				agreements:
				  - id: drone-coalition
				    title: Drone coalition for Ukraine
				    kind: COALITION
				    evidence: ["The drone coalition for Ukraine"]
				    participants:
				      - party: LT
				        role: CO_LEADER
				        evidence: ["launched by Lithuania"]
				      - party: EE
				        role: MEMBER
				        joinedOn: "2025-03"
				        evidence: ["was joined by Estonia in March 2025"]
				    events:
				      - stage: ANNOUNCED
				        date: "2024-10"
				        evidence: ["first announced in October 2024"]
				      - stage: LAUNCHED
				        date: "2024-11-04"
				        evidence: ["launched by Lithuania on 4 November 2024"]
				""");
		this.loader.load(this.folder.toUri().toString());
		HttpApi api = new HttpApi(this.port);

		List<CSVRecord> records = DownloadsHttpTests.parseCsv(api.get("/data/agreements.csv").body());
		assertThat(records).hasSize(2);
		List<String> header = records.get(0).toList();
		CSVRecord row = records.get(1);
		assertThat(row.get(header.indexOf("events"))).isEqualTo("ANNOUNCED 2024-10-01 (MONTH); LAUNCHED 2024-11-04");
		assertThat(row.get(header.indexOf("participants")))
			.isEqualTo("Lithuania (CO_LEADER); Estonia (MEMBER, joined 2025-03-01 (MONTH))");

		// participant_ids, in the order of participants, join to countries.csv
		List<CSVRecord> countries = DownloadsHttpTests.parseCsv(api.get("/data/countries.csv").body());
		Map<String, String> names = new HashMap<>();
		countries.stream().skip(1).forEach((country) -> names.put(country.get(0), country.get(2)));
		List<String> ids = List.of(row.get(header.indexOf("participant_ids")).split("; "));
		assertThat(ids.stream().map(names::get)).containsExactly("Lithuania", "Estonia");
		assertThat(ids).containsExactlyElementsOf(HttpApi
			.texts(HttpApi.JSON.readTree(api.get("/data/agreements.json").body()).at("/0/participants"), "/partyId"));
		// after the columns of earlier versions, before the dispute columns
		assertThat(header.indexOf("participant_ids")).isEqualTo(header.indexOf("signed_on_precision") + 1)
			.isEqualTo(header.indexOf("disputed_values") - 1);
	}

	private static String snake(String camel) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (char c : camel.toCharArray()) {
			if (Character.isUpperCase(c)) {
				words.add(word.toString());
				word.setLength(0);
			}
			word.append(Character.toLowerCase(c));
		}
		words.add(word.toString());
		return String.join("_", words);
	}

}
