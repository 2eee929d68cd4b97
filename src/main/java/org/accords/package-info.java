/**
 * Accords: an open-data GraphQL API about defence-industry agreements as reported in news
 * articles; the application, its settings ({@code AccordsProperties}) and the check of
 * {@code ACCORDS_*} variables. Types are non-null unless marked
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords;

import org.jspecify.annotations.NullMarked;
