/**
 * Commitments: who commits to what for whom, how firmly, and their totals. Types are
 * non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.commitment;

import org.jspecify.annotations.NullMarked;
