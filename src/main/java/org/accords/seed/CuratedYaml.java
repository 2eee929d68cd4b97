package org.accords.seed;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The YAML mapper of curated files: the loader reads {@link CuratedFile} with it, and the
 * synthetic corpus generator writes its records with it, so that what is generated is
 * what the loader reads.
 */
public final class CuratedYaml {

	static final ObjectMapper MAPPER = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		// writing: a field left out is absent, as a curator leaves it out
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		// an excerpt stays on one line, as it is in the article
		.disable(YAMLWriteFeature.SPLIT_LINES)
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.build();

	private CuratedYaml() {
	}

	/** The curated file as YAML. */
	public static String write(CuratedFile file) {
		return MAPPER.writeValueAsString(file);
	}

}
