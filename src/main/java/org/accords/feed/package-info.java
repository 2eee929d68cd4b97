/**
 * What changed: {@code changes(since:)}, the Atom and JSON feeds, the live stream and the
 * {@code datasetPublished} subscription. Types are non-null unless marked
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.feed;

import org.jspecify.annotations.NullMarked;
