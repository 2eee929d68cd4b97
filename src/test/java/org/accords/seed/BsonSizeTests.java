package org.accords.seed;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.MongoClientSettings;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bound by which the loader tells, without encoding it, that a converted document
 * fits in the store is never below the size it takes encoded, for every kind of value a
 * converted document holds; a value it cannot count leaves the measure to the encoder.
 */
class BsonSizeTests {

	@Test
	void theBoundIsNeverBelowTheEncodedSize() {
		Document nested = new Document("name", "Умєров").append("emoji", "😀 ok").append("none", null);
		Document document = new Document("_id", "Statement:s-1").append("text", "Kasčiūnas said: drones")
			.append("empty", "")
			.append("count", 7)
			.append("big", 8L)
			.append("share", 2.5)
			.append("flag", true)
			.append("when", new Date(0))
			.append("oid", new ObjectId())
			.append("amount", Decimal128.parse("12.50"))
			.append("provenance", nested)
			.append("evidence", List.of(nested, new Document("articleId", "Article:a"), List.of()))
			.append("ids", Arrays.asList("a", null, "c", 3))
			.append("ключ", "a name beyond ASCII");
		assertBoundCovers(document);
		assertBoundCovers(new Document());
		assertBoundCovers(new Document("long", "x".repeat(100_000)));
		assertBoundCovers(new Document("wide", "ї".repeat(100_000)));
	}

	@Test
	void aValueItCannotCountIsLeftToTheEncoder() {
		assertThat(BsonSize.bound(new Document("id", UUID.randomUUID()))).isEqualTo(-1);
		assertThat(BsonSize.bound(new Document("deep", List.of(new Document("id", new byte[] { 1 }))))).isEqualTo(-1);
		assertThat(BsonSize.bound(new Document("numbers", Map.of(1, "one")))).isEqualTo(-1);
		// a name with a zero byte: the encoder refuses it, as it did before the bound
		assertThat(BsonSize.bound(new Document("a\0b", "x"))).isEqualTo(-1);
	}

	private static void assertBoundCovers(Document document) {
		long bound = BsonSize.bound(document);
		assertThat(bound).isGreaterThanOrEqualTo(encodedSize(document));
	}

	private static long encodedSize(Document document) {
		try (BasicOutputBuffer buffer = new BasicOutputBuffer();
				BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
			MongoClientSettings.getDefaultCodecRegistry()
				.get(Document.class)
				.encode(writer, document, EncoderContext.builder().build());
			return buffer.getPosition();
		}
	}

}
