package org.accords.actor;

import java.util.List;

import org.accords.evidence.Alias;
import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.evidence.Reported;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * A person named in an article.
 *
 * @param id node id
 * @param name name as written, with diacritics
 * @param countryId node id of the country they serve, when the article gives it
 * @param posts positions held, as the articles state them
 * @param evidence the words that name them
 * @param searchText folded name for accent-insensitive search
 * @param aliases other names under which articles write it, each with its articles
 * @param provenance the merge of its reports: sources, disputes, report date, merged ids
 */
public record Person(String id, String name, @Nullable String countryId, List<Post> posts, List<Evidence> evidence,
		String searchText, List<Alias> aliases, @Nullable Provenance provenance) implements Reported {

	/** GraphQL type name, also the base name of its collection. */
	public static final String TYPE = "Person";

	/** Its entry in the {@link EntityCatalog}, bound to this record. */
	public static final EntityType<Person> ENTITY = EntityType.of(EntityCatalog.PERSON, Person.class);

	/** An entity stored before {@code aliases} were recorded reads as having none. */
	public Person {
		aliases = (aliases != null) ? aliases : List.of();
	}

	/**
	 * Entities are the same when their ids are: cheap, as batch loading keys maps by
	 * them.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Person that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
