package org.accords.agreement;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

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

	/**
	 * A value of what the reports said of it; null when they did not give it, or on a
	 * record kept before it was.
	 */
	private static <T> @Nullable T reported(WithdrawnFact fact, Function<WithdrawnAgreement, @Nullable T> value) {
		WithdrawnAgreement reported = fact.agreement();
		return (reported != null) ? value.apply(reported) : null;
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
		String kind = reported(fact, WithdrawnAgreement::kind);
		return (kind != null) ? AgreementKind.valueOf(kind) : null;
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable String signedOn(WithdrawnFact fact) {
		return reported(fact, WithdrawnAgreement::signedOn);
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable DatePrecision signedOnPrecision(WithdrawnFact fact) {
		return reported(fact, WithdrawnAgreement::signedOnPrecision);
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable String signedIn(WithdrawnFact fact) {
		return reported(fact, WithdrawnAgreement::signedIn);
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable LifecycleStage status(WithdrawnFact fact) {
		String status = reported(fact, WithdrawnAgreement::status);
		return (status != null) ? LifecycleStage.valueOf(status) : null;
	}

	@SchemaMapping(typeName = TYPE)
	Claim claim(WithdrawnFact fact) {
		return fact.claim();
	}

	@BatchMapping(typeName = TYPE)
	Map<WithdrawnFact, List<Country>> parties(List<WithdrawnFact> facts, @ContextValue String datasetVersion) {
		return this.store.many(datasetVersion, facts,
				(fact) -> Objects.requireNonNullElse(reported(fact, WithdrawnAgreement::partyIds), List.of()),
				Country.ENTITY);
	}

}
