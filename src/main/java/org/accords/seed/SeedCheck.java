package org.accords.seed;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Checks a seed folder as a load would, without writing anything: for tools that edit
 * curated files and must say at once whether the folder still loads.
 */
public final class SeedCheck {

	private SeedCheck() {
	}

	/**
	 * One file of the seed folder at {@code location}, read as a load reads it: refused
	 * unread when it is a link to a file outside the folder or larger than any seed file
	 * may be ({@link SeedFiles#refused}).
	 * @param path its path below the folder, such as {@code curated/x.yaml}
	 * @throws SeedException naming the file and why it is not read (missing, a link out,
	 * too large)
	 */
	public static byte[] file(ResourcePatternResolver resolver, String location, String path) {
		String base = location.endsWith("/") ? location : location + "/";
		Resource resource = resolver.getResource(base + path);
		if (!resource.exists()) {
			throw new SeedException(List.of(path + ": not found in " + base));
		}
		List<String> problems = new ArrayList<>();
		SeedFiles.SeedFile file = SeedFiles.read(new SeedFiles.Listed(path, resource), problems);
		if (file == null) {
			throw new SeedException(problems);
		}
		return file.bytes();
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
