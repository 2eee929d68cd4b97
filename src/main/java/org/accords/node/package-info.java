/**
 * Node resolution ({@code node(id:)}, {@code nodes(ids:)}), nested pages and {@code
 * search}. Types are non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.node;

import org.jspecify.annotations.NullMarked;
