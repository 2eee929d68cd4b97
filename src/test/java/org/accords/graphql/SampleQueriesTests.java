package org.accords.graphql;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.AccordsTest;
import org.accords.Docs;
import org.accords.HttpApi;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample of the "Sample queries" sections of the README and of {@code docs/api.md}
 * runs without errors: the GraphQL blocks as they would be pasted into GraphiQL, and the
 * queries of the curl lines.
 */
@AccordsTest
class SampleQueriesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource source;

	/** A sample: its query, and whether it was sent asking for CSV. */
	record Sample(String query, boolean csv) {
	}

	static List<Sample> samples() throws IOException {
		String section = Docs.section(Docs.README, "## Sample queries")
				+ Docs.section(Docs.page("api.md"), "## Sample queries");
		List<Sample> samples = new ArrayList<>();
		Matcher blocks = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL).matcher(section);
		while (blocks.find()) {
			String body = blocks.group(2);
			if (blocks.group(1).equals("graphql")) {
				samples.add(new Sample(body, false));
			}
			else if (blocks.group(1).equals("bash")) {
				for (String command : body.replace("\\\n", " ").split("\n")) {
					Sample sample = curl(command);
					if (sample != null) {
						samples.add(sample);
					}
				}
			}
		}
		return samples;
	}

	/** The query a curl command line sends, with -d JSON or --data-urlencode. */
	static Sample curl(String command) {
		if (!command.trim().startsWith("curl")) {
			return null;
		}
		boolean csv = command.contains("Accept: text/csv");
		Matcher json = Pattern.compile("-d '(\\{.*?\\})'").matcher(command);
		if (json.find()) {
			return new Sample((String) JSON.readValue(json.group(1), Map.class).get("query"), csv);
		}
		Matcher encoded = Pattern.compile("--data-urlencode 'query=(.*?)'").matcher(command);
		if (encoded.find()) {
			return new Sample(encoded.group(1), csv);
		}
		throw new IllegalStateException("A curl sample whose query this test cannot read: " + command);
	}

	@Test
	void theSectionHasSamples() throws IOException {
		assertThat(samples()).hasSizeGreaterThanOrEqualTo(8).anyMatch(Sample::csv);
	}

	@Test
	void everySampleRunsWithoutErrors() throws IOException {
		HttpClientSupport client = new HttpClientSupport(this.port);
		for (Sample sample : samples()) {
			String body = JSON.writeValueAsString(Map.of("query", sample.query()));
			HttpResponse<String> response = sample.csv() ? client.post(body, "Accept", "text/csv") : client.post(body);
			assertThat(response.statusCode()).as(sample.query()).isEqualTo(200);
			if (sample.csv()) {
				assertThat(response.headers().firstValue("Content-Type")).as(sample.query())
					.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
				assertThat(response.body()).as(sample.query()).contains("\r\n");
			}
			else {
				Map<?, ?> result = JSON.readValue(response.body(), Map.class);
				assertThat(result.get("errors")).as(sample.query()).isNull();
				assertThat(result.get("data")).as(sample.query()).isNotNull();
			}
		}
	}

	/**
	 * The embed code the README and partners.md show is the one a portal gets: as high as
	 * oEmbed says the card is at that width (a lower frame scrolls the card's attribution
	 * out of sight, a higher one leaves a blank band).
	 */
	@Test
	void theEmbedCodeTheDocsShowIsAsHighAsOembedSaysTheCardIs() throws Exception {
		Pattern iframe = Pattern.compile(
				"<iframe src=\"https://accords.example.org(/embed/[a-z]+/[A-Za-z0-9_-]+)\"\\s+width=\"(\\d+)\" height=\"(\\d+)\"");
		String docs = Docs.section(Docs.README, "## For partners") + Docs.text(Docs.page("partners.md"));
		Matcher code = iframe.matcher(docs);
		int checked = 0;
		while (code.find()) {
			String url = "http://localhost:8080" + code.group(1);
			HttpResponse<String> oembed = new HttpApi(this.port).get("/oembed?format=json&maxwidth=" + code.group(2)
					+ "&url=" + URLEncoder.encode(url, StandardCharsets.UTF_8), "application/json");
			assertThat(oembed.statusCode()).as(oembed.body()).isEqualTo(200);
			assertThat(JSON.readTree(oembed.body()).get("height").asInt())
				.as("the height of " + code.group(1) + " at " + code.group(2) + " px")
				.isEqualTo(Integer.parseInt(code.group(3)));
			checked++;
		}
		assertThat(checked).as("iframes in the README's For partners and partners.md").isGreaterThanOrEqualTo(2);
	}

	/**
	 * A newcomer copies the samples into a client of their own: none teaches a field the
	 * schema deprecates (GraphiQL strikes them through; the README's commitments sample
	 * selected {@code obligor}, the statements sample {@code occasion}).
	 */
	@Test
	void noSampleSelectsADeprecatedField() throws IOException {
		for (Sample sample : samples()) {
			List<String> deprecated = new ArrayList<>();
			QueryTraverser.newQueryTraverser()
				.schema(this.source.schema())
				.document(Parser.parse(sample.query()))
				.variables(Map.of())
				.build()
				.visitPreOrder(new QueryVisitorStub() {
					@Override
					public void visitField(QueryVisitorFieldEnvironment field) {
						if (field.getFieldDefinition().isDeprecated()) {
							deprecated.add(field.getFieldsContainer().getName() + "." + field.getField().getName());
						}
					}
				});
			assertThat(deprecated).as(sample.query()).isEmpty();
		}
	}

	/**
	 * The search section's sample finds something on the seed data, where a reader pastes
	 * it first (it searched for {@code drones}, a word the seed article does not use).
	 */
	@Test
	void theSearchSectionsSampleFindsSomethingInTheSeed() throws IOException {
		Matcher block = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL)
			.matcher(Docs.section(Docs.page("api.md"), "## Search: ranked and forgiving"));
		assertThat(block.find()).isTrue();
		HttpResponse<String> response = new HttpClientSupport(this.port)
			.post(JSON.writeValueAsString(Map.of("query", block.group(1))));
		assertThat(response.statusCode()).isEqualTo(200);
		Map<?, ?> search = (Map<?, ?>) ((Map<?, ?>) JSON.readValue(response.body(), Map.class).get("data"))
			.get("search");
		assertThat((Integer) search.get("totalCount")).as(block.group(1)).isPositive();
	}

}
