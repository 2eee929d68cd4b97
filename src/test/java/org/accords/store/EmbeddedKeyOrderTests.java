package org.accords.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.bson.types.ObjectId;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store orders its index keys as mongo-java-server's H2 backend does,
 * without serializing string ids: the same order for every key. Some hundred thousand
 * comparisons and nothing else (no store, no logging), so the class runs beside the
 * others (src/test/resources/junit-platform.properties).
 */
@Execution(ExecutionMode.CONCURRENT)
class EmbeddedKeyOrderTests {

	private static final String[] EDGES = { "", "a", "b", "ab", "statement:000001", "statement:000002", "\u0000",
			"a\u0000", "abc", "\u0000a", "b\u0000", "statement:\u00001", "statement:a1", "statement:\u00801", "\u007F",
			"\u0080", "\u07FF", "\u0800", "\uFFFF", "\uD83D\uDE00", "\u00E9", "e\u0301", "Умєров", "Umerov",
			"Ljava/util/List;", "x".repeat(22000), "\u0800".repeat(21845), "\u0800".repeat(21846) };

	@Test
	void keysOfStringIdsOrderAsSerializedKeysDo() {
		List<Object> keys = new ArrayList<>();
		for (String edge : EDGES) {
			keys.add(new KeyValue(edge));
		}
		Random random = new Random(15);
		for (int i = 0; i < 300; i++) {
			keys.add(new KeyValue(randomString(random)));
		}
		keys.add(new KeyValue(42));
		keys.add(new KeyValue(new ObjectId(new java.util.Date(0), 7)));
		keys.add(new KeyValue("a", "b"));
		keys.add("a plain string");
		ObjectDataType library = new ObjectDataType();
		EmbeddedBackend.KeyOrder order = new EmbeddedBackend.KeyOrder();
		for (Object a : keys) {
			for (Object b : keys) {
				assertThat(Integer.signum(order.compare(a, b))).as("%s vs %s", a, b)
					.isEqualTo(Integer.signum(library.compare(a, b)));
			}
		}
	}

	static String randomString(Random random) {
		// mostly ids alike in their prefix, some of any character
		StringBuilder text = new StringBuilder(random.nextBoolean() ? "statement:" : "");
		int length = random.nextInt(12);
		for (int i = 0; i < length; i++) {
			text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) ('0' + random.nextInt(40)));
		}
		return text.toString();
	}

}
