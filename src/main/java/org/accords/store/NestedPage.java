package org.accords.store;

import org.jspecify.annotations.Nullable;

/**
 * A page of the list a parent holds ({@code Agreement.statements(first: 3)}): the key its
 * batch loader is asked with (see {@code node/NestedPages}), so that the store reads the
 * page, not the parent's whole list ({@link FactStore#pages}). Two selections of one list
 * on one parent with other arguments are two keys.
 *
 * @param <P> the parent's type
 * @param parent the entity whose list is paged
 * @param first the most items of the page, already checked against the limits
 * @param after the id of the item the page starts after; null for the list's start
 */
public record NestedPage<P extends Entity>(P parent, int first, @Nullable String after) {

}
