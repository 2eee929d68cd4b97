package org.accords.seed;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small sets of merged reports: a set in insertion order, whether it holds a few
 * elements (a list) or more (a hash set).
 */
class CompactSetTests {

	@Test
	void keepsInsertionOrderAndRefusesDuplicatesWhileSmall() {
		CompactSet<String> set = new CompactSet<>();
		assertThat(set.add("b")).isTrue();
		assertThat(set.add("a")).isTrue();
		assertThat(set.add("b")).isFalse();
		assertThat(set).containsExactly("b", "a");
		assertThat(set.contains("a")).isTrue();
	}

	@Test
	void keepsInsertionOrderAndRefusesDuplicatesBeyondTheListSize() {
		CompactSet<Integer> set = new CompactSet<>();
		IntStream.range(0, 20).map((i) -> 19 - i).forEach(set::add);
		assertThat(set.add(3)).isFalse();
		assertThat(set).hasSize(20).startsWith(19, 18, 17).endsWith(1, 0);
		assertThat(set.remove(5)).isTrue();
		assertThat(set).hasSize(19).doesNotContain(5);
	}

	@Test
	void clearedItTakesElementsAgain() {
		CompactSet<Integer> set = new CompactSet<>();
		IntStream.range(0, 10).forEach(set::add);
		set.clear();
		assertThat(set).isEmpty();
		set.add(7);
		assertThat(set).containsExactly(7);
	}

}
