package org.accords.graphql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.Awaits;
import org.accords.Docs;
import org.accords.graphql.guard.SubscriptionAdmission;
import org.accords.page.PageSeed;
import org.accords.paging.NodeId;
import org.accords.seed.SeedLoader;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.accords.Awaits.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * GraphQL subscriptions over both transports: graphql-transport-ws (Spring's
 * {@link WebSocketGraphQlClient}) and graphql-sse (read as a browser or curl would), each
 * receiving a version published while it listens; {@code statementAdded} matching its
 * filter; the admission (only subscriptions, the limits, the bound on open
 * subscriptions); a subscription sent as a plain POST refused at once.
 */
@SubscriptionHttpTest
class SubscriptionTests extends PageSeed {

	static final String DATASET_PUBLISHED = """
			subscription {
			  datasetPublished {
			    version
			    title
			    changes(first: 10) { totalCount nodes { type change label } }
			  }
			}""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	SeedLoader loader;

	@Autowired
	SubscriptionAdmission admission;

	/**
	 * Each test starts with no subscription open (the streams other tests closed are
	 * found by the 100 ms keep-alive), so that "one is open" means its own has started.
	 */
	@BeforeEach
	void noSubscriptionOpen() {
		await().until(() -> this.admission.open() == 0 && this.admission.webSockets() == 0);
	}

	WebSocketGraphQlClient webSocketClient() {
		return WebSocketGraphQlClient
			.builder("ws://localhost:" + this.port + "/graphql/ws", new StandardWebSocketClient())
			.build();
	}

	/** A WebSocket client that sends {@code apiKey} in its {@code connection_init}. */
	WebSocketGraphQlClient webSocketClient(String apiKey) {
		return WebSocketGraphQlClient
			.builder("ws://localhost:" + this.port + "/graphql/ws", new StandardWebSocketClient())
			.interceptor(new org.springframework.graphql.client.WebSocketGraphQlClientInterceptor() {
				@Override
				public reactor.core.publisher.Mono<Object> connectionInitPayload() {
					return reactor.core.publisher.Mono.just(Map.of("X-API-Key", apiKey));
				}
			})
			.build();
	}

	@Test
	void aWebSocketSubscriberReceivesDatasetPublishedWithTheVersionsChanges() throws Exception {
		WebSocketGraphQlClient client = webSocketClient();
		try {
			CompletableFuture<ClientGraphQlResponse> first = client.document(DATASET_PUBLISHED)
				.executeSubscription()
				.next()
				.toFuture();
			await().until(() -> this.admission.open() >= 1);
			NewVersions.publish(this.loader);
			ClientGraphQlResponse event = first.get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS);
			assertThat(event.getErrors()).isEmpty();
			assertThat(event.field("datasetPublished.version").toEntity(String.class)).isNotBlank();
			assertThat(event.field("datasetPublished.title").toEntity(String.class)).contains("new statement");
			assertThat(event.field("datasetPublished.changes.totalCount").toEntity(Integer.class)).isPositive();
			List<Map<String, Object>> nodes = event.field("datasetPublished.changes.nodes").getValue();
			assertThat(nodes).anySatisfy((node) -> assertThat(node).containsEntry("type", "Statement")
				.containsEntry("change", "ADDED")
				.hasEntrySatisfying("label", (label) -> assertThat(String.valueOf(label))
					.contains("build coastal radar stations together")));
		}
		finally {
			client.stop().block(Awaits.HUNG);
		}
	}

	@Test
	void statementAddedSendsOnlyTheAddedStatementsThatMatchTheFilter() throws Exception {
		WebSocketGraphQlClient client = webSocketClient();
		try {
			String speaker = NodeId.of("Person", "kaarel-tamm");
			List<ClientGraphQlResponse> received = new java.util.concurrent.CopyOnWriteArrayList<>();
			Disposable subscription = client.document("""
					subscription Added($filter: StatementFilter) {
					  statementAdded(filter: $filter) { id kind text speaker { name } }
					}""")
				.variable("filter", Map.of("speaker", speaker, "kind", "DIRECT_QUOTE"))
				.executeSubscription()
				.subscribe(received::add);
			await().until(() -> this.admission.open() >= 1);
			NewVersions.publish(this.loader,
					NewVersions.statement("filter-quote", "DIRECT_QUOTE", "to build coastal radar stations"),
					NewVersions.statement("filter-paraphrase", "PARAPHRASE", "signed a letter of intent on Wednesday"));
			await().until(() -> !received.isEmpty());
			// the paraphrase and the marker statement would have arrived with the quote
			Thread.sleep(500);
			subscription.dispose();
			assertThat(received).hasSize(1);
			ClientGraphQlResponse event = received.get(0);
			assertThat(event.field("statementAdded.id").toEntity(String.class))
				.isEqualTo(NodeId.of("Statement", "filter-quote"));
			assertThat(event.field("statementAdded.text").toEntity(String.class))
				.isEqualTo("to build coastal radar stations");
			// read from the version that added it, in a batch
			assertThat(event.field("statementAdded.speaker.name").toEntity(String.class)).isEqualTo("Kaarel Tamm");
		}
		finally {
			client.stop().block(Awaits.HUNG);
		}
	}

	@Test
	void aSubscriptionPaysForEachEventAfterItsFirstAndEndsWhenItsBudgetCannot() throws Exception {
		// a budget of 6 that refills over an hour, and eight matching statements in one
		// version: charged only once, the subscription would receive all eight
		WebSocketGraphQlClient client = webSocketClient("listener-key-for-tests");
		try {
			List<ClientGraphQlResponse> received = new java.util.concurrent.CopyOnWriteArrayList<>();
			List<ResponseError> ended = new java.util.concurrent.CopyOnWriteArrayList<>();
			java.util.concurrent.atomic.AtomicBoolean completed = new java.util.concurrent.atomic.AtomicBoolean();
			client.document("""
					subscription Added($filter: StatementFilter) {
					  statementAdded(filter: $filter) { id }
					}""")
				.variable("filter", Map.of("speaker", NodeId.of("Person", "kaarel-tamm"), "kind", "DIRECT_QUOTE"))
				.executeSubscription()
				.subscribe(received::add, (error) -> {
					if (error instanceof SubscriptionErrorException refused) {
						ended.addAll(refused.getErrors());
					}
					completed.set(true);
				}, () -> completed.set(true));
			await().until(() -> this.admission.open() >= 1);
			String[] words = { "to build coastal radar stations", "signed a letter of intent on Wednesday",
					"build coastal radar stations together", "coastal radar stations",
					"Estonia and Finland signed a letter of intent", "radar stations together", "a letter of intent",
					"to build coastal radar stations together" };
			String[] statements = new String[words.length];
			for (int i = 0; i < words.length; i++) {
				statements[i] = NewVersions.statement("budget-quote-" + i, "DIRECT_QUOTE", words[i]);
			}
			NewVersions.publish(this.loader, statements);
			await().until(completed::get);
			assertThat(this.admission.open()).as("the stream ended").isZero();
			// the last event is the refusal, over either of the client's two ways
			received.stream().filter((response) -> !response.getErrors().isEmpty()).forEach((response) -> {
				ended.addAll(response.getErrors());
			});
			assertThat(ended).hasSize(1);
			ResponseError refusal = ended.get(0);
			assertThat(refusal.getExtensions()).containsEntry("code", "RATE_LIMITED")
				.doesNotContainKey("classification");
			Matcher cost = Pattern.compile("this subscription's event costs (\\d+) and").matcher(refusal.getMessage());
			assertThat(cost.find()).as(refusal.getMessage()).isTrue();
			assertThat(refusal.getMessage()).contains("the subscription ends", "changes(since:)");
			int each = Integer.parseInt(cost.group(1));
			// the start paid for the first event; each later one is paid from what is
			// left
			long events = received.stream().filter((response) -> response.getErrors().isEmpty()).count();
			assertThat(events).isEqualTo(1 + (6 - each) / each).isLessThan(words.length);
		}
		finally {
			client.stop().block(Awaits.HUNG);
		}
	}

	@Test
	void aWebSocketClientSendsItsApiKeyInConnectionInit() {
		// browsers cannot set headers on a WebSocket: the key rides in connection_init,
		// and is checked as the header would be
		WebSocketGraphQlClient client = WebSocketGraphQlClient
			.builder("ws://localhost:" + this.port + "/graphql/ws", new StandardWebSocketClient())
			.interceptor(new org.springframework.graphql.client.WebSocketGraphQlClientInterceptor() {
				@Override
				public reactor.core.publisher.Mono<Object> connectionInitPayload() {
					return reactor.core.publisher.Mono.just(Map.of("X-API-Key", "no-such-key"));
				}
			})
			.build();
		try {
			ResponseError error = firstError(client.document(DATASET_PUBLISHED).executeSubscription());
			assertThat(error.getExtensions()).containsEntry("code", "UNAUTHENTICATED");
			assertThat(error.getMessage()).contains("Unknown API key");
		}
		finally {
			client.stop().block(Awaits.HUNG);
		}
	}

	@Test
	void statementAddedRefusesABadFilterAtOnce() {
		WebSocketGraphQlClient client = webSocketClient();
		try {
			ResponseError error = firstError(client
				.document("subscription { statementAdded(filter: {speaker: \"" + NodeId.of("Country", "EE")
						+ "\"}) { id } }")
				.executeSubscription());
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			assertThat(error.getMessage()).contains("filter.speaker");
		}
		finally {
			client.stop().block(Awaits.HUNG);
		}
	}

	@Test
	void anSseSubscriberReceivesDatasetPublished() throws Exception {
		HttpResponse<InputStream> response = sse(DATASET_PUBLISHED);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		CompletableFuture<String> next = nextEvent(response);
		await().until(() -> this.admission.open() >= 1);
		NewVersions.publish(this.loader);
		JsonNode event = JSON.readTree(next.get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS));
		assertThat(event.at("/data/datasetPublished/title").asString()).contains("new statement");
		assertThat(event.at("/data/datasetPublished/changes/totalCount").asInt()).isPositive();
		response.body().close();
	}

	/**
	 * The subscriptions of the partners' recipes in {@code docs/partners.md} (the curl
	 * line and the JavaScript snippet) and in the README's "For partners", as written.
	 */
	static List<String> readmeSubscriptions() throws IOException {
		String section = Docs.section(Docs.page("partners.md"), "### Live: GraphQL subscriptions")
				+ Docs.section(Docs.README, "## For partners");
		List<String> documents = new ArrayList<>();
		Matcher curl = Pattern.compile("-d '(\\{.*?\\})'").matcher(section);
		while (curl.find()) {
			documents.add(JSON.readTree(curl.group(1)).get("query").asString());
		}
		Matcher js = Pattern.compile("query: '(subscription .*?)' }").matcher(section);
		while (js.find()) {
			documents.add(js.group(1));
		}
		return documents;
	}

	@Test
	void theReadmesSubscriptionRecipesAreServedOverSse() throws Exception {
		List<String> documents = readmeSubscriptions();
		assertThat(documents).hasSize(3);
		for (String document : documents) {
			// the streams of the other tests are closed: the keep-alive finds them so
			await().until(() -> this.admission.open() == 0);
			HttpResponse<InputStream> response = sse(document);
			assertThat(response.statusCode()).isEqualTo(200);
			// served: the stream stays open (a keep-alive comment comes, every 100 ms
			// here) and says nothing else; a refusal or an invalid document would be the
			// stream's one event, with errors
			BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
			String first = CompletableFuture.supplyAsync(() -> {
				try {
					String line;
					while ((line = reader.readLine()) != null) {
						if (!line.isBlank()) {
							return line;
						}
					}
					return null;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS);
			assertThat(first).as(document).startsWith(":");
			response.body().close();
		}
	}

	@Test
	void anIdleSseStreamIsKeptAliveAsConfigured() throws Exception {
		HttpResponse<InputStream> response = sse(DATASET_PUBLISHED);
		BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
		// spring.graphql.http.sse.keep-alive=100ms here: a comment line well within 5 s
		String comment = CompletableFuture.supplyAsync(() -> {
			try {
				String line;
				while ((line = reader.readLine()) != null) {
					if (line.startsWith(":")) {
						return line;
					}
				}
				return null;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS);
		assertThat(comment).isNotNull();
		response.body().close();
	}

	@Test
	void theSseTransportServesOnlySubscriptions() throws Exception {
		HttpResponse<InputStream> response = sse("{ dataset { version } }");
		JsonNode event = JSON.readTree(nextEvent(response).get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS));
		assertThat(event.at("/errors/0/extensions/code").asString()).as(event.toString()).isEqualTo("BAD_REQUEST");
		assertThat(event.at("/errors/0/message").asString())
			.startsWith("Only subscriptions are served over Server-Sent Events");
		// written as /graphql writes its errors: no empty locations, the request's id
		assertThat(event.at("/errors/0").has("locations")).as(event.toString()).isFalse();
		assertThat(event.at("/errors/0/extensions/requestId").asString()).as(event.toString())
			.isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
		response.body().close();
	}

	@Test
	void theSubscriptionTransportsApplyTheQueryLimits() throws Exception {
		StringBuilder aliases = new StringBuilder("subscription { datasetPublished {");
		for (int i = 0; i < 31; i++) {
			aliases.append(" v").append(i).append(": version");
		}
		String deep = aliases.append(" } }").toString();
		HttpResponse<InputStream> response = sse(deep);
		JsonNode event = JSON.readTree(nextEvent(response).get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS));
		assertThat(event.at("/errors/0/extensions/code").asString()).as(event.toString())
			.isEqualTo("ALIAS_LIMIT_EXCEEDED");
		response.body().close();
	}

	@Test
	void anSseSubscriptionThatDoesNotValidateSaysWhy() throws Exception {
		HttpResponse<InputStream> response = sse("subscription { datasetPublished { versionn } }");
		JsonNode event = JSON.readTree(nextEvent(response).get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS));
		assertThat(event.at("/errors/0/message").asString()).as(event.toString()).contains("versionn");
		response.body().close();
	}

	@Test
	void sseErrorsCarryTheCodeTheJsonTransportGivesTheSameFault() throws Exception {
		HttpResponse<InputStream> response = sse("subscription { datasetPublished { versionn } }");
		JsonNode event = JSON.readTree(nextEvent(response).get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS));
		assertThat(event.at("/errors/0/extensions/code").asString()).as(event.toString())
			.isEqualTo("GRAPHQL_VALIDATION_FAILED");
		assertThat(event.at("/errors/0/extensions/requestId").asString()).as(event.toString())
			.isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
		response.body().close();
		HttpResponse<InputStream> coerced = sse("subscription { statementAdded(filter: {speaker: true}) { id } }");
		JsonNode coercedEvent = JSON.readTree(nextEvent(coerced).get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS));
		assertThat(coercedEvent.at("/errors/0/extensions/code").asString()).as(coercedEvent.toString())
			.isEqualTo("GRAPHQL_VALIDATION_FAILED");
		coerced.body().close();
		// an error raised in the subscription's data fetcher keeps its own
		HttpResponse<InputStream> raised = sse(
				"subscription { statementAdded(filter: {speaker: \"" + NodeId.of("Country", "EE") + "\"}) { id } }");
		JsonNode raisedEvent = JSON.readTree(nextEvent(raised).get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS));
		assertThat(raisedEvent.at("/errors/0/extensions/code").asString()).as(raisedEvent.toString())
			.isEqualTo("BAD_USER_INPUT");
		raised.body().close();
	}

	/**
	 * A subscription's bad argument and a dataset version not kept are refused over
	 * graphql-transport-ws and graphql-sse as {@code /graphql} refuses the same fault:
	 * the same message (a curated id's hint included) and the same extensions,
	 * classification too (the request id aside, which is each request's own).
	 */
	@Test
	void subscriptionsRefuseWhatWasSentAsTheJsonTransportDoes() throws Exception {
		String[][] cases = {
				{ "subscription { statementAdded(filter: {speaker: \"kasciunas\"}) { id } }",
						"{ statements(filter: {speaker: \"kasciunas\"}) { totalCount } }", "" },
				{ DATASET_PUBLISHED, "{ dataset { version } }", "0123456789abcdef" } };
		for (String[] sent : cases) {
			HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json");
			HttpRequest.Builder sse = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Accept", "text/event-stream");
			WebSocketGraphQlClient.Builder<?> ws = WebSocketGraphQlClient
				.builder("ws://localhost:" + this.port + "/graphql/ws", new StandardWebSocketClient());
			if (!sent[2].isEmpty()) {
				post.header(DatasetVersionSource.HEADER, sent[2]);
				sse.header(DatasetVersionSource.HEADER, sent[2]);
				ws.header(DatasetVersionSource.HEADER, sent[2]);
			}
			JsonNode json = JSON
				.readTree(HttpClient.newHttpClient()
					.send(post.POST(HttpRequest.BodyPublishers.ofString(body(sent[1]))).build(),
							HttpResponse.BodyHandlers.ofString())
					.body())
				.at("/errors/0");
			String message = json.at("/message").asString();
			Map<String, Object> extensions = JSON.convertValue(json.at("/extensions"), Map.class);
			extensions.remove("requestId");
			assertThat(extensions).as(json.toString()).containsKeys("code", "classification");
			if (sent[2].isEmpty()) {
				assertThat(message).contains("did you mean laurynas-kasciunas");
				assertThat(extensions).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("argument", "filter.speaker");
			}
			else {
				assertThat(extensions).containsEntry("code", "VERSION_NOT_KEPT").containsKey("keptVersions");
			}

			HttpResponse<InputStream> stream = HttpClient.newHttpClient()
				.send(sse.POST(HttpRequest.BodyPublishers.ofString(body(sent[0]))).build(),
						HttpResponse.BodyHandlers.ofInputStream());
			assertRefusedAs(message, extensions, stream, ws.build(), sent[0]);
		}
	}

	/**
	 * A bad paging argument of {@code datasetPublished}'s {@code changes} failed in the
	 * event: the field's error nulled the non-null publication and graphql-java ended the
	 * stream with "Subscription error", {@code INTERNAL_ERROR}. Refused when the
	 * subscription starts, over graphql-transport-ws and graphql-sse, as {@code /graphql}
	 * refuses the same argument on {@code changes(since:)}.
	 */
	@Test
	void aBadArgumentInAnEventsSelectionIsRefusedAtOnceAsTheJsonTransportRefusesIt() throws Exception {
		for (String arguments : List.of("after: \"bad\"", "first: 500", "first: 1, last: 1", "before: \"bad\"")) {
			JsonNode json = JSON
				.readTree(HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers
							.ofString(body("{ changes(since: \"2020-01-01\", " + arguments + ") { totalCount } }")))
						.build(), HttpResponse.BodyHandlers.ofString())
					.body())
				.at("/errors/0");
			String message = json.at("/message").asString();
			Map<String, Object> extensions = JSON.convertValue(json.at("/extensions"), Map.class);
			extensions.remove("requestId");
			assertThat(extensions).as(json.toString()).containsEntry("code", "BAD_USER_INPUT");
			String subscription = "subscription { datasetPublished { version changes(" + arguments
					+ ") { totalCount } } }";

			assertRefusedAs(message, extensions, sse(subscription), webSocketClient(), subscription);
		}
	}

	/**
	 * A refusal before execution (a limit of the document, the subscription limit, the
	 * rate limit) carried graphql-java's builder default,
	 * {@code classification: DataFetchingException}, over graphql-transport-ws and
	 * graphql-sse, where {@code /graphql} gives the same refusal its code alone: a client
	 * that reads the classification was told a data fetcher had failed. The same
	 * extensions on every transport.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aRefusalBeforeExecutionCarriesTheExtensionsTheJsonTransportGives() throws Exception {
		StringBuilder aliases = new StringBuilder("{ dataset {");
		for (int i = 0; i < 31; i++) {
			aliases.append(" v").append(i).append(": version");
		}
		String query = aliases.append(" } }").toString();
		JsonNode json = JSON
			.readTree(HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body(query)))
					.build(), HttpResponse.BodyHandlers.ofString())
				.body())
			.at("/errors/0");
		Map<String, Object> extensions = JSON.convertValue(json.at("/extensions"), Map.class);
		extensions.remove("requestId");
		assertThat(extensions).as(json.toString()).isEqualTo(Map.of("code", "ALIAS_LIMIT_EXCEEDED"));
		String subscription = "subscription { datasetPublished {" + query.substring("{ dataset {".length());
		assertRefusedAs(json.at("/message").asString(), extensions, sse(subscription), webSocketClient(), subscription);
	}

	/**
	 * Only {@code datasetPublished}'s {@code changes} were checked at the start: a bad
	 * argument of a nested list anywhere in an event's selection (a size over the cap, a
	 * connection's cursor or another type's id as {@code after}, through a fragment too)
	 * failed in the event, and where it nulled the non-null event the stream ended with
	 * "Subscription error", {@code INTERNAL_ERROR}. Refused at the start, over
	 * graphql-transport-ws and graphql-sse, as {@code /graphql} refuses the same list's
	 * argument.
	 */
	@Test
	void aBadArgumentOfANestedListInAnEventsSelectionIsRefusedAtOnceAsTheJsonTransportRefusesIt() throws Exception {
		String cursor = post("{ statements(first: 1) { pageInfo { endCursor } } }")
			.at("/data/statements/pageInfo/endCursor")
			.asString();
		String person = NodeId.of("Person", "kaarel-tamm");
		for (String arguments : List.of("first: 500", "first: -1", "after: \"" + cursor + "\"",
				"after: \"" + NodeId.of("Agreement", "no-such-agreement") + "\"")) {
			JsonNode json = post(
					"{ node(id: \"" + person + "\") { ... on Person { statements(" + arguments + ") { id } } } }")
				.at("/errors/0");
			String message = json.at("/message").asString();
			Map<String, Object> extensions = JSON.convertValue(json.at("/extensions"), Map.class);
			extensions.remove("requestId");
			assertThat(extensions).as(json.toString()).containsEntry("code", "BAD_USER_INPUT");
			for (String subscription : List.of(
					"subscription { statementAdded { id speaker { statements(" + arguments + ") { id } } } }",
					"subscription { statementAdded { voice { ... on Person { statements(" + arguments
							+ ") { id } } } } }")) {
				assertRefusedAs(message, extensions, sse(subscription), webSocketClient(), subscription);
			}
		}
		assertThat(this.admission.open()).isZero();
	}

	/**
	 * What only an event can tell (an {@code after} that is no item of this speaker's
	 * statements), where it nulled the non-null event, ended the stream with
	 * "Subscription error", {@code INTERNAL_ERROR}: it ends with the list's refusal, as
	 * {@code /graphql} gives it, over graphql-transport-ws and graphql-sse.
	 */
	@Test
	void aRefusalOnlyAnEventCanTellEndsTheStreamWithTheJsonTransportsError() throws Exception {
		String after = NodeId.of("Statement", "no-such-statement");
		JsonNode json = post("{ node(id: \"" + NodeId.of("Person", "kaarel-tamm")
				+ "\") { ... on Person { statements(after: \"" + after + "\") { id } } } }")
			.at("/errors/0");
		String message = json.at("/message").asString();
		Map<String, Object> extensions = JSON.convertValue(json.at("/extensions"), Map.class);
		extensions.remove("requestId");
		assertThat(extensions).as(json.toString()).containsEntry("code", "BAD_USER_INPUT");
		assertThat(message).contains("not the id of an item of Person.statements");
		String subscription = "subscription { statementAdded { id voice { ... on Person { statements(after: \"" + after
				+ "\") { id } } } } }";
		WebSocketGraphQlClient client = webSocketClient();
		// under a nullable field (speaker), the event comes with the field's error alone
		WebSocketGraphQlClient partner = webSocketClient("subscriber-key-for-tests");
		try {
			CompletableFuture<ResponseError> refusal = CompletableFuture
				.supplyAsync(() -> firstError(client.document(subscription).executeSubscription()));
			HttpResponse<InputStream> stream = sse(subscription);
			CompletableFuture<String> event = nextEvent(stream);
			CompletableFuture<ClientGraphQlResponse> partial = partner
				.document("subscription { statementAdded { id speaker { statements(after: \"" + after
						+ "\") { id } } } }")
				.executeSubscription()
				.next()
				.toFuture();
			await().until(() -> this.admission.open() == 3);
			NewVersions.publish(this.loader);
			ClientGraphQlResponse nulled = partial.get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS);
			assertThat(nulled.getErrors()).hasSize(1);
			assertThat(nulled.getErrors().get(0).getMessage()).isEqualTo(message);
			assertThat(nulled.field("statementAdded.id").toEntity(String.class)).isNotBlank();
			ResponseError error = refusal.get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS);
			Map<String, Object> wsExtensions = new java.util.HashMap<>(error.getExtensions());
			wsExtensions.remove("requestId");
			assertThat(error.getMessage()).as("over WebSocket").isEqualTo(message);
			assertThat(wsExtensions).as("over WebSocket").isEqualTo(extensions);
			JsonNode sent = JSON.readTree(event.get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS)).at("/errors/0");
			Map<String, Object> sseExtensions = JSON.convertValue(sent.at("/extensions"), Map.class);
			sseExtensions.remove("requestId");
			assertThat(sent.at("/message").asString()).as("over SSE").isEqualTo(message);
			assertThat(sseExtensions).as("over SSE").isEqualTo(extensions);
			stream.body().close();
			// both streams ended (the partner's closed on its first event)
			await().until(() -> this.admission.open() == 0);
		}
		finally {
			client.stop().block(Awaits.HUNG);
			partner.stop().block(Awaits.HUNG);
		}
	}

	/** The JSON answer of {@code /graphql} to {@code query}. */
	private JsonNode post(String query) throws IOException, InterruptedException {
		return JSON.readTree(HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body(query)))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body());
	}

	/**
	 * That the first event of {@code stream} (graphql-sse) and the first error of
	 * {@code subscription} over {@code client} (graphql-transport-ws) carry /graphql's
	 * {@code message} and {@code extensions} (request ids aside); closes both.
	 */
	@SuppressWarnings("unchecked")
	private void assertRefusedAs(String message, Map<String, Object> extensions, HttpResponse<InputStream> stream,
			WebSocketGraphQlClient client, String subscription) throws Exception {
		JsonNode event = JSON.readTree(nextEvent(stream).get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS))
			.at("/errors/0");
		stream.body().close();
		Map<String, Object> sseExtensions = JSON.convertValue(event.at("/extensions"), Map.class);
		sseExtensions.remove("requestId");
		assertThat(event.at("/message").asString()).as("over SSE").isEqualTo(message);
		assertThat(sseExtensions).as("over SSE").isEqualTo(extensions);
		try {
			ResponseError error = firstError(client.document(subscription).executeSubscription());
			Map<String, Object> wsExtensions = new java.util.HashMap<>(error.getExtensions());
			wsExtensions.remove("requestId");
			assertThat(error.getMessage()).as("over WebSocket").isEqualTo(message);
			assertThat(wsExtensions).as("over WebSocket").isEqualTo(extensions);
		}
		finally {
			client.stop().block(Awaits.HUNG);
			// the server counts the close when it reads it: a caller refused in a loop
			// would otherwise meet its address's connection limit (429 at the upgrade)
			await().until(() -> this.admission.webSockets() == 0);
		}
	}

	/**
	 * A cursor only an event can tell stale (of the version read when the subscription
	 * started, written before cursors named their list) is refused before that event as
	 * {@code /graphql} refuses a stale cursor, not as an internal error.
	 */
	@Test
	void aCursorStaleOnlyInTheEventIsRefusedAsStale() throws Exception {
		String current = JSON
			.readTree(HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString(body("{ statements(first: 1) { pageInfo { endCursor } } }")))
					.build(), HttpResponse.BodyHandlers.ofString())
				.body())
			.at("/data/statements/pageInfo/endCursor")
			.asString();
		byte[] stamp = java.util.Arrays.copyOf(java.util.Base64.getUrlDecoder().decode(current.substring(0, 4)), 10);
		System.arraycopy("offset0".getBytes(StandardCharsets.US_ASCII), 0, stamp, 3, 7);
		String unlisted = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(stamp);
		WebSocketGraphQlClient client = webSocketClient();
		try {
			CompletableFuture<ResponseError> refusal = CompletableFuture.supplyAsync(() -> firstError(client
				.document("subscription { datasetPublished { version changes(after: \"" + unlisted
						+ "\") { totalCount } } }")
				.executeSubscription()));
			await().until(() -> this.admission.open() >= 1);
			NewVersions.publish(this.loader);
			ResponseError error = refusal.get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS);
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", "after");
			assertThat(error.getMessage()).startsWith("after: ").contains("version");
		}
		finally {
			client.stop().block(Awaits.HUNG);
		}
	}

	/**
	 * The graphql-sse route read any body whole before the admission looked at it: three
	 * POSTs of 228 MB (a dozen 19-million-character variables) ran a 512 MB heap out of
	 * memory. Bounded as /graphql's: {@code accords.http.max-body-size} (100 KB), whether
	 * the length is declared or the body is chunked, refused with /graphql's 413.
	 */
	@Test
	void anSseBodyOverTheMaximumIsRefusedBeforeItIsRead() throws Exception {
		String large = JSON.writeValueAsString(
				Map.of("query", DATASET_PUBLISHED, "variables", Map.of("padding", "x".repeat(200_000))));
		byte[] bytes = large.getBytes(StandardCharsets.UTF_8);
		for (HttpRequest.BodyPublisher publisher : List.of(HttpRequest.BodyPublishers.ofByteArray(bytes),
				HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.header("Accept", "text/event-stream")
					.timeout(Awaits.HUNG)
					.POST(publisher)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
			JsonNode answer = JSON.readTree(response.body());
			assertThat(answer.at("/errors/0/extensions/code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
			assertThat(answer.at("/errors/0/message").asString()).contains("larger than 102400 bytes");
		}
		assertThat(this.admission.open()).isZero();
	}

	/**
	 * The graphql-sse route read a body that names a key twice as its last value, where
	 * {@code /graphql} refuses it (a proxy or a log reading the first sees another
	 * request): refused the same way, naming the key, before any subscription opens.
	 */
	@Test
	void anSseBodyThatNamesAKeyTwiceIsRefusedNamingIt() throws Exception {
		for (String body : List.of(
				"{\"query\":\"subscription { datasetPublished { version } }\",\n \"query\":\""
						+ "subscription { statementAdded { id } }\"}",
				"{\"query\":\"subscription { datasetPublished { version } }\",\"variables\":{\"a\":1,\"a\":2}}")) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.header("Accept", "text/event-stream")
					.timeout(Awaits.HUNG)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
			JsonNode answer = JSON.readTree(response.body());
			assertThat(answer.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
			assertThat(answer.at("/errors/0/message").asString()).startsWith("The request body names '")
				.contains(body.contains("statementAdded") ? "'query' twice at line 2, column 2" : "'a' twice")
				.contains("send each name of a JSON object once");
		}
		assertThat(this.admission.open()).isZero();
	}

	/**
	 * A WebSocket connection that never subscribed was not counted anywhere and stayed
	 * open for good: about 5,700 from one address (each sent {@code connection_init},
	 * then nothing) filled a 512 MB heap and slowed every other answer to seconds. An
	 * address holds at most {@code accords.subscriptions.max-per-client} connections; one
	 * more is refused before the upgrade with 429.
	 */
	@Test
	void oneAddressCannotHoldWebSocketsWithoutLimit() throws Exception {
		List<java.net.http.WebSocket> held = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				held.add(rawWebSocket(new CompletableFuture<>()));
			}
			await().until(() -> this.admission.webSockets() == 2);
			// refused before the upgrade: one closed after it stayed open (and held its
			// buffers) as long as its client did not answer the close
			assertThatExceptionOfType(java.util.concurrent.CompletionException.class)
				.isThrownBy(() -> rawWebSocket(new CompletableFuture<>()))
				.havingCause()
				.isInstanceOfSatisfying(java.net.http.WebSocketHandshakeException.class,
						(refused) -> assertThat(refused.getResponse().statusCode()).isEqualTo(429));
			assertThat(this.admission.webSockets()).isEqualTo(2);
		}
		finally {
			held.forEach((socket) -> socket.abort());
		}
		// closed connections free their places
		await().until(() -> this.admission.webSockets() == 0);
	}

	/**
	 * A second {@code subscribe} reusing the id of an active one closes the socket with
	 * 4409, as graphql-transport-ws says; the server logged it as a stack trace at ERROR
	 * of about 100 lines, a client's fault that filled the log: now one line.
	 */
	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void aSubscribeReusingAnActiveIdClosesWith4409AndLogsOneLine(
			org.springframework.boot.test.system.CapturedOutput output) throws Exception {
		CompletableFuture<Integer> closed = new CompletableFuture<>();
		java.net.http.WebSocket socket = rawWebSocket(closed);
		try {
			socket.sendText("{\"type\":\"connection_init\"}", true).join();
			String subscribe = "{\"id\":\"same\",\"type\":\"subscribe\",\"payload\":{\"query\":\""
					+ "subscription { datasetPublished { version } }\"}}";
			socket.sendText(subscribe, true).join();
			await().until(() -> this.admission.open() == 1);
			int before = output.getAll().length();
			socket.sendText(subscribe, true).join();
			assertThat(closed.get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS)).isEqualTo(4409);
			await().until(() -> this.admission.open() == 0);
			// the duplicate's stream completes on its own thread after the close, and
			// only
			// when it loses the race with the session's disposal is there anything to
			// log:
			// wait a while for that line, then hold whatever came to one line at WARN
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
			while (System.nanoTime() < until && !output.getAll().substring(before).contains(" WARN ")
					&& !output.getAll().substring(before).contains(" ERROR ")) {
				Thread.sleep(50);
			}
			String logged = output.getAll().substring(before);
			assertThat(logged).as(logged).doesNotContain("\tat ").doesNotContain(" ERROR ");
			assertThat(logged.lines().filter((line) -> line.contains(" WARN ")).toList()).as(logged)
				.hasSizeLessThanOrEqualTo(1)
				.allSatisfy((line) -> assertThat(line).contains("WebSocket session closed by the server", "4409"));
			// any other error of the handler is still logged in full
			int other = output.getAll().length();
			org.slf4j.LoggerFactory.getLogger(org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler.class)
				.error("Closing session due to exception for a session", new IllegalStateException("another fault"));
			assertThat(output.getAll().substring(other)).contains(" ERROR ", "another fault", "\tat ");
		}
		finally {
			socket.abort();
		}
	}

	/**
	 * A graphql-transport-ws connection that sends nothing; {@code closed} completes with
	 * the status the server closes it with.
	 */
	private java.net.http.WebSocket rawWebSocket(CompletableFuture<Integer> closed) {
		return HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(URI.create("ws://localhost:" + this.port + "/graphql/ws"),
					new java.net.http.WebSocket.Listener() {
						@Override
						public java.util.concurrent.CompletionStage<?> onClose(java.net.http.WebSocket socket,
								int status, String reason) {
							closed.complete(status);
							return null;
						}

						@Override
						public void onError(java.net.http.WebSocket socket, Throwable error) {
							// closed without a close frame: abnormal closure
							closed.complete(1006);
						}
					})
			.join();
	}

	/**
	 * A subscription refused before it starts (too large, over a limit) cost its client
	 * nothing, where /graphql charges each refusal 10 and 1 per 100 characters: 3,000
	 * graphql-sse refusals of 18 KB documents left the anonymous budget untouched.
	 * Charged as /graphql charges them, until the client's budget is spent.
	 */
	@Test
	void refusedSubscriptionsAreChargedAsRefusalsAre() throws Exception {
		// 10 + 450 each against a budget of 1,000 that refills over an hour
		String tooLarge = "subscription { datasetPublished { version } } #" + "x".repeat(45_000);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			HttpResponse<InputStream> response = sse(tooLarge, "refused-key-for-tests");
			JsonNode event = JSON.readTree(nextEvent(response).get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS));
			codes.add(event.at("/errors/0/extensions/code").asString());
			response.body().close();
		}
		assertThat(codes).containsExactly("DOCUMENT_TOO_LARGE", "DOCUMENT_TOO_LARGE", "RATE_LIMITED");
	}

	@Test
	void aSubscriptionPostedForOneResponseIsRefusedAtOnce() throws Exception {
		// with a JSON Accept, and with none at all (an EventSource polyfill that forgot
		// it)
		for (String accept : new String[] { "application/graphql-response+json", null }) {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.timeout(Awaits.HUNG);
			if (accept != null) {
				request.header("Accept", accept);
			}
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request.POST(HttpRequest.BodyPublishers.ofString(body(DATASET_PUBLISHED))).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(400);
			JsonNode answer = JSON.readTree(response.body());
			assertThat(answer.at("/errors/0/message").asString()).contains("Accept: text/event-stream")
				.contains("/graphql/ws");
		}
		assertThat(this.admission.open()).isZero();
	}

	/**
	 * Documents that can never start a stream (several operations and no
	 * {@code operationName}, a fragment cycle, two root fields, an introspection root)
	 * are refused as the stream's one event, naming the fault, and hold no place.
	 */
	@Test
	void aSubscriptionDocumentThatCannotRunIsRefusedAsTheStreamsOneEvent() throws Exception {
		Map<String, String> documents = Map.of(
				"subscription A { datasetPublished { version } } subscription B { statementAdded { id } }",
				"name the one to run in \"operationName\"",
				"subscription { datasetPublished { ...A } } fragment A on DatasetPublication { version ...B }"
						+ " fragment B on DatasetPublication { ...A }",
				"Fragment cycles", "subscription { datasetPublished { version } statementAdded { id } }", "exactly one",
				"subscription { __typename }", "__typename");
		for (Map.Entry<String, String> document : documents.entrySet()) {
			HttpResponse<InputStream> response = sse(document.getKey());
			JsonNode event = JSON.readTree(nextEvent(response).get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS));
			response.body().close();
			assertThat(event.at("/errors/0/extensions/code").asString()).as(event.toString())
				.isEqualTo("GRAPHQL_VALIDATION_FAILED");
			assertThat(event.at("/errors/0/message").asString()).as(event.toString()).contains(document.getValue());
			assertThat(event.has("data")).as(event.toString()).isFalse();
		}
		assertThat(this.admission.open()).isZero();
	}

	/**
	 * A {@code subscribe} whose payload is no request (no query, a query that is a
	 * number, variables that are a list) threw out of Spring's handler: the connection
	 * closed with 1011, a server error, and about 60 lines of stack trace at ERROR, which
	 * any client could repeat. Closed with graphql-transport-ws's 4400 for an invalid
	 * message, naming the fault; nothing at ERROR.
	 */
	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void aSubscribeThatIsNoRequestIsClosedWith4400AndLogsNothingAtError(
			org.springframework.boot.test.system.CapturedOutput output) throws Exception {
		int before = output.getAll().length();
		for (String payload : List.of("{}", "{\"query\":5}",
				"{\"query\":\"subscription { datasetPublished" + " { version } }\",\"variables\":[1]}")) {
			CompletableFuture<Integer> closed = new CompletableFuture<>();
			java.net.http.WebSocket socket = rawWebSocket(closed);
			try {
				socket.sendText("{\"type\":\"connection_init\"}", true).join();
				socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":" + payload + "}", true).join();
				assertThat(closed.get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS)).as(payload).isEqualTo(4400);
			}
			finally {
				socket.abort();
			}
		}
		String logged = output.getAll().substring(before);
		assertThat(logged).as(logged).doesNotContain(" ERROR ").doesNotContain("\tat ");
		await().until(() -> this.admission.webSockets() == 0);
	}

	/**
	 * A {@code connection_init} of 3 MB is over the WebSocket's message buffer (Tomcat's
	 * 8 KB): that connection is closed with 1009 (message too big) as the buffer fills,
	 * before anything reads it, and the server goes on serving WebSocket subscribers.
	 */
	@Test
	void aConnectionInitOfMegabytesClosesOnlyItsConnection() throws Exception {
		CompletableFuture<Integer> closed = new CompletableFuture<>();
		java.net.http.WebSocket socket = rawWebSocket(closed);
		try {
			// not waited for: the server closes while the client still writes, and then
			// the client sees no close frame but its write fail (1006, abnormal closure)
			socket.sendText(
					"{\"type\":\"connection_init\",\"payload\":{\"padding\":\"" + "x".repeat(3_000_000) + "\"}}", true);
			assertThat(closed.get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS)).isIn(1009, 1006);
		}
		finally {
			socket.abort();
		}
		// the same bound closes a subscribe of a 9,000-character document (docs/api.md,
		// known limits), which graphql-sse takes
		CompletableFuture<Integer> large = new CompletableFuture<>();
		java.net.http.WebSocket second = rawWebSocket(large);
		try {
			second.sendText("{\"type\":\"connection_init\"}", true).join();
			second.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\""
					+ "subscription { datasetPublished { version } } #" + "x".repeat(9_000) + "\"}}", true);
			assertThat(large.get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS)).isIn(1009, 1006);
		}
		finally {
			second.abort();
		}
		await().until(() -> this.admission.webSockets() == 0);
		WebSocketGraphQlClient client = webSocketClient();
		try {
			Disposable subscription = client.document(DATASET_PUBLISHED).executeSubscription().subscribe();
			await().until(() -> this.admission.open() == 1);
			subscription.dispose();
		}
		finally {
			client.stop().block(Awaits.HUNG);
		}
	}

	/**
	 * 5,000 {@code ping} messages on one connection: each answered with one {@code pong}
	 * (no amplification), and the connection still subscribes after them.
	 */
	@Test
	void aPingFloodIsAnsweredPongForPingAndTheConnectionStillSubscribes() throws Exception {
		java.util.concurrent.atomic.AtomicInteger pongs = new java.util.concurrent.atomic.AtomicInteger();
		List<String> others = new java.util.concurrent.CopyOnWriteArrayList<>();
		java.net.http.WebSocket socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(URI.create("ws://localhost:" + this.port + "/graphql/ws"),
					new java.net.http.WebSocket.Listener() {
						private final StringBuilder message = new StringBuilder();

						@Override
						public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket webSocket,
								CharSequence data, boolean last) {
							this.message.append(data);
							webSocket.request(1);
							if (!last) {
								return null;
							}
							String text = this.message.toString();
							this.message.setLength(0);
							if (text.contains("\"pong\"")) {
								pongs.incrementAndGet();
							}
							else if (!text.contains("\"ping\"")) {
								others.add(text);
							}
							return null;
						}
					})
			.join();
		try {
			socket.sendText("{\"type\":\"connection_init\"}", true).join();
			for (int i = 0; i < 5_000; i++) {
				socket.sendText("{\"type\":\"ping\"}", true).join();
			}
			await().until(() -> pongs.get() == 5_000);
			socket
				.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
						+ "\"subscription { datasetPublished { version } }\"}}", true)
				.join();
			await().until(() -> this.admission.open() == 1);
			assertThat(others).hasSize(1).allSatisfy((text) -> assertThat(text).contains("connection_ack"));
		}
		finally {
			socket.abort();
		}
	}

	@Test
	void subscriptionsBeyondTheMaximumAreRefusedWithAClearError() throws Exception {
		WebSocketGraphQlClient client = webSocketClient();
		WebSocketGraphQlClient partner = webSocketClient("subscriber-key-for-tests");
		List<Disposable> held = new ArrayList<>();
		try {
			// two anonymous (the most one client may hold here) and a partner's
			for (int i = 0; i < 2; i++) {
				held.add(client.document(DATASET_PUBLISHED).executeSubscription().subscribe());
			}
			await().until(() -> this.admission.open() == 2);
			held.add(partner.document(DATASET_PUBLISHED).executeSubscription().subscribe());
			await().until(() -> this.admission.open() == 3);
			ResponseError error = firstError(client.document(DATASET_PUBLISHED).executeSubscription());
			assertThat(error.getExtensions()).containsEntry("code", "SUBSCRIPTION_LIMIT_EXCEEDED");
			assertThat(error.getMessage()).contains("at most 3 subscriptions");
		}
		finally {
			held.forEach(Disposable::dispose);
			client.stop().block(Awaits.HUNG);
			partner.stop().block(Awaits.HUNG);
		}
		// closed subscriptions free their places
		await().until(() -> this.admission.open() == 0);
	}

	/**
	 * One anonymous client opened all 1,000 subscriptions of an instance in about ten
	 * seconds (1,000 graphql-sse POSTs from one address, each charged its cost of 1) and
	 * held them; every other subscriber was refused while it did. A client (an address,
	 * or a partner's key) holds at most {@code accords.subscriptions.max-per-client}.
	 */
	@Test
	void oneClientCannotTakeEverySubscription() throws Exception {
		WebSocketGraphQlClient client = webSocketClient();
		WebSocketGraphQlClient partner = webSocketClient("subscriber-key-for-tests");
		List<Disposable> held = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				held.add(client.document(DATASET_PUBLISHED).executeSubscription().subscribe());
			}
			await().until(() -> this.admission.open() == 2);
			ResponseError error = firstError(client.document(DATASET_PUBLISHED).executeSubscription());
			assertThat(error.getExtensions()).containsEntry("code", "SUBSCRIPTION_LIMIT_EXCEEDED");
			// its code alone, as /graphql gives a refusal: not graphql-java's default
			// DataFetchingException, which says a data fetcher failed
			assertThat(error.getExtensions()).doesNotContainKey("classification");
			assertThat(error.getMessage()).contains("at most 2 subscriptions at once from one client");
			HttpResponse<InputStream> sse = sse(DATASET_PUBLISHED);
			JsonNode event = JSON.readTree(nextEvent(sse).get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS));
			assertThat(event.at("/errors/0/extensions/code").asString()).as(event.toString())
				.isEqualTo("SUBSCRIPTION_LIMIT_EXCEEDED");
			assertThat(event.at("/errors/0/extensions").has("classification")).as(event.toString()).isFalse();
			sse.body().close();
			// another client still subscribes
			held.add(partner.document(DATASET_PUBLISHED).executeSubscription().subscribe());
			await().until(() -> this.admission.open() == 3);
		}
		finally {
			held.forEach(Disposable::dispose);
			client.stop().block(Awaits.HUNG);
			partner.stop().block(Awaits.HUNG);
		}
		await().until(() -> this.admission.open() == 0);
	}

	/**
	 * The first error of a refused subscription, whether the client reports it as an
	 * exception or as a response with errors.
	 */
	private static ResponseError firstError(Flux<ClientGraphQlResponse> subscription) {
		try {
			ClientGraphQlResponse response = subscription.next()
				.toFuture()
				.get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS);
			assertThat(response).as("the subscription was refused").isNotNull();
			assertThat(response.getErrors()).as("the subscription was refused").isNotEmpty();
			return response.getErrors().get(0);
		}
		catch (ExecutionException ex) {
			assertThat(ex.getCause()).isInstanceOf(SubscriptionErrorException.class);
			return ((SubscriptionErrorException) ex.getCause()).getErrors().get(0);
		}
		catch (InterruptedException | TimeoutException ex) {
			throw new AssertionError(ex);
		}
	}

	private HttpResponse<InputStream> sse(String query) throws IOException, InterruptedException {
		return sse(query, null);
	}

	private HttpResponse<InputStream> sse(String query, @Nullable String apiKey)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.header("Origin", "https://portal.example");
		if (apiKey != null) {
			request.header("X-API-Key", apiKey);
		}
		return HttpClient.newHttpClient()
			.send(request.POST(HttpRequest.BodyPublishers.ofString(body(query))).build(),
					HttpResponse.BodyHandlers.ofInputStream());
	}

	private static String body(String query) {
		return JSON.writeValueAsString(Map.of("query", query));
	}

	/** The data of the stream's next {@code next} event. */
	private static CompletableFuture<String> nextEvent(HttpResponse<InputStream> response) {
		BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
		return CompletableFuture.supplyAsync(() -> {
			try {
				String line;
				boolean next = false;
				while ((line = reader.readLine()) != null) {
					if (line.equals("event:next")) {
						next = true;
					}
					else if (next && line.startsWith("data:")) {
						return line.substring("data:".length());
					}
				}
				return null;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
