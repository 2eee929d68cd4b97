/**
 * GraphQL over HTTP, read top to bottom in {@code GraphQlTransport.serve}: read the
 * request, admit it ({@code graphql.guard}), answer from HTTP caching (ETag, 304, the
 * response cache) or execute, write; the subscription transports (graphql-sse,
 * graphql-transport-ws) and the access log. Types are non-null unless marked
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.graphql.http;

import org.jspecify.annotations.NullMarked;
