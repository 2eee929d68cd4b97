package org.accords.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.accords.dataset.Citation;
import org.accords.dataset.DatasetInfo;
import org.accords.web.ContentSecurityPolicy;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.ModelAndView;

/**
 * The HTML pages of {@code /data} as models of their templates
 * ({@code templates/downloads/*.mustache}): plain, accessible, self-contained (no
 * scripts, fonts or anything from another origin), in the landing page's style. The
 * templates escape every value.
 */
final class DataViews {

	/**
	 * The pages' policy: they load nothing but themselves (inline styles, the JSON-LD
	 * data block), and no one frames them, as the article list.
	 */
	private static final String CONTENT_SECURITY_POLICY = ContentSecurityPolicy.restrictive(List.of());

	/** Ids listed per change on the changelog page; the JSON has them all. */
	static final int IDS_SHOWN = 100;

	private DataViews() {
	}

	/** A file to link to, with its size once measured. */
	record FileLink(String file, String title, boolean hasSize, String size) {

		static FileLink of(Downloads.Download download) {
			return new FileLink(download.file(), download.title(), download.bytes() != null,
					DataViews.size(download.bytes()));
		}

	}

	/** A row of the collections table: the table, its rows and a link per format. */
	record CollectionRow(String title, String rows, List<FileLink> files) {
	}

	/** The columns of one CSV file. */
	record ColumnsOf(String file, List<ColumnRow> columns) {
	}

	/** One CSV column; {@code oneOf} lists the values it takes, if it has a set. */
	record ColumnRow(String name, String type, String description, String oneOf) {
	}

	/** The list of downloads; {@code jsonLd} is embedded in it as is. */
	static ModelAndView index(DatasetInfo info, List<Downloads.Download> downloads, String jsonLd) {
		ModelAndView page = page("downloads/index", "Accords open data: downloads",
				"Every collection of the Accords dataset as CSV, JSON and NDJSON, with licence, citation and "
						+ "changelog.");
		// a "</script>" inside a string would end the block early
		page.addObject("jsonLd", jsonLd.replace("</", "<\\/"));
		page.addObject("datasetDescription", Metadata.DESCRIPTION);
		page.addObject("version", info.version());
		page.addObject("published", Citation.date(info));
		page.addObject("licenceUrl", Citation.LICENCE_URL);
		page.addObject("licenceName", Citation.LICENCE_NAME);
		page.addObject("licenceNote", Citation.LICENCE_NOTE);
		page.addObject("citation", Citation.text(info));
		page.addObject("archive",
				FileLink.of(downloads.stream().filter((d) -> d.format().equals("zip")).findFirst().orElseThrow()));
		List<CollectionRow> collections = new ArrayList<>();
		List<ColumnsOf> tables = new ArrayList<>();
		for (Table<?> table : Tables.ALL) {
			Downloads.Download csv = find(downloads, Downloads.file(table, Format.CSV));
			List<FileLink> files = new ArrayList<>();
			for (Format format : Format.values()) {
				files.add(FileLink.of(find(downloads, Downloads.file(table, format))));
			}
			collections.add(new CollectionRow(table.title(), String.valueOf(csv.rows()), files));
			List<ColumnRow> columns = new ArrayList<>();
			for (Table.Column<?> column : table.columns()) {
				columns.add(new ColumnRow(column.name(), column.type(), column.description(),
						column.values().isEmpty() ? "" : " One of " + String.join(", ", column.values()) + "."));
			}
			tables.add(new ColumnsOf(Downloads.file(table, Format.CSV), columns));
		}
		page.addObject("collections", collections);
		page.addObject("tables", tables);
		page.addObject("metadata",
				downloads.stream()
					.filter((download) -> download.collection() == null && !download.format().equals("zip"))
					.map(FileLink::of)
					.toList());
		page.addObject("listSeparator", Table.LIST_SEPARATOR.trim());
		return page;
	}

	/** One version of the changelog. */
	record VersionView(String version, String publishedAt, List<String> previousVersion,
			List<CollectionChanges> collections) {
	}

	/**
	 * What one version did to one collection (its GraphQL type, and its CSV file when it
	 * is still served): added, changed and removed.
	 */
	record CollectionChanges(String collection, List<String> file, List<Change> changes) {
	}

	/**
	 * Ids of one kind of change, the first {@value #IDS_SHOWN} shown; {@code more} holds
	 * the number left out, if any.
	 */
	record Change(boolean none, int count, List<String> shown, List<Integer> more) {

		static Change of(List<String> ids) {
			int more = Math.max(0, ids.size() - IDS_SHOWN);
			return new Change(ids.isEmpty(), ids.size(), ids.subList(0, Math.min(ids.size(), IDS_SHOWN)),
					(more > 0) ? List.of(more) : List.of());
		}

	}

	/** The changelog, from its JSON form ({@code Metadata.changelog()}). */
	@SuppressWarnings("unchecked")
	static ModelAndView changelog(List<Map<String, Object>> versions) {
		ModelAndView page = page("downloads/changelog", "Accords open data: changelog",
				"What each version of the Accords dataset added, changed and removed.");
		List<VersionView> views = new ArrayList<>();
		for (Map<String, Object> version : versions) {
			Object previous = version.get("previousVersion");
			List<CollectionChanges> collections = new ArrayList<>();
			for (Map<String, Object> collection : (List<Map<String, Object>>) Objects
				.requireNonNull(version.get("collections"))) {
				List<Change> changes = new ArrayList<>();
				for (String change : List.of("added", "changed", "removed")) {
					changes.add(Change.of((List<String>) Objects.requireNonNull(collection.get(change))));
				}
				Object file = collection.get("file");
				collections.add(new CollectionChanges(String.valueOf(collection.get("collection")),
						(file != null) ? List.of(file.toString()) : List.of(), changes));
			}
			views
				.add(new VersionView(String.valueOf(version.get("version")), String.valueOf(version.get("publishedAt")),
						(previous != null) ? List.of(previous.toString()) : List.of(), collections));
		}
		page.addObject("versions", views);
		return page;
	}

	/** A 404 saying what exists. */
	static ModelAndView notFound(String message, List<String> available) {
		ModelAndView page = page("downloads/not-found", "Not found: Accords open data", message);
		page.addObject("message", message);
		page.addObject("available", available);
		return page;
	}

	/**
	 * {@code page}, with the pages' {@code Content-Security-Policy} set on the response
	 * it is rendered into.
	 */
	static ModelAndView secured(HttpServletResponse response, ModelAndView page) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		return page;
	}

	private static ModelAndView page(String template, String title, String description) {
		ModelAndView page = new ModelAndView(template);
		page.addObject("title", title);
		page.addObject("description", description);
		return page;
	}

	private static Downloads.Download find(List<Downloads.Download> downloads, String file) {
		return downloads.stream().filter((d) -> d.file().equals(file)).findFirst().orElseThrow();
	}

	private static String size(@Nullable Long bytes) {
		if (bytes == null) {
			return "";
		}
		if (bytes < 1024) {
			return bytes + " B";
		}
		double value = bytes / 1024.0;
		String unit = "KB";
		if (value >= 1024) {
			value /= 1024;
			unit = "MB";
		}
		return String.format(Locale.ROOT, "%.1f", value) + " " + unit;
	}

}
