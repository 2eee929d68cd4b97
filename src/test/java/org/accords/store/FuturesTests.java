package org.accords.store;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Waiting for work of another thread: its result, or its failure as it was thrown. */
class FuturesTests {

	@Test
	void aResultIsReturnedAndARuntimeFailureThrownAsItIs() {
		assertThat(Futures.await(CompletableFuture.completedFuture("done"), "interrupted")).isEqualTo("done");
		assertThatIllegalArgumentException().isThrownBy(
				() -> Futures.await(CompletableFuture.failedFuture(new IllegalArgumentException("bad")), "interrupted"))
			.withMessage("bad");
		assertThatIllegalStateException()
			.isThrownBy(() -> Futures.await(CompletableFuture.failedFuture(new IOException("gone")), "interrupted"))
			.withCauseInstanceOf(IOException.class);
	}

	@Test
	void anInterruptIsKeptAndSaysWhatWasAwaited() {
		Thread.currentThread().interrupt();
		try {
			assertThatIllegalStateException().isThrownBy(() -> Futures.await(new CompletableFuture<>(), "waiting"))
				.withMessage("waiting")
				.withCauseInstanceOf(InterruptedException.class);
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

}
