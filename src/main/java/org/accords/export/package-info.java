/**
 * Bulk downloads under {@code /data}: CSV, JSON, NDJSON, the archive and their metadata;
 * {@code Tables} defines every CSV column. Types are non-null unless marked
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.export;

import org.jspecify.annotations.NullMarked;
