package org.accords.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code Accept-Encoding} is read, and that what is written is plain gzip, also when
 * an opened stream is finished with a tail of its own.
 */
class GzipTests {

	@Test
	void gzipIsTakenWhenNamedAboveZeroOrLeftToAStarAboveZero() {
		assertThat(Gzip.accepted(List.of("gzip, deflate, br, zstd"))).isTrue();
		assertThat(Gzip.accepted(List.of("deflate", "gzip;q=0.3"))).as("over several headers").isTrue();
		assertThat(Gzip.accepted(List.of(" GZip ; Q=1.0"))).isTrue();
		assertThat(Gzip.accepted(List.of("*;q=0.5"))).isTrue();
		assertThat(Gzip.accepted(List.of())).isFalse();
		assertThat(Gzip.accepted(List.of(""))).isFalse();
		assertThat(Gzip.accepted(List.of("identity"))).isFalse();
		assertThat(Gzip.accepted(List.of("gzip;q=0, *"))).as("named refusal beats the star").isFalse();
		assertThat(Gzip.accepted(List.of("gzip;q=0.000"))).isFalse();
		assertThat(Gzip.accepted(List.of("gzip;q=2"))).isFalse();
		assertThat(Gzip.accepted(List.of("gzip;q="))).isFalse();
	}

	@Test
	void compressingWritesGzipThatReadsBack() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream out = Gzip.compressing(bytes)) {
			out.write("id,name\r\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
		}
		try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("id,name\r\n".repeat(1000));
		}
	}

	static byte[] gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
	}

	static byte[] concat(byte[] first, byte[] second) {
		byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	@Test
	void anOpenedStreamFinishedWithAnyTailReadsBackAsTheWhole() throws IOException {
		byte[] answer = "{\"data\":{\"statements\":[\"the minister said\"]}".repeat(200)
			.getBytes(StandardCharsets.UTF_8);
		byte[] random = new byte[3 * 65_535 + 17];
		new Random(7).nextBytes(random);
		Gzip.Opened opened = Gzip.open(answer, 0, answer.length);
		assertThat(opened.bytes().length).as("deflated").isLessThan(answer.length / 10);
		for (byte[] tail : List.of(new byte[0], ",\"extensions\":{\"cost\":12}}".getBytes(StandardCharsets.UTF_8),
				random)) {
			byte[] sent = concat(opened.bytes(), Gzip.finish(opened, tail));
			assertThat(gunzip(sent)).as(tail.length + " bytes of tail").isEqualTo(concat(answer, tail));
		}
		// the same opened stream, finished again and again
		byte[] once = Gzip.finish(opened, "}".getBytes(StandardCharsets.UTF_8));
		assertThat(Gzip.finish(opened, "}".getBytes(StandardCharsets.UTF_8))).isEqualTo(once);
	}

	@Test
	void partOfAnArrayOpens() throws IOException {
		byte[] body = "[id,name,kind]".repeat(100).getBytes(StandardCharsets.UTF_8);
		Gzip.Opened opened = Gzip.open(body, 0, body.length - 1);
		assertThat(gunzip(concat(opened.bytes(), Gzip.finish(opened, new byte[0]))))
			.isEqualTo(java.util.Arrays.copyOf(body, body.length - 1));
	}

	@Test
	void theCrcCarriedOnIsTheCrcOfTheWhole() {
		byte[] head = "stored once".getBytes(StandardCharsets.UTF_8);
		byte[] tail = "per request ü".getBytes(StandardCharsets.UTF_8);
		CRC32 whole = new CRC32();
		whole.update(concat(head, tail));
		CRC32 first = new CRC32();
		first.update(head);
		assertThat(Gzip.crc32((int) first.getValue(), tail, 0, tail.length)).isEqualTo((int) whole.getValue());
	}

	@Test
	void theGzipCopysETagIsTheIdentityOnesWithASuffix() {
		assertThat(Gzip.variant("W/\"abc\"")).isEqualTo("W/\"abc-gzip\"");
		assertThat(Gzip.variant("\"abc\"")).isEqualTo("\"abc-gzip\"");
	}

}
