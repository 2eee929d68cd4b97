/**
 * The data layer: {@code FactStore}, versioned collections, caches, query tables and the
 * embedded store. Types are non-null unless marked
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.store;

import org.jspecify.annotations.NullMarked;
