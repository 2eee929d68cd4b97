/**
 * HTTP content codings shared by the downloads under {@code /data} and the GraphQL
 * answers: when a request takes gzip, and how gzip is written; and the client a remote
 * address stands for ({@link org.accords.http.ClientNetwork}), wherever one is given a
 * budget or places; and conditional requests ({@code If-Match}, {@code If-None-Match})
 * ({@link org.accords.http.ETags}), by one rule wherever an answer has an ETag. Types are
 * non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.http;

import org.jspecify.annotations.NullMarked;
