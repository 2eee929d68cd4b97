/**
 * Agreements: their kinds, parties, participants, signatories, lifecycle and links, with
 * their GraphQL controllers. Types are non-null unless marked
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.agreement;

import org.jspecify.annotations.NullMarked;
