package org.accords.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code CITATION.cff} has what CFF 1.2.0 requires and names the data's licence.
 */
class CitationFileTests {

	@Test
	@SuppressWarnings("unchecked")
	void citationFileHasTheRequiredKeysAndTheLicence() {
		Map<String, Object> cff = YAMLMapper.builder().build().readValue(Path.of("CITATION.cff").toFile(), Map.class);
		assertThat(cff).containsEntry("cff-version", "1.2.0")
			.containsEntry("type", "dataset")
			.containsEntry("license", "CC-BY-4.0")
			.containsEntry("license-url", "https://creativecommons.org/licenses/by/4.0/")
			.containsKeys("message", "title");
		assertThat((List<Map<String, Object>>) cff.get("authors")).isNotEmpty()
			.allSatisfy((author) -> assertThat(author.containsKey("name") || author.containsKey("family-names"))
				.as("an author has a name or family-names")
				.isTrue());
	}

}
