/**
 * Loading the curated seed data: reading, validating, and publishing a version. Types are
 * non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.seed;

import org.jspecify.annotations.NullMarked;
