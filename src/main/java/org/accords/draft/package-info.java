/**
 * Drafting curated files from an article, and the curator's desk. Types are non-null
 * unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.draft;

import org.jspecify.annotations.NullMarked;
