package org.accords.paging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code BAD_USER_INPUT} names the argument at fault in {@code extensions.argument}, as
 * its message opens with it, so that a page marks that input or drops a stale cursor
 * without parsing the message.
 */
class InvalidInputExceptionTests {

	@Test
	void theArgumentIsTheOneTheMessageOpensWith() {
		assertThat(new InvalidInputException("after: 'bogus' is not a cursor of this connection").argument())
			.isEqualTo("after");
		assertThat(new InvalidInputException("first: must be between 0 and 100, was 500").argument())
			.isEqualTo("first");
		assertThat(new InvalidInputException("filter.between: at most 10 countries, got 11").argument())
			.isEqualTo("filter.between");
	}

	@Test
	void aMessageThatOpensWithNoArgumentNamesNone() {
		assertThat(
				new InvalidInputException("Passing both `first` and `last` is not supported: page forwards").argument())
			.isNull();
		assertThat(new InvalidInputException("text matches too many variants of its words: use fewer").argument())
			.isNull();
		assertThat(new InvalidInputException("The Accords-Version header (a) and the version parameter (b) differ")
			.argument()).isNull();
	}

}
