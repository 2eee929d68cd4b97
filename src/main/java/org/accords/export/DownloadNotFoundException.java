package org.accords.export;

import java.util.Objects;

import org.accords.graphql.VersionNotKeptException;
import org.jspecify.annotations.Nullable;

/**
 * Nothing to download at the address asked: {@link DataErrors} answers 404 saying what
 * exists.
 */
class DownloadNotFoundException extends RuntimeException {

	private final transient @Nullable VersionNotKeptException notKept;

	DownloadNotFoundException(String message) {
		this(message, null);
	}

	/** {@code notKept}: the address names a version that is not kept. */
	DownloadNotFoundException(String message, @Nullable VersionNotKeptException notKept) {
		super(message);
		this.notKept = notKept;
	}

	@Nullable VersionNotKeptException notKept() {
		return this.notKept;
	}

	/** Never null: every constructor takes a message. */
	@Override
	public String getMessage() {
		return Objects.requireNonNull(super.getMessage());
	}

}
