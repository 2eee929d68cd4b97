package org.accords.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@code Accept-Encoding} is read, and that the stream is plain gzip. */
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
	void ifNoneMatchNamesATagStrongOrWeak() {
		assertThat(Gzip.named("\"a\", W/\"b\"", "\"b\"")).isTrue();
		assertThat(Gzip.named("\"a-gzip\"", "\"a\"")).isFalse();
		assertThat(Gzip.named(null, "\"a\"")).isFalse();
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

}
