/**
 * Source articles: their text, publisher, editions and rights. Types are non-null unless
 * marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.article;

import org.jspecify.annotations.NullMarked;
