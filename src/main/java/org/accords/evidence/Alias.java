package org.accords.evidence;

import java.util.List;

/**
 * Another name under which articles write an entity: a spelling, a transliteration, a
 * short or long form, or the name in another script.
 *
 * @param name the name, as written
 * @param articleIds node ids of the articles that write it so
 */
public record Alias(String name, List<String> articleIds) {
}
