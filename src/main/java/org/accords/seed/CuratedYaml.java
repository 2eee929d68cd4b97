package org.accords.seed;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.core.StreamReadFeature;
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
		// a key written twice is refused: the second value silently replaced the first (a
		// second `statements:` section emptied the file of its statements)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		// writing: a field left out is absent, as a curator leaves it out
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		// an excerpt stays on one line, as it is in the article
		.disable(YAMLWriteFeature.SPLIT_LINES)
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.build();

	private CuratedYaml() {
	}

	/**
	 * An alias ({@code *name}) of a curated file.
	 *
	 * @param name the anchor it names
	 * @param line its 1-based line
	 */
	record Alias(String name, int line) {
	}

	/**
	 * The first alias of a curated file's YAML; null when it has none, or does not parse
	 * (the reading then says why). The mapper does not expand an alias: it reads it as
	 * the text of the anchor's name, so {@code name: *minister} loaded as "minister";
	 * expanding it would let a few lines stand for billions of values. Only a file with a
	 * {@code *} is parsed for them.
	 */
	static @Nullable Alias firstAlias(byte[] yaml) {
		boolean star = false;
		for (byte b : yaml) {
			star |= (b == '*');
		}
		if (!star) {
			return null;
		}
		LoadSettings settings = LoadSettings.builder().build();
		try {
			ParserImpl parser = new ParserImpl(settings,
					new StreamReader(settings, new String(yaml, StandardCharsets.UTF_8)));
			while (parser.hasNext()) {
				Event event = parser.next();
				if (event instanceof AliasEvent alias) {
					int line = event.getStartMark().map((mark) -> mark.getLine() + 1).orElse(0);
					return new Alias(alias.getAlias().getValue(), line);
				}
			}
		}
		catch (YamlEngineException ex) {
			// not YAML: the mapper's reading names the mistake
		}
		return null;
	}

	/** The curated file as YAML. */
	public static String write(CuratedFile file) {
		return MAPPER.writeValueAsString(file);
	}

}
