package org.accords.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The small maps of merged reports: a map in insertion order, whether it holds a few
 * entries (an array) or more (a linked hash map), as a {@link LinkedHashMap} would be.
 */
class CompactMapTests {

	@Test
	void behavesAsALinkedHashMapOnBothSidesOfTheArraysSize() {
		Random random = new Random(7);
		for (int run = 0; run < 2_000; run++) {
			CompactMap<String, Integer> compact = new CompactMap<>();
			Map<String, Integer> linked = new LinkedHashMap<>();
			int keys = 1 + random.nextInt(2 * CompactMap.ARRAY_MAX);
			for (int op = random.nextInt(60); op >= 0; op--) {
				String key = "k" + random.nextInt(keys);
				int value = random.nextInt(100);
				switch (random.nextInt(5)) {
					case 4 -> assertThat(compact.remove(key)).isEqualTo(linked.remove(key));
					case 0 -> assertThat(compact.put(key, value)).isEqualTo(linked.put(key, value));
					case 1 -> assertThat(compact.computeIfAbsent(key, (k) -> value))
						.isEqualTo(linked.computeIfAbsent(key, (k) -> value));
					case 2 -> assertThat(compact.get(key)).isEqualTo(linked.get(key));
					default -> assertThat(compact.containsKey(key)).isEqualTo(linked.containsKey(key));
				}
				assertThat(compact).hasSize(linked.size());
				assertThat(new ArrayList<>(compact.entrySet())).isEqualTo(new ArrayList<>(linked.entrySet()));
				assertThat(compact.firstKey()).isEqualTo(linked.isEmpty() ? null : linked.keySet().iterator().next());
				List<String> visited = new ArrayList<>();
				compact.forEach((k, v) -> visited.add(k + "=" + v));
				assertThat(visited).isEqualTo(linked.entrySet().stream().map(Object::toString).toList());
			}
			assertThat(compact).isEqualTo(linked);
			assertThat(compact.hashCode()).isEqualTo(linked.hashCode());
		}
	}

	@Test
	void clearedItTakesEntriesAgain() {
		CompactMap<Integer, String> map = new CompactMap<>();
		for (int i = 0; i < 2 * CompactMap.ARRAY_MAX; i++) {
			map.put(i, "v" + i);
		}
		map.clear();
		assertThat(map).isEmpty();
		assertThat(map.firstKey()).isNull();
		map.put(7, "seven");
		assertThat(map).containsExactly(Map.entry(7, "seven"));
	}

	@Test
	void holdsNoNull() {
		CompactMap<String, String> map = new CompactMap<>();
		assertThatNullPointerException().isThrownBy(() -> map.put("a", null));
		assertThat(map.get(null)).isNull();
		assertThat(map).isEmpty();
	}

}
