package org.accords.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.accords.dataset.DatasetInfo;
import org.accords.graphql.Hashes;
import org.jspecify.annotations.Nullable;

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

	}

	static SeedFiles read(ResourcePatternResolver resolver, String location) {
		return read(list(resolver, location));
	}

	/** Reads the files of a listing. */
	static SeedFiles read(Listing listing) {
		List<String> problems = new ArrayList<>();
		List<SeedFile> articles = read(listing.articles(), problems);
		List<SeedFile> curated = read(listing.curated(), problems);
		if (articles.isEmpty() && problems.isEmpty()) {
			problems.add(listing.base() + "articles/: no article files (*.txt) found");
		}
		if (!problems.isEmpty()) {
			throw new SeedException(problems);
		}
		return new SeedFiles(articles, curated);
	}

	/**
	 * The files of a seed folder, not read yet, in the order the version hashes them.
	 *
	 * @param base the folder's location, ending in {@code /}
	 * @param articles {@code articles/*.txt} by name
	 * @param curated {@code curated/*.yaml} and {@code *.yml} by path
	 */
	record Listing(String base, List<Listed> articles, List<Listed> curated) {

		List<Listed> all() {
			List<Listed> all = new ArrayList<>(this.articles);
			all.addAll(this.curated);
			return all;
		}

	}

	/**
	 * One file of a listing.
	 *
	 * @param path path below the seed folder
	 * @param resource the file
	 */
	record Listed(String path, Resource resource) {
	}

	static Listing list(ResourcePatternResolver resolver, String location) {
		String base = location.endsWith("/") ? location : location + "/";
		List<Listed> articles = list(resolver, base, "articles", "*.txt");
		List<Listed> curated = new ArrayList<>();
		curated.addAll(list(resolver, base, "curated", "*.yaml"));
		curated.addAll(list(resolver, base, "curated", "*.yml"));
		curated.sort(Comparator.comparing(Listed::path));
		return new Listing(base, articles, curated);
	}

	private static List<Listed> list(ResourcePatternResolver resolver, String base, String folder, String pattern) {
		List<Listed> files = new ArrayList<>();
		try {
			Resource[] resources = resolver.getResources(base + folder + "/" + pattern);
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			for (Resource resource : resources) {
				files.add(new Listed(folder + "/" + resource.getFilename(), resource));
			}
		}
		catch (IOException ex) {
			// a missing folder is reported by the caller when it matters
		}
		return files;
	}

	/**
	 * The curated files of a listing that {@code problems} without a line name, read
	 * again; those that cannot be read are left out.
	 */
	static List<SeedFile> named(Listing listing, List<String> problems) {
		Set<String> paths = new HashSet<>();
		for (String problem : problems) {
			YamlLines.Where where = YamlLines.where(problem);
			if (where.line() == null) {
				paths.add(where.file());
			}
		}
		return read(listing.curated().stream().filter((file) -> paths.contains(file.path())).toList(),
				new ArrayList<>());
	}

	/**
	 * The most bytes a seed file may hold: far above any file of the generator's corpora
	 * (a curated file of 391 KB, an article of 4 KB), and the YAML parser reads at most
	 * 3M code points of one, the store 16 MB of an article (the load names its stored
	 * size); a file is read whole into memory, so one of several GB ended the load in an
	 * {@link OutOfMemoryError}.
	 */
	static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

	/**
	 * Why a seed file in a folder on disk is not read, or null when it is: a link to a
	 * file outside the seed folder (a link in a contributed folder to {@code /etc/...} or
	 * a key file was read, and its first line quoted back by the problem that it was not
	 * curated YAML), or a file over {@link #MAX_FILE_BYTES}.
	 * @param path its path below the seed folder, {@code articles/x.txt}
	 * @param file where it is, in {@code articles/} or {@code curated/} of the seed
	 * folder
	 */
	static @Nullable String refused(String path, Path file) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		Path folder = (dir != null) ? dir.getParent() : null;
		Path real = file.toRealPath();
		if (folder == null || !real.startsWith(folder.toRealPath())) {
			return path + ": a link to a file outside the seed folder, not read: copy the file into the folder";
		}
		long size = Files.size(real);
		return (size > MAX_FILE_BYTES) ? tooLarge(path, size) : null;
	}

	private static String tooLarge(String path, long size) {
		return path + ": " + size + " bytes, more than a seed file may hold (" + MAX_FILE_BYTES
				+ "); not read: split it";
	}

	private static List<SeedFile> read(List<Listed> listed, List<String> problems) {
		List<SeedFile> files = new ArrayList<>(listed.size());
		for (Listed file : listed) {
			SeedFile read = read(file, problems);
			if (read != null) {
				files.add(read);
			}
		}
		return files;
	}

	/**
	 * One file read, or null when it is refused or cannot be read; {@code problems} then
	 * says why.
	 */
	static @Nullable SeedFile read(Listed file, List<String> problems) {
		try {
			Resource resource = file.resource();
			String refused = resource.isFile() ? refused(file.path(), resource.getFile().toPath())
					: (resource.contentLength() > MAX_FILE_BYTES) ? tooLarge(file.path(), resource.contentLength())
							: null;
			if (refused != null) {
				problems.add(refused);
				return null;
			}
			return new SeedFile(file.path(), resource.getContentAsByteArray());
		}
		catch (IOException ex) {
			problems.add(file.path() + ": unreadable (" + ex.getMessage() + ")");
			return null;
		}
	}

	/**
	 * Every file's path and the hash of its bytes, in the listing's order: each file
	 * hashed once (the version and the list of sources both need them; 100 MB at 100k
	 * statements), on every core.
	 */
	List<Hashed> hashed() {
		return all().parallelStream().map((file) -> new Hashed(file.path(), Hashes.sha256(file.bytes()))).toList();
	}

	/** The dataset version: a hash over every file's path and bytes. */
	String version() {
		return version(hashed());
	}

	/**
	 * A file's path and the SHA-256 of its bytes.
	 *
	 * @param path path below the seed folder
	 * @param sha256 the hash of its bytes
	 */
	record Hashed(String path, byte[] sha256) {
	}

	/** The dataset version of files given by their hashes, in the listing's order. */
	static String version(List<Hashed> files) {
		MessageDigest digest = Hashes.sha256();
		for (Hashed file : files) {
			digest.update(file.path().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(file.sha256());
		}
		return Hashes.hex(digest.digest()).substring(0, 16);
	}

	/** The source files of a version, as its record lists them. */
	static List<DatasetInfo.SourceFile> sources(List<Hashed> files) {
		return files.stream()
			.map((file) -> new DatasetInfo.SourceFile(file.path(), Hashes.hex(file.sha256())))
			.toList();
	}

	private List<SeedFile> all() {
		List<SeedFile> all = new ArrayList<>(this.articles);
		all.addAll(this.curated);
		return all;
	}

}
