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
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The YAML mapper of curated files: the loader reads {@link CuratedFile} with it, and the
 * synthetic corpus generator writes its records with it, so that what is generated is
 * what the loader reads.
 */
public final class CuratedYaml {

	/**
	 * How the YAML parser reads a curated file: the defaults, but for a buffer of 64K
	 * characters where they have 1,024. The parser's reader copies the part of the token
	 * it has scanned so far each time it fills its buffer, so a long text costs its
	 * length squared over the buffer's size: {@code validate} of a folder whose curated
	 * file held a title of one quoted text of 6 MB took 26 s of CPU (the parser reads to
	 * its limit of 3M code points, then again to say where the mistake was), 3.7 s with
	 * this buffer (the bundled seed alone: 2.5 s).
	 */
	static final LoadSettings LOAD_SETTINGS = LoadSettings.builder().setBufferSize(64 * 1024).build();

	static final ObjectMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder().loadSettings(LOAD_SETTINGS).build())
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
		try {
			ParserImpl parser = events(yaml);
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

	/** The events of a curated file's YAML, parsed as the mapper parses them. */
	static ParserImpl events(byte[] yaml) {
		return new ParserImpl(LOAD_SETTINGS, new StreamReader(LOAD_SETTINGS, new String(yaml, StandardCharsets.UTF_8)));
	}

	/** The curated file as YAML. */
	public static String write(CuratedFile file) {
		return MAPPER.writeValueAsString(file);
	}

}
