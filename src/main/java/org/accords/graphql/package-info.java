/**
 * GraphQL over HTTP: the transport, the checks before execution (limits, cost, rate
 * limits, persisted queries), caching, errors, and the API types every feature shares.
 * Types are non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.graphql;

import org.jspecify.annotations.NullMarked;
