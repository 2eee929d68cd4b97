/**
 * Events: visits, ceremonies, press conferences, with the agreements and statements made
 * at them. Types are non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.event;

import org.jspecify.annotations.NullMarked;
