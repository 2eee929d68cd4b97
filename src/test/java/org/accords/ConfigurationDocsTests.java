package org.accords;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings the docs name and the application sets are ones something reads, checked
 * against the configuration metadata of the class path (Accords' own, written from
 * {@link AccordsProperties} at compile time, and Spring Boot's): docs/configuration.md's
 * table lists every {@code accords.*} setting with the code's default; every Spring Boot
 * setting the README, docs/ and {@code application*.properties} name exists under that
 * name in Boot 4. Boot ignores a wrong or renamed name without a word, so a mistake there
 * otherwise shows only as a setting that does nothing.
 */
class ConfigurationDocsTests {

	private static final Pattern NAME = Pattern.compile("`([^`]+)`");

	private static final Pattern BOOT_SETTING = Pattern
		.compile("`((?:spring|server|management|logging)\\.[a-z0-9.-]*[a-z0-9])`");

	/** Defaults the table explains in words rather than gives as a value. */
	private static final Map<String, String> DEFAULTS_IN_WORDS = Map.of("accords.public-url",
			"`http://localhost:` and the server's port");

	@Test
	void everySettingIsInTheTableWithTheCodesDefault() throws IOException {
		Map<String, JsonNode> settings = settings();
		Map<String, String> rows = rows();
		List<String> wrong = new ArrayList<>();
		settings.forEach((name, setting) -> {
			String documented = rows.get(name);
			if (documented == null) {
				if (rows.keySet().stream().noneMatch((row) -> row.startsWith(name + "."))) {
					wrong.add(name + ": no row in the table");
				}
				return;
			}
			JsonNode value = setting.get("defaultValue");
			if (value == null) {
				return;
			}
			String expected = "`" + written(value) + "`";
			String inWords = DEFAULTS_IN_WORDS.get(name);
			if (inWords != null ? !documented.startsWith(inWords) : !documented.equals(expected)) {
				wrong.add(name + ": the table's default is " + documented + ", the code's " + expected);
			}
		});
		rows.keySet()
			.stream()
			.filter((row) -> row.startsWith("accords."))
			.filter((row) -> !settings.containsKey(row)
					&& settings.keySet().stream().noneMatch((name) -> row.startsWith(name + ".")))
			.forEach((row) -> wrong.add(row + ": in the table, but no such setting"));
		Known known = springBootSettings();
		rows.keySet()
			.stream()
			.filter((row) -> row.contains(".") && !row.startsWith("accords."))
			.filter((row) -> !known.knows(row))
			.forEach((row) -> wrong.add(row + ": in the table, but Spring Boot has no such setting"));
		assertThat(settings).as("the configuration processor's metadata").hasSizeGreaterThan(40);
		assertThat(known.names()).as("Spring Boot's metadata").contains("server.port", "spring.mongodb.uri");
		assertThat(wrong).as("docs/configuration.md against AccordsProperties").isEmpty();
	}

	@Test
	void everySettingTheApplicationSetsIsOneThatIsRead() throws IOException {
		Known known = springBootSettings();
		List<String> unknown = new ArrayList<>();
		for (String file : List.of("application.properties", "application-json.properties")) {
			Properties properties = new Properties();
			try (InputStream in = ConfigurationDocsTests.class.getResourceAsStream("/" + file)) {
				assertThat(in).as(file).isNotNull();
				properties.load(in);
			}
			properties.stringPropertyNames()
				.stream()
				.filter((name) -> !known.knows(name))
				.sorted()
				.forEach((name) -> unknown.add(file + ": " + name));
		}
		assertThat(unknown).as("settings the application sets that nothing reads").isEmpty();
	}

	@Test
	void everySpringBootSettingTheDocsNameExists() throws IOException {
		Known known = springBootSettings();
		List<String> unknown = new ArrayList<>();
		List<Path> files = new ArrayList<>(List.of(Docs.README));
		try (Stream<Path> pages = Files.list(Path.of("docs"))) {
			pages.filter((page) -> page.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		for (Path file : files) {
			String[] lines = Docs.text(file).split("\n");
			for (int i = 0; i < lines.length; i++) {
				Matcher name = BOOT_SETTING.matcher(lines[i]);
				while (name.find()) {
					// an old name, said to be one, is the warning itself
					boolean saidOld = lines[i].contains("Boot 3's `" + name.group(1) + "`");
					if (!known.knows(name.group(1)) && !saidOld) {
						unknown.add(file + ":" + (i + 1) + ": " + name.group(1));
					}
				}
			}
		}
		assertThat(unknown).as("settings the docs name that Spring Boot does not know").isEmpty();
	}

	/** The {@code accords.*} settings of the metadata, by name. */
	private static Map<String, JsonNode> settings() throws IOException {
		try (InputStream in = ConfigurationDocsTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("META-INF/spring-configuration-metadata.json on the class path").isNotNull();
			Map<String, JsonNode> settings = new LinkedHashMap<>();
			for (JsonNode property : JsonMapper.shared().readTree(in).get("properties")) {
				String name = property.get("name").asString();
				if (name.startsWith("accords.")) {
					settings.put(name, property);
				}
			}
			return settings;
		}
	}

	/**
	 * Every setting the metadata of the jars on the class path names (Spring Boot's own,
	 * Spring for GraphQL's, Accords'), deprecated ones left out: Boot 4 renamed many of
	 * Boot 3's and ignores an old name without a word (it lists Boot 3's
	 * {@code spring.data.mongodb.uri} as deprecated at level error, and binds nothing to
	 * it), so a name Boot does not know configures nothing.
	 */
	private static Known springBootSettings() throws IOException {
		Set<String> names = new HashSet<>();
		Set<String> maps = new HashSet<>();
		Enumeration<URL> files = ConfigurationDocsTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json");
		while (files.hasMoreElements()) {
			try (InputStream in = files.nextElement().openStream()) {
				for (JsonNode property : JsonMapper.shared().readTree(in).get("properties")) {
					if (property.get("deprecation") != null) {
						continue;
					}
					String name = property.get("name").asString();
					names.add(name);
					JsonNode type = property.get("type");
					if (type != null && type.asString().startsWith("java.util.Map<")) {
						maps.add(name);
					}
				}
			}
		}
		return new Known(names, maps);
	}

	/**
	 * The settings the metadata names, and those of them that are maps, whose keys follow
	 * their name ({@code logging.level.org.mongodb.driver}).
	 */
	private record Known(Set<String> names, Set<String> maps) {

		boolean knows(String name) {
			if (this.names.contains(name)) {
				return true;
			}
			for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
				if (this.maps.contains(name.substring(0, dot))) {
					return true;
				}
			}
			return false;
		}

	}

	/** Each setting the table's first column names, with the row's default cell. */
	private static Map<String, String> rows() {
		String table = Docs.section(Docs.page("configuration.md"), "## Configuration");
		Map<String, String> rows = new LinkedHashMap<>();
		for (String line : table.split("\n")) {
			if (!line.startsWith("| `")) {
				continue;
			}
			String[] cells = line.substring(1).split("\\|");
			Matcher name = NAME.matcher(cells[0]);
			while (name.find()) {
				rows.put(name.group(1), cells[1].strip());
			}
		}
		return rows;
	}

	/**
	 * A default as the table writes it: lists joined by commas, booleans in lower case.
	 */
	private static String written(JsonNode value) {
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach((item) -> items.add(item.asString()));
			return String.join(",", items);
		}
		return value.asString();
	}

}
