/**
 * Statements: what officials said, quoted or paraphrased. Types are non-null unless
 * marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.statement;

import org.jspecify.annotations.NullMarked;
