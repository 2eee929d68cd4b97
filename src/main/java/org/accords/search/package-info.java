/**
 * The ranked, forgiving search: an in-memory Lucene index per dataset version. Types are
 * non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.search;

import org.jspecify.annotations.NullMarked;
