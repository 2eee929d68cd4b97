package org.accords.page;

import org.accords.paging.NodeId;
import org.accords.store.EntityCatalog;
import org.jspecify.annotations.Nullable;

/**
 * The entity types that have a page and a card: the catalog entry (whose table name is
 * the path segment of the page, {@code /statements/{id}}) and the path segment of the
 * card ({@code /embed/statement/{id}}). A card's height in an iframe is its content's
 * ({@link PageHtml#height}).
 */
public enum PageType {

	STATEMENT(EntityCatalog.STATEMENT, "statement"), AGREEMENT(EntityCatalog.AGREEMENT, "agreement"),
	COMMITMENT(EntityCatalog.COMMITMENT, "commitment"), PERSON(EntityCatalog.PERSON, "person"),
	ORGANIZATION(EntityCatalog.ORGANIZATION, "organization"), COUNTRY(EntityCatalog.COUNTRY, "country"),
	COOPERATION_AREA(EntityCatalog.COOPERATION_AREA, "cooperation-area"),
	SIGNATORY(EntityCatalog.SIGNATORY, "signatory"), EVENT(EntityCatalog.EVENT, "event"),
	PROGRAMME(EntityCatalog.PROGRAMME, "programme"), POST(EntityCatalog.POST, "post");

	private final EntityCatalog catalog;

	private final String card;

	PageType(EntityCatalog catalog, String card) {
		this.catalog = catalog;
		this.card = card;
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
