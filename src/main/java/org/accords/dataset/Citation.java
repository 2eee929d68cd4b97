package org.accords.dataset;

import java.time.ZoneOffset;
import java.util.List;

/**
 * The licence of the curated data and how to cite a dataset version, in one place for
 * GraphQL, the downloads and their metadata.
 */
public final class Citation {

	/** Title of the dataset. */
	public static final String TITLE = "Accords: intergovernmental defence-industry agreements from news articles";

	/** Who publishes it. */
	public static final String PUBLISHER = "Accords";

	/** Short name of the licence of the curated data. */
	public static final String LICENCE_NAME = "CC BY 4.0";

	/** The version-specific licence URL, as CC asks licensors to give. */
	public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

	/** What the licence covers, and what it does not. */
	public static final String LICENCE_NOTE = "Covers the curated data (facts, ids, offsets). Article texts are "
			+ "reproduced verbatim so that every fact can be checked; their rights stay with their publishers "
			+ "(see each Article's rights).";

	/**
	 * BibTeX's month macros: every style defines them and prints each month in its own
	 * way ({@code month = mar}), where a braced number ({@code month = {3}}) is printed
	 * as it stands and sorts as text.
	 */
	private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
			"oct", "nov", "dec");

	private Citation() {
	}

	/**
	 * The date a version was published, ISO: the date of its newest article, so that
	 * every instance cites one version with one date, whenever it loaded it (the load
	 * date only for a version recorded without it).
	 */
	public static String date(DatasetInfo info) {
		if (info.contentDate() != null) {
			return info.contentDate();
		}
		return info.loadedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
	}

	/** A citation in running text. */
	public static String text(DatasetInfo info) {
		return PUBLISHER + " (" + date(info).substring(0, 4) + "). " + TITLE + ", dataset version " + info.version()
				+ " (" + date(info) + "). Licensed under " + LICENCE_NAME + ", " + LICENCE_URL;
	}

	/**
	 * Where exactly this version stays readable while it is kept: {@code url} (the
	 * {@code /data} page) with the version as its {@code version} parameter.
	 */
	public static String versionUrl(String url, DatasetInfo info) {
		return url + "?version=" + info.version();
	}

	/**
	 * A BibTeX {@code @misc} entry whose key names the version, with the address that
	 * serves that version.
	 */
	public static String bibtex(DatasetInfo info, String url) {
		String date = date(info);
		return "@misc{accords_" + info.version() + ",\n" + "  author       = {{" + PUBLISHER + "}},\n"
				+ "  title        = {{" + TITLE + "}},\n" + "  year         = {" + date.substring(0, 4) + "},\n"
				+ "  month        = " + MONTHS.get(Integer.parseInt(date.substring(5, 7)) - 1) + ",\n"
				+ "  version      = {" + info.version() + "},\n" + "  howpublished = {\\url{" + url + "}},\n"
				+ "  url          = {" + versionUrl(url, info) + "},\n" + "  note         = {Dataset, " + "version "
				+ info.version() + " of " + date + ". Licensed under " + LICENCE_NAME + ", \\url{" + LICENCE_URL
				+ "}}\n" + "}\n";
	}

}
