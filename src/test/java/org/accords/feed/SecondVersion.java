package org.accords.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A second dataset version made from the page seed: one statement's occasion changed, one
 * statement added and one commitment removed from the test article's curated file.
 */
final class SecondVersion {

	static final String CURATED = "curated/sv_baltic_wire_radar.yaml";

	static final String REMOVED_COMMITMENT = """
			commitments:
			  - id: fi-funds-half
			    agreement: ee-fi-radar-loi
			    obligor: fi-mod
			    beneficiary: EE
			    description: fund half of the first station
			    status: UNDERTAKEN
			    areas: [coastal-radar]
			    evidence:
			      - "which agreed to fund half of the first station"
			""";

	static final String ADDED_STATEMENT = """
			  - id: tamm-tallinn-signing
			    speaker: kaarel-tamm
			    kind: PARAPHRASE
			    text: Estonia and Finland signed a letter of intent on Wednesday
			    evidence:
			      - "Estonia and Finland signed a letter of intent on Wednesday to build coastal radar stations together, Estonian Defence Minister Kaarel Tamm said."
			""";

	private SecondVersion() {
	}

	/** Copies {@code seed} into {@code folder} with the changes; returns its location. */
	static String of(Path seed, Path folder) throws IOException {
		copy(seed, folder);
		Path curated = folder.resolve(CURATED);
		String text = Files.readString(curated);
		String changed = text.replace(REMOVED_COMMITMENT, "")
			.replace("text: talks on a joint maintenance centre are still under way",
					"text: talks on a joint maintenance centre are still under way\n    occasion: after the signing")
			.concat(ADDED_STATEMENT);
		if (changed.length() == text.length() || !changed.contains("occasion: after the signing")
				|| changed.contains("fi-funds-half")) {
			throw new UncheckedIOException(
					new IOException("the test article's curated file changed; update SecondVersion"));
		}
		Files.writeString(curated, changed);
		return folder.toUri().toString();
	}

	/**
	 * Copies {@code seed} into {@code folder} as it is but for a comment, so that it is a
	 * version of its own with the seed's entities: what a test that published the second
	 * version in a shared application serves again after it (the seed's own files again
	 * would be the first version published again, whose changelog entry would then list
	 * what it changed from the second). Returns its location.
	 */
	static String firstAgain(Path seed, Path folder) throws IOException {
		copy(seed, folder);
		Path curated = folder.resolve(CURATED);
		Files.writeString(curated, Files.readString(curated) + "\n# the first version's entities, served again\n");
		return folder.toUri().toString();
	}

	private static void copy(Path seed, Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(seed)) {
			for (Path source : files.toList()) {
				Path target = folder.resolve(seed.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
	}

}
