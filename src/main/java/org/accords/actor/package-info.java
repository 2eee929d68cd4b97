/**
 * People, organizations, countries and the posts people hold, with their GraphQL
 * controllers. Types are non-null unless marked
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.actor;

import org.jspecify.annotations.NullMarked;
