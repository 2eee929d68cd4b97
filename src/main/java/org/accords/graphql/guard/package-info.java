/**
 * What admits or refuses a GraphQL request before it executes, knowing nothing of HTTP
 * ({@code Admission}): persisted queries, the document parsed once with its limits, one
 * walk for depth, breadth, aliases and cost, the rate limit, the execution timeout; and
 * the same admission for subscriptions. Types are non-null unless marked
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.graphql.guard;

import org.jspecify.annotations.NullMarked;
