package org.accords.page;

import org.accords.paging.NodeId;
import org.accords.store.EntityCatalog;
import org.jspecify.annotations.Nullable;

/**
 * The entity types that have a page and a card: the catalog entry (whose table name is
 * the path segment of the page, {@code /statements/{id}}), the path segment of the card
 * ({@code /embed/statement/{id}}), and the card's height in an iframe.
 */
public enum PageType {

	STATEMENT(EntityCatalog.STATEMENT, "statement", 400), AGREEMENT(EntityCatalog.AGREEMENT, "agreement", 400),
	COMMITMENT(EntityCatalog.COMMITMENT, "commitment", 320), PERSON(EntityCatalog.PERSON, "person", 300),
	ORGANIZATION(EntityCatalog.ORGANIZATION, "organization", 240), COUNTRY(EntityCatalog.COUNTRY, "country", 220),
	COOPERATION_AREA(EntityCatalog.COOPERATION_AREA, "cooperation-area", 260),
	SIGNATORY(EntityCatalog.SIGNATORY, "signatory", 240), EVENT(EntityCatalog.EVENT, "event", 320),
	PROGRAMME(EntityCatalog.PROGRAMME, "programme", 260), POST(EntityCatalog.POST, "post", 260);

	private final EntityCatalog catalog;

	private final String card;

	private final int height;

	PageType(EntityCatalog catalog, String card, int height) {
		this.catalog = catalog;
		this.card = card;
		this.height = height;
	}

	/** The entity type in the catalog. */
	public EntityCatalog catalog() {
		return this.catalog;
	}

	/** GraphQL type name. */
	public String type() {
		return this.catalog.typeName();
	}

	/** Path segment of the page: the name of the type's CSV table. */
	public String collection() {
		return this.catalog.table();
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
			if (value.type().equals(type)) {
				return value;
			}
		}
		return null;
	}

	public static @Nullable PageType ofCollection(String collection) {
		for (PageType value : values()) {
			if (value.collection().equals(collection)) {
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

	/**
	 * The relative address of an entity's page, from its node id; an article's page is
	 * its source view.
	 */
	public static @Nullable String pagePath(String nodeId) {
		try {
			String typeName = NodeId.parse(nodeId).type();
			if (typeName.equals("Article")) {
				return "/articles/" + nodeId;
			}
			PageType type = ofType(typeName);
			return (type != null) ? "/" + type.collection() + "/" + nodeId : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
