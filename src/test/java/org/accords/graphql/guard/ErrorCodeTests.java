package org.accords.graphql.guard;

import org.accords.graphql.ErrorCode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each error code owns its HTTP status, in one place.
 */
class ErrorCodeTests {

	@Test
	void refusalsOfTheClientsRequestAre4xx() {
		assertThat(ErrorCode.BAD_REQUEST.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(ErrorCode.DEPTH_LIMIT_EXCEEDED.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(ErrorCode.COST_LIMIT_EXCEEDED.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(ErrorCode.UNAUTHENTICATED.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(ErrorCode.PERSISTED_QUERY_NOT_ALLOWED.status()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(ErrorCode.VERSION_NOT_KEPT.status()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(ErrorCode.NOT_FOUND.status()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(ErrorCode.METHOD_NOT_ALLOWED.status()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(ErrorCode.NOT_ACCEPTABLE.status()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
		assertThat(ErrorCode.PAYLOAD_TOO_LARGE.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(ErrorCode.UNSUPPORTED_MEDIA_TYPE.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(ErrorCode.RATE_LIMITED.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void aPersistedQueryMissIs200AsApolloClientsExpect() {
		assertThat(ErrorCode.PERSISTED_QUERY_NOT_FOUND.status()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void whatTheClientMayRetryIs503AndOurBugs500() {
		assertThat(ErrorCode.SERVICE_UNAVAILABLE.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(ErrorCode.TIMEOUT.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(ErrorCode.SUBSCRIPTION_LIMIT_EXCEEDED.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(ErrorCode.INTERNAL.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	@Test
	void everyCodeHasAStatus() {
		for (ErrorCode code : ErrorCode.values()) {
			assertThat(code.status()).as(code.name()).isNotNull();
		}
	}

	@Test
	void anErrorsCodeIsReadByName() {
		assertThat(ErrorCode.of("RATE_LIMITED")).isEqualTo(ErrorCode.RATE_LIMITED);
		assertThat(ErrorCode.of("SOMETHING_ELSE")).isNull();
		assertThat(ErrorCode.of(null)).isNull();
	}

}
