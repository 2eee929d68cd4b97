/**
 * Money and quantities as articles state them: exact decimals, currencies, the article's
 * words. Types are non-null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.amount;

import org.jspecify.annotations.NullMarked;
