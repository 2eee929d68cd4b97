package org.accords.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accords.actor.Country;
import org.accords.actor.Organization;
import org.accords.actor.Person;
import org.accords.actor.Post;
import org.accords.agreement.Agreement;
import org.accords.agreement.Signatory;
import org.accords.area.CooperationArea;
import org.accords.article.Article;
import org.accords.commitment.Commitment;
import org.accords.dataset.DatasetInfo;
import org.accords.event.Event;
import org.accords.programme.Programme;
import org.accords.publish.NewVersion;
import org.accords.statement.Statement;
import org.accords.store.Entity;
import org.bson.Document;

/**
 * A complete, verified dataset, ready to be written.
 */
record SeedDataset(List<Article> articles, List<Country> countries, List<Organization> organizations,
		List<Person> people, List<Agreement> agreements, List<Signatory> signatories,
		List<CooperationArea> cooperationAreas, List<Commitment> commitments, List<Statement> statements,
		List<Post> posts, List<Event> events, List<Programme> programmes) {

	/** Every collection with its entities, in a fixed order. */
	Map<String, List<? extends Entity>> collections() {
		Map<String, List<? extends Entity>> collections = new LinkedHashMap<>();
		collections.put(Article.TYPE, this.articles);
		collections.put(Country.TYPE, this.countries);
		collections.put(Organization.TYPE, this.organizations);
		collections.put(Person.TYPE, this.people);
		collections.put(Agreement.TYPE, this.agreements);
		collections.put(Signatory.TYPE, this.signatories);
		collections.put(CooperationArea.TYPE, this.cooperationAreas);
		collections.put(Commitment.TYPE, this.commitments);
		collections.put(Statement.TYPE, this.statements);
		collections.put(Post.TYPE, this.posts);
		collections.put(Event.TYPE, this.events);
		collections.put(Programme.TYPE, this.programmes);
		return collections;
	}

	/**
	 * This dataset as {@code version}, built from {@code files}, its entities converted
	 * to {@code documents} already: what is published.
	 */
	NewVersion asVersion(String version, List<DatasetInfo.SourceFile> files, Map<String, List<Document>> documents) {
		return new NewVersion(version, collections(), indexes(), files,
				DatasetInfo.newest(this.articles.stream().map(Article::publishedOn).toList()), documents);
	}

	/**
	 * The article each evidence entry cites: the source view gathers an article's facts
	 * by it.
	 */
	private static final String EVIDENCE = "evidence.articleId";

	/**
	 * The indexes of each collection, one per filter, each ending in the collection's
	 * order so that MongoDB can filter, sort and count a page from the index alone (the
	 * embedded server ignores them). Text search matches a folded substring and cannot
	 * use an index.
	 */
	static Map<String, List<List<String>>> indexes() {
		Map<String, List<List<String>>> indexes = new java.util.HashMap<>(Map.of(Article.TYPE,
				ordered(List.of("publishedOn", "_id"), "publisher", "withdraws." + EVIDENCE), Organization.TYPE,
				ordered(List.of("searchText", "_id"), "countryId", "kind", EVIDENCE), Person.TYPE,
				ordered(List.of("searchText", "_id"), "countryId", EVIDENCE, "posts." + EVIDENCE), Agreement.TYPE,
				ordered(List.of("signedOn", "_id"), "partyIds", "kind", "countryIds", "leaderIds", "status", EVIDENCE,
						"linkTargetIds", "programmeId", "signedAtId"),
				Signatory.TYPE,
				ordered(List.of("_id"), "agreementId", "onBehalfOfId", "personId", "organizationId", EVIDENCE),
				CooperationArea.TYPE, ordered(List.of("_id"), "agreementId", "category", EVIDENCE), Commitment.TYPE,
				ordered(List.of("_id"), "agreementId", "obligorIds", "obligorCountryIds", "beneficiaryId", "status",
						"areaIds", "amount.currency", EVIDENCE),
				Statement.TYPE, ordered(List.of("saidOn", "_id"), "speakerId", "speakerCountryId", "kind",
						"agreementId", "areaIds", "organizationId", EVIDENCE, "eventId")));
		indexes.put(Post.TYPE,
				ordered(List.of("termStart", "_id"), "personId", "organizationId", "countryId", "roleKey", EVIDENCE));
		indexes.put(Event.TYPE, ordered(List.of("date", "_id"), "kind", "countryIds", "participantIds", EVIDENCE));
		indexes.put(Programme.TYPE, ordered(List.of("_id"), "runById", "countryId", EVIDENCE));
		return indexes;
	}

	private static List<List<String>> ordered(List<String> order, String... filters) {
		List<List<String>> indexes = new java.util.ArrayList<>();
		if (order.size() > 1) {
			indexes.add(order);
		}
		for (String filter : filters) {
			List<String> index = new java.util.ArrayList<>();
			index.add(filter);
			index.addAll(order);
			indexes.add(index);
		}
		return indexes;
	}

}
