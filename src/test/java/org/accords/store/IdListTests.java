package org.accords.store;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query holding a text filter's ids is keyed by the list's name: short, equal for the
 * same name, apart for another name or other conditions; queries without one keep their
 * JSON as key.
 */
class IdListTests {

	private static IdList ids(String name, int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add("synthetic-statement-" + i);
		}
		return new IdList(name, ids);
	}

	@Test
	void aQueryWithThousandsOfIdsHasAShortKey() {
		Criteria query = Where.all()
			.is("kind", "PARAPHRASE")
			.in("_id", ids("search v1 Statement drone", 20000))
			.criteria();
		String key = IdList.key(query.getCriteriaObject());
		assertThat(key).hasSizeLessThan(200).contains("search v1 Statement drone").contains("PARAPHRASE");
		assertThat(key).isEqualTo(IdList.key(Where.all()
			.is("kind", "PARAPHRASE")
			.in("_id", ids("search v1 Statement drone", 20000))
			.criteria()
			.getCriteriaObject()));
		assertThat(key)
			.isNotEqualTo(IdList.key(Where.all()
				.is("kind", "PARAPHRASE")
				.in("_id", ids("search v1 Statement drones", 20000))
				.criteria()
				.getCriteriaObject()))
			.isNotEqualTo(IdList.key(Where.all()
				.is("kind", "DIRECT_QUOTE")
				.in("_id", ids("search v1 Statement drone", 20000))
				.criteria()
				.getCriteriaObject()));
	}

	@Test
	void aQueryWithoutIdListsIsKeyedByItsJson() {
		Criteria query = Where.all().in("_id", List.of("a", "b")).is("kind", "PARAPHRASE").criteria();
		assertThat(IdList.key(query.getCriteriaObject())).isEqualTo(query.getCriteriaObject().toJson());
	}

	@Test
	void anIdListIsAPlainListToEveryoneElse() {
		IdList ids = ids("x", 3);
		assertThat(ids).containsExactly("synthetic-statement-0", "synthetic-statement-1", "synthetic-statement-2");
		assertThat(ids.set()).containsExactlyInAnyOrder("synthetic-statement-0", "synthetic-statement-1",
				"synthetic-statement-2");
		assertThat(ids.plain()).isTrue();
		assertThat(new IdList("y", List.of("5f0c7d6e8a1b2c3d4e5f6a7b")).plain()).isFalse();
		assertThat(Where.all().in("_id", ids).criteria().getCriteriaObject().toJson())
			.contains("synthetic-statement-2");
	}

}
