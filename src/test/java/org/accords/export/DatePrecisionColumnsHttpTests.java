package org.accords.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.seed.SeedLoader;
import org.accords.synthetic.SyntheticCorpus;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
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
 * The generated corpus, on the shared {@link GeneratedCorpusTest} application.
 */
@GeneratedCorpusTest
class DatePrecisionColumnsHttpTests {

	@Autowired
	SeedLoader loader;

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	@BeforeEach
	void loadSyntheticCorpus() {
		SyntheticCorpus.write(this.folder, 200, 11);
		this.loader.load(this.folder.toUri().toString());
	}

	@Test
	void everyDateWhosePrecisionTheJsonGivesHasItInTheCsvToo() throws Exception {
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
