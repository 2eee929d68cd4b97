package org.accords.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored rows of a query table come back as they were written: every kind of value,
 * strings beyond ASCII included; equal strings shared, except in the id column.
 */
class RowCodecTests {

	@Test
	void rowsComeBackAsWritten() {
		Object[][] rows = {
				{ "id-1", "Kasčiūnas", "Умєров", "a\0b", "", 7, 8L, 2.5, true, false, null, QueryTable.ABSENT,
						List.of("x", 1, Arrays.asList(null, "y")) },
				{ "id-2", "PARAPHRASE", "PARAPHRASE", "2024-01-01", "😀", -1, Long.MIN_VALUE, Double.NaN, false, true,
						"z", List.of(), QueryTable.UNGATHERED } };
		byte[] bytes = RowCodec.encode(rows, 0, rows.length, rows[0].length);
		List<Object[]> read = new ArrayList<>();
		Map<Object, Object> interned = new HashMap<>();
		RowCodec.decode(bytes, read, interned, 0);
		assertThat(read).hasSize(2);
		for (int row = 0; row < rows.length; row++) {
			assertThat(read.get(row)).containsExactly(rows[row]);
		}
		assertThat(read.get(1)[1]).isSameAs(read.get(1)[2]);
		assertThat(interned).doesNotContainKeys("id-1", "id-2").containsKey("Kasčiūnas");
	}

	/**
	 * Lists are held for every row of 100k: they come back unmodifiable and without an
	 * array list's spare object, equal lists of scalars once for all rows (as equal
	 * strings are), lists holding null or documents as they were but never shared.
	 */
	@Test
	void listsComeBackUnmodifiableAndEqualListsOfScalarsShared() {
		Map<String, Object> part = new java.util.LinkedHashMap<>();
		part.put("countryId", "LV");
		Object[][] rows = { { "id-1", List.of("a", "b"), List.of(), Arrays.asList("a", null), List.of(part) }, { "id-2",
				new ArrayList<>(List.of("a", "b")), new ArrayList<>(), Arrays.asList("a", null), List.of(part) } };
		List<Object[]> read = new ArrayList<>();
		RowCodec.decode(RowCodec.encode(rows, 0, 2, 5), read, new HashMap<>(), 0);
		for (int row = 0; row < 2; row++) {
			assertThat(read.get(row)[1]).isEqualTo(List.of("a", "b")).isNotInstanceOf(ArrayList.class);
			assertThat(read.get(row)[2]).isSameAs(List.of());
			assertThat(read.get(row)[3]).isEqualTo(Arrays.asList("a", null));
			for (int column = 1; column < 5; column++) {
				@SuppressWarnings("unchecked")
				List<Object> list = (List<Object>) read.get(row)[column];
				org.assertj.core.api.Assertions.assertThatThrownBy(() -> list.add("c"))
					.isInstanceOf(UnsupportedOperationException.class);
			}
		}
		assertThat(read.get(1)[1]).isSameAs(read.get(0)[1]);
		assertThat(read.get(1)[4]).isEqualTo(read.get(0)[4]).isNotSameAs(read.get(0)[4]);
		assertThat(((List<?>) read.get(1)[4]).get(0)).isNotSameAs(((List<?>) read.get(0)[4]).get(0));
	}

	@Test
	void documentsInAListComeBackAsTheServersDocumentsHoldingWhatTheyHeld() {
		Map<String, Object> latvia = new java.util.LinkedHashMap<>();
		latvia.put("countryId", "Q291bnRyeTpMVg");
		latvia.put("from", "0000-01-01");
		latvia.put("until", "2026-03-03");
		latvia.put("party", true);
		latvia.put("note", null);
		Object[][] rows = { { "id-1", List.of(latvia, Map.of()) } };
		List<Object[]> read = new ArrayList<>();
		RowCodec.decode(RowCodec.encode(rows, 0, 1, 2), read, new HashMap<>(), 0);
		List<?> items = (List<?>) read.get(0)[1];
		assertThat(items).hasSize(2)
			.allSatisfy((item) -> assertThat(item).isInstanceOf(de.bwaldvogel.mongo.bson.Document.class));
		assertThat(new java.util.LinkedHashMap<>((Map<?, ?>) items.get(0))).isEqualTo(latvia);
		assertThat((Map<?, ?>) items.get(1)).isEmpty();
	}

}
