/**
 * The benchmark's static baseline: pre-serialized bytes served without execution. Types
 * are non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.bench;

import org.jspecify.annotations.NullMarked;
