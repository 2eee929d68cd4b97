package org.accords.search;

/**
 * Published once a newly served version's warm-up is over: its query tables and search
 * index are held, or their read failed or was not asked for. What comes after a start's
 * first answers (the seed check of a restart) waits for it, so that it does not share the
 * core with what the first pages and searches need.
 *
 * @param version the version warmed up
 */
public record VersionWarmedUp(String version) {
}
