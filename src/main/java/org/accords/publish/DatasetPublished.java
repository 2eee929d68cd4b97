package org.accords.publish;

/**
 * Published by the instance that published a new dataset version, once the pointer serves
 * it; other instances only follow the pointer, so each version is announced once.
 *
 * @param version the version now served
 */
public record DatasetPublished(String version) {
}
