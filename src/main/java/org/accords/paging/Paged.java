package org.accords.paging;

/**
 * A page of a connection, whatever its edges hold: a {@link Connection}, or a connection
 * with fields of its own on each edge (a search's score and highlight).
 */
public interface Paged {

	/** Where the page lies in the whole. */
	Connection.PageInfo pageInfo();

}
