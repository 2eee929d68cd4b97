package org.accords.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accords.dataset.DatasetInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code datapackage.json} and {@code dataset.jsonld} are the same bytes from every
 * start: each object in them keeps the order it was written in. An object built with
 * {@code Map.of} of two or more entries iterates in an order that changes from one JVM
 * start to the next, so two instances (or one restarted) served different bytes of one
 * version under the same strong ETag.
 */
class MetadataOrderTests {

	final DatasetInfo info = new DatasetInfo("0123456789abcdef", Instant.parse("2026-12-03T10:00:00Z"), Map.of(),
			"2024-11-19");

	@SuppressWarnings("NullAway")
	final Metadata metadata = new Metadata(null);

	@Test
	void everyObjectOfTheDataPackageKeepsItsOrder() {
		assertThat(unordered(this.metadata.dataPackage(this.info), "datapackage")).isEmpty();
	}

	@Test
	void everyObjectOfTheJsonLdKeepsItsOrder() {
		Downloads.Download download = new Downloads.Download("statements.csv",
				"https://accords.example.org/data/statements.csv", "Statements", "Statement", "csv", "text/csv", 1L,
				10L, "0123456789abcdef", "CC-BY-4.0");
		assertThat(
				unordered(this.metadata.jsonLd(this.info, "https://accords.example.org", List.of(download)), "jsonld"))
			.isEmpty();
	}

	/**
	 * The paths of objects of two or more entries whose order is not the insertion order.
	 */
	static List<String> unordered(Object value, String path) {
		List<String> found = new ArrayList<>();
		if (value instanceof Map<?, ?> map) {
			if (map.size() > 1 && !(map instanceof LinkedHashMap)) {
				found.add(path + " (" + map.getClass().getName() + ")");
			}
			map.forEach((key, item) -> found.addAll(unordered(item, path + "." + key)));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				found.addAll(unordered(list.get(i), path + "[" + i + "]"));
			}
		}
		return found;
	}

}
