/**
 * The synthetic corpus generator, for tests and benchmarks of any size. Types are non-
 * null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.synthetic;

import org.jspecify.annotations.NullMarked;
