package org.accords.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accords.actor.Country;
import org.accords.actor.Organization;
import org.accords.actor.Person;
import org.accords.agreement.Agreement;
import org.accords.agreement.Signatory;
import org.accords.area.CooperationArea;
import org.accords.article.Article;
import org.accords.commitment.Commitment;
import org.accords.statement.Statement;
import org.accords.store.Entity;

/**
 * A complete, verified dataset, ready to be written.
 */
record SeedDataset(List<Article> articles, List<Country> countries, List<Organization> organizations,
		List<Person> people, List<Agreement> agreements, List<Signatory> signatories,
		List<CooperationArea> cooperationAreas, List<Commitment> commitments, List<Statement> statements) {

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
		return collections;
	}

	/** The fields each collection is filtered or ordered by, to be indexed. */
	static Map<String, List<String>> indexedFields() {
		return Map.of(Organization.TYPE, List.of("countryId", "kind"), Person.TYPE, List.of("countryId"),
				Agreement.TYPE, List.of("signedOn", "partyIds"), Signatory.TYPE,
				List.of("agreementId", "onBehalfOfId", "personId", "organizationId"), CooperationArea.TYPE,
				List.of("agreementId", "category"), Commitment.TYPE,
				List.of("agreementId", "obligorId", "beneficiaryId", "status", "areaIds"), Statement.TYPE,
				List.of("speakerId", "speakerCountryId", "kind", "saidOn", "agreementId", "areaIds"));
	}

}
