/**
 * A page and an embeddable card per fact, and oEmbed. Types are non-null unless marked
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.page;

import org.jspecify.annotations.NullMarked;
