package org.accords.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image runs the collector its AOT cache was trained with (a cache serves only that
 * collector: with another the JVM starts without it, seconds slower), and the benchmarks
 * start their servers and loads with that same collector, so that what they measure is
 * what ships.
 */
class ContainerImageTests {

	private static final Pattern COLLECTOR = Pattern.compile("-XX:\\+Use\\w+GC");

	@Test
	void theImageTheTrainingAndTheBenchmarksUseOneCollector() throws IOException {
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		String entrypoint = line(dockerfile, "ENTRYPOINT");
		String training = line(dockerfile, "cds-archive.sh /tmp/accords-boot.jar");
		String bench = line(Files.readString(Path.of("bench/jvm.sh")), "GC=");
		assertThat(collectors(entrypoint)).as("the ENTRYPOINT's collector").hasSize(1);
		String collector = collectors(entrypoint).get(0);
		assertThat(collectors(training)).as("the AOT cache's training in the Dockerfile").containsExactly(collector);
		assertThat(collectors(bench)).as("bench/jvm.sh's GC").containsExactly(collector);
	}

	private static String line(String text, String containing) {
		return text.lines()
			.filter((line) -> line.contains(containing) && !line.startsWith("#"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line with " + containing));
	}

	private static List<String> collectors(String line) {
		List<String> found = new ArrayList<>();
		Matcher matcher = COLLECTOR.matcher(line);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

}
