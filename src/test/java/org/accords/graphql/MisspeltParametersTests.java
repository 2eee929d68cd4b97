package org.accords.graphql;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query parameter a few letters from one an address reads is a slip of the hand, which
 * Spring would otherwise ignore, answering as if it had not been sent; a parameter far
 * from every one it reads (a cache buster, a campaign tag) is left alone.
 */
class MisspeltParametersTests {

	private static final List<String> READ = List.of("query", "operationName", "variables", "extensions", "version",
			"bom");

	@Test
	void aParameterAFewLettersFromOneReadIsNamedWithTheOneMeant() {
		assertThat(MisspeltParameters.refusal(List.of("query", "varibles"), READ))
			.isEqualTo("Unknown parameter 'varibles'; did you mean 'variables'? Parameters read here: query, "
					+ "operationName, variables, extensions, version, bom");
		assertThat(MisspeltParameters.refusal(List.of("versoin"), READ))
			.startsWith("Unknown parameter 'versoin'; did you mean 'version'?");
		assertThat(MisspeltParameters.refusal(List.of("bmo"), READ))
			.startsWith("Unknown parameter 'bmo'; did you mean 'bom'?");
	}

	@Test
	void aParameterInAnotherCaseIsNotTheOneRead() {
		// Spring's parameters are case-sensitive: operationname would be ignored
		assertThat(MisspeltParameters.refusal(List.of("operationname"), READ))
			.startsWith("Unknown parameter 'operationname'; did you mean 'operationName'?");
	}

	@Test
	void parametersReadOrFarFromEveryOneReadAreLeftAlone() {
		assertThat(MisspeltParameters.refusal(List.of("query", "variables", "version", "bom"), READ)).isNull();
		assertThat(MisspeltParameters.refusal(List.of("utm_source", "_", "callback", "b"), READ)).isNull();
	}

}
