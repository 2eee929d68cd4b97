/**
 * Publishing a dataset version: writing its collections and query tables, the pointer
 * switch, keeping the last versions and announcing the new one
 * ({@code DatasetPublisher}). Types are non-null unless marked
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.publish;

import org.jspecify.annotations.NullMarked;
