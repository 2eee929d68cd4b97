/**
 * Cooperation areas and their categories. Types are non-null unless marked
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.area;

import org.jspecify.annotations.NullMarked;
