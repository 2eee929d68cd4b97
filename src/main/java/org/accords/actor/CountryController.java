package org.accords.actor;

import java.util.List;
import java.util.Map;

import org.accords.store.FactStore;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Countries, and the country of people and organizations.
 */
@Controller
class CountryController {

	private final FactStore store;

	CountryController(FactStore store) {
		this.store = store;
	}

	@QueryMapping
	List<Country> countries(@ContextValue String datasetVersion) {
		return this.store.all(datasetVersion, Country.ENTITY, new Criteria(), Sort.by("code"));
	}

	@BatchMapping(typeName = Person.TYPE, field = "country")
	Map<Person, Country> personCountry(List<Person> people, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, people, Person::countryId, Country.ENTITY);
	}

	@BatchMapping(typeName = Organization.TYPE, field = "country")
	Map<Organization, Country> organizationCountry(List<Organization> organizations,
			@ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, organizations, Organization::countryId, Country.ENTITY);
	}

}
