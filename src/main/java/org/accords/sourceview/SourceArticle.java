package org.accords.sourceview;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article with every evidence span on it: what {@code /articles/{id}} shows, and its
 * JSON form.
 *
 * @param id node id of the article
 * @param file name of its seed file
 * @param publisher who published it
 * @param publishedOn its date, ISO-8601
 * @param language BCP 47 language tag
 * @param url where it was published, when known
 * @param title its headline, when known
 * @param rights whose rights apply to the text
 * @param contentHash SHA-256 of the text's UTF-8 bytes, hex
 * @param datasetVersion the dataset version the spans come from (null on the curator's
 * desk, which reads files, not a version)
 * @param text the body, verbatim; offsets count into it
 * @param spans every evidence span, ordered by start, then longest first
 */
public record SourceArticle(String id, String file, String publisher, String publishedOn, String language,
		@Nullable String url, @Nullable String title, String rights, String contentHash,
		@Nullable String datasetVersion, String text, List<Span> spans) {
}
