package org.accords.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JIT thresholds {@code ops/cds-archive.sh} writes into {@code jvm.args} (the options
 * the image and the benchmarks' servers start with): the JVM running the tests takes each
 * of them, and each asks 10 times the JVM's own default, as the script's comment and
 * docs/operations.md#startup say.
 */
class JitThresholdsTests {

	private static final Pattern OPTION = Pattern.compile("-XX:(\\w+)=(\\d+)");

	@Test
	void theJvmAppliesEachThresholdAtTenTimesItsDefault() throws Exception {
		Map<String, Long> set = thresholds();
		assertThat(set).as("the jit=( ... ) options of ops/cds-archive.sh")
			.containsOnlyKeys("Tier4InvocationThreshold", "Tier4MinInvocationThreshold", "Tier4CompileThreshold",
					"Tier4BackEdgeThreshold");
		List<String> options = new ArrayList<>();
		set.forEach((name, value) -> options.add("-XX:" + name + "=" + value));
		Map<String, Long> defaults = flags(List.of(), set.keySet());
		Map<String, Long> applied = flags(options, set.keySet());
		assertThat(applied).as("the values the JVM runs with").isEqualTo(set);
		set.keySet().forEach((name) -> assertThat(applied.get(name)).as(name).isEqualTo(10 * defaults.get(name)));
	}

	/** The options of the script's {@code jit=( ... )} array. */
	private static Map<String, Long> thresholds() throws IOException {
		String script = Files.readString(Path.of("ops/cds-archive.sh"));
		Matcher array = Pattern.compile("(?m)^jit=\\(([^)]*)\\)").matcher(script);
		assertThat(array.find()).as("ops/cds-archive.sh sets jit=( ... )").isTrue();
		Map<String, Long> options = new LinkedHashMap<>();
		for (String word : array.group(1).trim().split("\\s+")) {
			Matcher option = OPTION.matcher(word);
			assertThat(option.matches()).as("an option of jit=( ... ): " + word).isTrue();
			options.put(option.group(1), Long.parseLong(option.group(2)));
		}
		return options;
	}

	/** The values of {@code names} in a JVM started with {@code options}. */
	private static Map<String, Long> flags(List<String> options, Iterable<String> names)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(options);
		command.addAll(Arrays.asList("-XX:+PrintFlagsFinal", "-version"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("java %s: %s", options, out).isZero();
		Map<String, Long> values = new LinkedHashMap<>();
		for (String name : names) {
			Matcher line = Pattern.compile("(?m)^\\s*\\w+\\s+" + name + "\\s+=\\s+(\\d+)").matcher(out);
			assertThat(line.find()).as(name + " in -XX:+PrintFlagsFinal").isTrue();
			values.put(name, Long.parseLong(line.group(1)));
		}
		return values;
	}

}
