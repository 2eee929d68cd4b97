/**
 * Web configuration for what is not GraphQL alone: CORS for every public path, the
 * GraphiQL page, content negotiation. Types are non-null unless marked
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.web;

import org.jspecify.annotations.NullMarked;
