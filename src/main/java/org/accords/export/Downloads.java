package org.accords.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accords.dataset.Citation;
import org.accords.dataset.DatasetInfo;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The list of every download of a dataset version, as {@code /data} shows it to people
 * and programs and as the JSON-LD distributions name them.
 */
@Component
class Downloads {

	/** Where the downloads live. */
	static final String PATH = "/data/";

	static final String DATAPACKAGE = "datapackage.json";

	static final String JSON_LD = "dataset.jsonld";

	static final String BIBTEX = "citation.bib";

	static final String CHANGELOG = "changelog.json";

	/** Serves the current version's archive under a name that never changes. */
	static final String LATEST_ARCHIVE = "all.zip";

	/**
	 * One download.
	 *
	 * @param file file name below {@code /data/}
	 * @param url absolute URL
	 * @param title what it holds
	 * @param collection the table's name, or null for files that are not a collection
	 * @param format csv, json, ndjson, zip, json-ld or bibtex
	 * @param mediaType its Content-Type, without parameters
	 * @param rows number of rows (entities), for collections
	 * @param bytes size, once measured (downloads are streamed, so a size is known only
	 * after a first full pass over the data)
	 * @param version dataset version
	 * @param licence URL of the licence of the curated data
	 */
	record Download(String file, String url, String title, @Nullable String collection, String format, String mediaType,
			@Nullable Long rows, @Nullable Long bytes, String version, String licence) {
	}

	private final DownloadSizes sizes;

	Downloads(DownloadSizes sizes) {
		this.sizes = sizes;
	}

	static String archive(String version) {
		return "accords-" + version + ".zip";
	}

	static String file(Table<?> table, Format format) {
		return table.name() + "." + format.extension();
	}

	/**
	 * Every download; {@code sizes} adds the sizes of files that depend on the URL they
	 * are requested from, and so are measured per request.
	 */
	List<Download> all(DatasetInfo info, String baseUrl, Map<String, Long> sizes) {
		return all(info, baseUrl, "", sizes);
	}

	/**
	 * Every download, each URL followed by {@code query} (which names the version a
	 * request named; the archive's name and the changelog need none).
	 */
	List<Download> all(DatasetInfo info, String baseUrl, String query, Map<String, Long> sizes) {
		Map<String, Long> measured = new java.util.HashMap<>(this.sizes.of(info.version()));
		measured.putAll(sizes);
		String version = info.version();
		List<Download> downloads = new ArrayList<>();
		for (Table<?> table : Tables.ALL) {
			long rows = info.counts().getOrDefault(table.type(), 0L);
			for (Format format : Format.values()) {
				String file = file(table, format);
				downloads.add(new Download(file, baseUrl + PATH + file + query,
						table.title() + " (" + format.extension().toUpperCase(java.util.Locale.ROOT) + ")",
						table.name(), format.extension(), format.encodingFormat(), rows, measured.get(file), version,
						Citation.LICENCE_URL));
			}
		}
		String archive = archive(version);
		downloads.add(new Download(archive, baseUrl + PATH + archive,
				"Everything: every collection as CSV, with datapackage.json, the changelog and a README", null, "zip",
				"application/zip", null, measured.get(archive), version, Citation.LICENCE_URL));
		downloads.add(new Download(DATAPACKAGE, baseUrl + PATH + DATAPACKAGE + query,
				"Frictionless data package: every CSV column described, with foreign keys", null, "json",
				"application/json", null, measured.get(DATAPACKAGE), version, Citation.LICENCE_URL));
		downloads.add(new Download(JSON_LD, baseUrl + PATH + JSON_LD + query,
				"Dataset metadata, schema.org and DCAT in JSON-LD", null, "json-ld", "application/ld+json", null,
				measured.get(JSON_LD), version, Citation.LICENCE_URL));
		downloads.add(new Download(BIBTEX, baseUrl + PATH + BIBTEX + query, "How to cite this version, in BibTeX", null,
				"bibtex", "application/x-bibtex", null, measured.get(BIBTEX), version, Citation.LICENCE_URL));
		downloads.add(new Download(CHANGELOG, baseUrl + PATH + CHANGELOG,
				"What each version added, changed and removed, by id", null, "json", "application/json", null,
				measured.get(CHANGELOG), version, Citation.LICENCE_URL));
		return downloads;
	}

}
