/**
 * Signed webhooks to partners on every new dataset version. Types are non-null unless
 * marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package org.accords.webhook;

import org.jspecify.annotations.NullMarked;
