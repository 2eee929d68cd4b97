/**
 * The served dataset version, the versions kept, the changelog and the citation. Types
 * are non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.dataset;

import org.jspecify.annotations.NullMarked;
