package org.accords.actor;

import java.util.List;
import java.util.Map;

import org.accords.dataset.DatasetContext;
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
	List<Country> countries(@ContextValue(name = DatasetContext.VERSION) String version) {
		return this.store.all(version, Country.TYPE, Country.class, new Criteria(), Sort.by("code"));
	}

	@BatchMapping(typeName = Person.TYPE, field = "country")
	Map<Person, Country> personCountry(List<Person> people,
			@ContextValue(name = DatasetContext.VERSION) String version) {
		return this.store.one(version, people, Person::countryId, Country.TYPE, Country.class);
	}

	@BatchMapping(typeName = Organization.TYPE, field = "country")
	Map<Organization, Country> organizationCountry(List<Organization> organizations,
			@ContextValue(name = DatasetContext.VERSION) String version) {
		return this.store.one(version, organizations, Organization::countryId, Country.TYPE, Country.class);
	}

}
