/**
 * Relay paging and node ids, shared by the store and the API: {@code Connection},
 * {@code PageArguments}, {@code PagedList} (the list a cursor names), {@code PageLimits},
 * {@code NodeId}, and the error for bad input. Depends on nothing of GraphQL. Types are
 * non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.paging;

import org.jspecify.annotations.NullMarked;
