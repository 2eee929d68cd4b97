package org.accords.web;

import org.jspecify.annotations.Nullable;

/**
 * The address a request for one nothing serves most likely meant ({@code /statement/{id}}
 * for {@code /statements/{id}}): named by the {@code 404} of such an address
 * ({@link NotFoundErrorAttributes}). A feature that serves addresses of its own says
 * which slips of them it recognises.
 */
@FunctionalInterface
public interface AddressHint {

	/**
	 * The path meant by {@code path}, a path nothing serves; null when it is not a slip
	 * of one this hint knows.
	 */
	@Nullable String meant(String path);

}
