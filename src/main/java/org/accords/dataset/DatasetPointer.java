package org.accords.dataset;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * The one document that says which dataset version every instance serves; moving it is
 * the atomic switch from one version to the next.
 *
 * @param id always {@link #ID}
 * @param version the version served
 * @param previous the version served before, kept until the next load for requests in
 * flight
 */
public record DatasetPointer(@Id String id, String version, @Nullable String previous) {

	public static final String ID = "current";

}
