package org.accords.page;

import org.accords.paging.NodeId;
import org.jspecify.annotations.Nullable;

/**
 * The entity types that have a page and a card: the GraphQL type name, the path segment
 * of the page ({@code /statements/{id}}) and of the card ({@code /embed/statement/{id}}),
 * and the card's height in an iframe.
 */
public enum PageType {

	STATEMENT("Statement", "statements", "statement", 400), AGREEMENT("Agreement", "agreements", "agreement", 400),
	COMMITMENT("Commitment", "commitments", "commitment", 320), PERSON("Person", "people", "person", 300),
	ORGANIZATION("Organization", "organizations", "organization", 240), COUNTRY("Country", "countries", "country", 220),
	COOPERATION_AREA("CooperationArea", "cooperation-areas", "cooperation-area", 260),
	SIGNATORY("Signatory", "signatories", "signatory", 240);

	private final String type;

	private final String collection;

	private final String card;

	private final int height;

	PageType(String type, String collection, String card, int height) {
		this.type = type;
		this.collection = collection;
		this.card = card;
		this.height = height;
	}

	/** GraphQL type name. */
	public String type() {
		return this.type;
	}

	/** Path segment of the page. */
	public String collection() {
		return this.collection;
	}

	/** Path segment of the card under {@code /embed}. */
	public String card() {
		return this.card;
	}

	/** Height of the card's iframe, in CSS pixels. */
	public int height() {
		return this.height;
	}

	public static @Nullable PageType ofType(String type) {
		for (PageType value : values()) {
			if (value.type.equals(type)) {
				return value;
			}
		}
		return null;
	}

	public static @Nullable PageType ofCollection(String collection) {
		for (PageType value : values()) {
			if (value.collection.equals(collection)) {
				return value;
			}
		}
		return null;
	}

	public static @Nullable PageType ofCard(String card) {
		for (PageType value : values()) {
			if (value.card.equals(card)) {
				return value;
			}
		}
		return null;
	}

	/** The relative address of an entity's page, from its node id. */
	public static @Nullable String pagePath(String nodeId) {
		try {
			PageType type = ofType(NodeId.parse(nodeId).type());
			return (type != null) ? "/" + type.collection + "/" + nodeId : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
