package org.accords.seed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
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

	/**
	 * Jackson's words for a key written twice
	 * ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}).
	 */
	private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate Object property \"(.*)\"");

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

	/**
	 * The problem of a curated file that holds an alias, as the loader reports it; null
	 * when it holds none.
	 */
	static @Nullable String aliasProblem(String path, byte[] yaml) {
		Alias alias = firstAlias(yaml);
		if (alias == null) {
			return null;
		}
		return YamlLines.at(path, (alias.line() > 0) ? alias.line() : null) + ": not valid curated YAML: the alias *"
				+ alias.name() + " would be read as the text '" + alias.name() + "', not as what &" + alias.name()
				+ " marks (anchors and aliases are not expanded): write the value out";
	}

	/**
	 * Why a curated file's YAML could not be read, with its line, as the loader says it.
	 */
	static String problem(String path, JacksonException ex) {
		return YamlLines.at(path, line(ex)) + ": not valid curated YAML: " + mistake(ex);
	}

	/**
	 * A curated file's YAML as a tree, read as the loader reads it (a key written twice
	 * and an alias refused, the nesting and the text lengths bounded, the parser's 64K
	 * buffer), but not held to {@link CuratedFile}'s fields: for tools that show a draft
	 * which does not load yet, such as the curator's desk.
	 * @param path the file's path below the seed folder, which the problem names
	 * @param yaml its bytes, read by {@link SeedCheck#file}
	 * @return the tree; null when the file is empty
	 * @throws SeedException with the one problem the loader reports for the file's YAML
	 */
	public static @Nullable JsonNode tree(String path, byte[] yaml) {
		String alias = aliasProblem(path, yaml);
		if (alias != null) {
			throw new SeedException(List.of(alias));
		}
		try {
			JsonNode tree = MAPPER.readTree(yaml);
			return (tree == null || tree.isMissingNode()) ? null : tree;
		}
		catch (JacksonException ex) {
			throw new SeedException(List.of(problem(path, ex)));
		}
	}

	/**
	 * The mistake's line: the YAML parser's position when it is the parser's mistake
	 * (Jackson's is the last token read before it, a line earlier, often), else
	 * Jackson's.
	 */
	private static @Nullable Integer line(JacksonException ex) {
		if (ex.getCause() instanceof MarkedYamlEngineException yaml) {
			return yaml.getProblemMark().map((mark) -> mark.getLine() + 1).orElse(null);
		}
		TokenStreamLocation location = ex.getLocation();
		return (location != null && location.getLineNr() > 0) ? location.getLineNr() : null;
	}

	/**
	 * What the mistake is, on one line: the YAML parser's words without its excerpt of
	 * the file (the line leads the problem), else Jackson's.
	 */
	private static String mistake(JacksonException ex) {
		if (ex.getCause() instanceof MarkedYamlEngineException yaml && yaml.getProblem() != null) {
			String context = (yaml.getContext() != null)
					? ", " + yaml.getContext()
							+ yaml.getContextMark().map((mark) -> " begun on line " + (mark.getLine() + 1)).orElse("")
					: "";
			String column = yaml.getProblemMark().map((mark) -> "; column " + (mark.getColumn() + 1)).orElse("");
			return (yaml.getProblem() + context).replaceAll("\\s+", " ").strip() + column;
		}
		Matcher duplicate = DUPLICATE_KEY.matcher(ex.getOriginalMessage());
		if (duplicate.matches()) {
			return "'" + Problems.escape(duplicate.group(1))
					+ "' is written twice in one mapping (the second would replace the first): join them or"
					+ " remove one";
		}
		return Problems.escape(ex.getOriginalMessage());
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
