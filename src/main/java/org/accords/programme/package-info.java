/**
 * Programmes that agreements belong to. Types are non-null unless marked
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.programme;

import org.jspecify.annotations.NullMarked;
