/**
 * What every fact carries: evidence excerpts, sources, aliases, reported and disputed
 * values. Types are non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.evidence;

import org.jspecify.annotations.NullMarked;
