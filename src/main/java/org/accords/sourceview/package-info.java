/**
 * The source view: an article with the words behind every fact highlighted. Types are
 * non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.sourceview;

import org.jspecify.annotations.NullMarked;
