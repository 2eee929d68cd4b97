package org.accords.evidence;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a claim is served is stored with it, true or false, so that a claim of a
 * version stored before it was recorded (no {@code served} in its document) reads null,
 * "not recorded", and never false: {@code Claim.served} does not guess for old versions.
 */
class ClaimServedStoredTests {

	private static MappingMongoConverter converter() {
		MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE,
				new MongoMappingContext());
		converter.afterPropertiesSet();
		return converter;
	}

	@Test
	void aClaimNotServedIsStoredAsFalseAndReadsFalse() {
		MappingMongoConverter converter = converter();
		Document stored = new Document();
		converter.write(new Claim("amount", "48000000 EUR", List.of("Article:b"), true, null, false), stored);
		assertThat(stored.get("served")).isEqualTo(false);
		assertThat(converter.read(Claim.class, stored).served()).isFalse();
	}

	@Test
	void aClaimStoredBeforeServedWasRecordedReadsNull() {
		Document older = new Document("field", "amount").append("value", "48000000 EUR")
			.append("sourceIds", List.of("Article:b"))
			.append("competing", true);
		Claim claim = converter().read(Claim.class, older);
		assertThat(claim.served()).isNull();
		assertThat(claim.isServed()).isFalse();
	}

}
