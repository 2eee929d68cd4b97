package org.accords.store;

/**
 * A stored entity; its {@code id} is its GraphQL node id and its MongoDB {@code _id}.
 */
public interface Entity {

	String id();

}
