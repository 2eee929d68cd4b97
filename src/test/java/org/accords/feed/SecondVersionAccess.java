package org.accords.feed;

import java.io.IOException;
import java.nio.file.Path;

/** {@link SecondVersion} for tests in other packages. */
public final class SecondVersionAccess {

	private SecondVersionAccess() {
	}

	public static String of(Path seed, Path folder) throws IOException {
		return SecondVersion.of(seed, folder);
	}

}
