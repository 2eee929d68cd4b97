package org.accords.article;

import org.jspecify.annotations.Nullable;

/**
 * Another publication of an article's text: the same words under another publisher's
 * title and address, so that a reader can reach an original online.
 *
 * @param publisher who publishes it
 * @param publishedOn when, ISO-8601, if known
 * @param language its language, a BCP 47 tag (as an article's)
 * @param url where it can be read
 * @param title its title there
 */
public record Edition(String publisher, @Nullable String publishedOn, @Nullable String language, @Nullable String url,
		@Nullable String title) {
}
