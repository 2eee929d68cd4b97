/**
 * HTTP content codings shared by the downloads under {@code /data} and the GraphQL
 * answers: when a request takes gzip, and how gzip is written. Types are non-null unless
 * marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.http;

import org.jspecify.annotations.NullMarked;
