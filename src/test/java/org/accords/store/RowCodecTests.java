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
						"z", List.of(), QueryTable.ABSENT } };
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

}
