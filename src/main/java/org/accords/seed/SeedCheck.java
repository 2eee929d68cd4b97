package org.accords.seed;

import java.util.List;

import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Checks a seed folder as a load would, without writing anything: for tools that edit
 * curated files and must say at once whether the folder still loads.
 */
public final class SeedCheck {

	private SeedCheck() {
	}

	/**
	 * Every problem a load of the folder at {@code location} would report; empty if none.
	 */
	public static List<String> problems(ResourcePatternResolver resolver, String location) {
		try {
			SeedValidator.validate(SeedFiles.read(resolver, location));
			return List.of();
		}
		catch (SeedException ex) {
			return ex.problems();
		}
	}

}
