package org.accords.agreement;

import java.util.List;
import java.util.Map;

import org.accords.actor.Country;
import org.accords.evidence.Claim;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.WithdrawnAgreement;
import org.accords.evidence.WithdrawnFact;
import org.accords.store.FactStore;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * An agreement a correction withdrew whole ({@code Article.withdrawnAgreements}): the
 * correction's record of it ({@link WithdrawnFact}), read as what its reports said of it.
 * Every field but {@code parties} is on the record, so only the parties read the store.
 */
@Controller
class WithdrawnAgreementController {

	private static final String TYPE = "WithdrawnAgreement";

	private final FactStore store;

	WithdrawnAgreementController(FactStore store) {
		this.store = store;
	}

	/** What the reports said of it; null on a record kept before it was. */
	private static @Nullable WithdrawnAgreement reported(WithdrawnFact fact) {
		return fact.agreement();
	}

	@SchemaMapping(typeName = TYPE)
	String id(WithdrawnFact fact) {
		return fact.value();
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable String title(WithdrawnFact fact) {
		return fact.name();
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable AgreementKind kind(WithdrawnFact fact) {
		WithdrawnAgreement reported = reported(fact);
		return (reported != null && reported.kind() != null) ? AgreementKind.valueOf(reported.kind()) : null;
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable String signedOn(WithdrawnFact fact) {
		WithdrawnAgreement reported = reported(fact);
		return (reported != null) ? reported.signedOn() : null;
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable DatePrecision signedOnPrecision(WithdrawnFact fact) {
		WithdrawnAgreement reported = reported(fact);
		return (reported != null) ? reported.signedOnPrecision() : null;
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable String signedIn(WithdrawnFact fact) {
		WithdrawnAgreement reported = reported(fact);
		return (reported != null) ? reported.signedIn() : null;
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable LifecycleStage status(WithdrawnFact fact) {
		WithdrawnAgreement reported = reported(fact);
		return (reported != null && reported.status() != null) ? LifecycleStage.valueOf(reported.status()) : null;
	}

	@SchemaMapping(typeName = TYPE)
	Claim claim(WithdrawnFact fact) {
		return fact.claim();
	}

	@BatchMapping(typeName = TYPE)
	Map<WithdrawnFact, List<Country>> parties(List<WithdrawnFact> facts, @ContextValue String datasetVersion) {
		return this.store.many(datasetVersion, facts, (fact) -> {
			WithdrawnAgreement reported = reported(fact);
			return (reported != null) ? reported.partyIds() : List.of();
		}, Country.ENTITY);
	}

}
