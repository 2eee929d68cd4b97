package org.accords.commitment;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A total says how many of the commitments it sums are disputed: two publishers give one
 * pledge as 40 and as 48 million euros ({@code dispute-fixtures}, invented reports), the
 * total sums the 40 million served, and before {@code disputedCount} nothing in the total
 * said that another report gives another figure.
 */
@GeneratedCorpusTest(fixtures = "classpath:dispute-fixtures/")
class DisputedTotalsHttpTests {

	@LocalServerPort
	int port;

	@Test
	void aTotalCountsTheDisputedCommitmentsItSums() throws Exception {
		JsonNode totals = new HttpApi(this.port)
			.query("{ commitmentTotals { currency amount commitmentCount disputedCount } }")
			.get("commitmentTotals");
		assertThat(totals.toString())
			.isEqualTo("[{\"currency\":\"EUR\",\"amount\":\"40000000\",\"commitmentCount\":1,\"disputedCount\":1}]");
		JsonNode undisputed = new HttpApi(this.port)
			.query("{ commitmentTotals(filter: { disputed: false }) { amount disputedCount } }")
			.get("commitmentTotals");
		assertThat(undisputed.toString()).isEqualTo("[]");
	}

}
