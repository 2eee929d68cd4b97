package org.accords.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.accords.dataset.DatasetInfo;
import org.accords.graphql.Hashes;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The raw seed files, read once: articles and curated files with their bytes, and the
 * dataset version derived from all of them.
 *
 * @param articles files under {@code articles/}
 * @param curated files under {@code curated/}
 */
record SeedFiles(List<SeedFile> articles, List<SeedFile> curated) {

	/**
	 * One file.
	 *
	 * @param path path below the seed folder, such as {@code articles/000.txt}
	 * @param bytes its content
	 */
	record SeedFile(String path, byte[] bytes) {

		String name() {
			return this.path.substring(this.path.indexOf('/') + 1);
		}

		String text() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		String sha256() {
			return Hashes.hex(Hashes.sha256(this.bytes));
		}

	}

	static SeedFiles read(ResourcePatternResolver resolver, String location) {
		String base = location.endsWith("/") ? location : location + "/";
		List<String> problems = new ArrayList<>();
		List<SeedFile> articles = list(resolver, base, "articles", "*.txt", problems);
		List<SeedFile> curated = new ArrayList<>();
		curated.addAll(list(resolver, base, "curated", "*.yaml", problems));
		curated.addAll(list(resolver, base, "curated", "*.yml", problems));
		curated.sort(Comparator.comparing(SeedFile::path));
		if (articles.isEmpty() && problems.isEmpty()) {
			problems.add(base + "articles/: no article files (*.txt) found");
		}
		if (!problems.isEmpty()) {
			throw new SeedException(problems);
		}
		return new SeedFiles(articles, curated);
	}

	private static List<SeedFile> list(ResourcePatternResolver resolver, String base, String folder, String pattern,
			List<String> problems) {
		List<SeedFile> files = new ArrayList<>();
		try {
			Resource[] resources = resolver.getResources(base + folder + "/" + pattern);
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			for (Resource resource : resources) {
				String path = folder + "/" + resource.getFilename();
				try {
					files.add(new SeedFile(path, resource.getContentAsByteArray()));
				}
				catch (IOException ex) {
					problems.add(path + ": unreadable (" + ex.getMessage() + ")");
				}
			}
		}
		catch (IOException ex) {
			// a missing folder is reported by the caller when it matters
		}
		return files;
	}

	/** The dataset version: a hash over every file's path and bytes. */
	String version() {
		MessageDigest digest = Hashes.sha256();
		for (SeedFile file : all()) {
			digest.update(file.path().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(Hashes.sha256(file.bytes()));
		}
		return Hashes.hex(digest.digest()).substring(0, 16);
	}

	List<DatasetInfo.SourceFile> sources() {
		return all().stream().map((file) -> new DatasetInfo.SourceFile(file.path(), file.sha256())).toList();
	}

	private List<SeedFile> all() {
		List<SeedFile> all = new ArrayList<>(this.articles);
		all.addAll(this.curated);
		return all;
	}

}
