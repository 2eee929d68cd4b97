/**
 * The sources of a fact, as GraphQL serves them. Types are non-null unless marked
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.sources;

import org.jspecify.annotations.NullMarked;
