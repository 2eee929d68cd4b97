/**
 * The API types every feature shares: connections, node ids, scalars, errors and their
 * codes (each with its HTTP status). The transport is in {@code graphql.http}, the checks
 * before execution in {@code graphql.guard}. Types are non-null unless marked
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.graphql;

import org.jspecify.annotations.NullMarked;
