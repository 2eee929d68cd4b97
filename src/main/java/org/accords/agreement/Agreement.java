package org.accords.agreement;

import java.util.List;

import org.accords.amount.Money;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.evidence.Reported;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * An intergovernmental agreement.
 *
 * @param id node id
 * @param title a descriptive title
 * @param kind its legal form
 * @param signedOn signing date, ISO-8601, when the article gives it
 * @param signedIn place of signing, when the article gives it
 * @param partyIds node ids of the countries that are parties
 * @param summary what it covers, in a sentence
 * @param evidence the words that report it
 * @param searchText folded title and summary
 * @param signedOnPrecision how much of {@code signedOn} the article gives; null when it
 * gives no date
 * @param provenance the merge of its reports: sources, disputes, report date, merged ids
 * @param value what it is worth in all, when the article gives it
 * @param funding the money that funds it, when the article gives it apart from its value
 * @param events its dated lifecycle events, in the order they happened
 * @param status the stage of its latest event (see {@link Lifecycle})
 * @param activeFrom the date it takes effect, ISO-8601
 * @param activeUntil the date it stops being in effect for good, ISO-8601
 * @param participants the countries and organizations taking part, with their roles
 * @param openToAccession whether others may join, when the article says
 * @param countryIds every country involved: the parties and the countries of the
 * participants (an organization counts for its country), for dyadic filters
 * @param leaderIds the countries that lead it (co-leaders, or their organizations'
 * countries)
 * @param links its links to earlier agreements it follows, implements, amends or
 * supersedes
 * @param linkTargetIds node ids of the agreements its links point at, for the inverse
 * ({@code linkedFrom}) and filters
 * @param programmeId node id of the programme it belongs to, if any
 * @param signedAtId node id of the event at which it was signed, if the article says
 * @param takingPart each country's taking part, with the days it joined and left, for
 * filters on a day ({@link TakingPart}); not served
 * @param suspensions the stretches between {@code activeFrom} and {@code activeUntil} in
 * which it was suspended and later resumed ({@link Lifecycle}), for the filter on a day;
 * not served
 */
public record Agreement(String id, String title, AgreementKind kind, @Nullable String signedOn,
		@Nullable String signedIn, List<String> partyIds, @Nullable String summary, List<Evidence> evidence,
		String searchText, @Nullable DatePrecision signedOnPrecision, @Nullable Provenance provenance,
		@Nullable Money value, @Nullable Money funding, List<LifecycleEvent> events, @Nullable LifecycleStage status,
		@Nullable String activeFrom, @Nullable String activeUntil, List<Participant> participants,
		@Nullable Boolean openToAccession, List<String> countryIds, List<String> leaderIds, List<AgreementLink> links,
		List<String> linkTargetIds, @Nullable String programmeId, @Nullable String signedAtId,
		List<TakingPart> takingPart, List<Lifecycle.Suspension> suspensions) implements Reported {

	/** GraphQL type name, also the base name of its collection. */
	public static final String TYPE = "Agreement";

	/** Its entry in the {@link EntityCatalog}, bound to this record. */
	public static final EntityType<Agreement> ENTITY = EntityType.of(EntityCatalog.AGREEMENT, Agreement.class);

	/**
	 * An agreement stored before links (or each country's taking part, or its
	 * suspensions) were recorded reads as having none.
	 */
	public Agreement {
		links = (links != null) ? links : List.of();
		linkTargetIds = (linkTargetIds != null) ? linkTargetIds : List.of();
		takingPart = (takingPart != null) ? takingPart : List.of();
		suspensions = (suspensions != null) ? suspensions : List.of();
	}

	/** This agreement with another provenance. */
	public Agreement withProvenance(Provenance provenance) {
		return new Agreement(this.id, this.title, this.kind, this.signedOn, this.signedIn, this.partyIds, this.summary,
				this.evidence, this.searchText, this.signedOnPrecision, provenance, this.value, this.funding,
				this.events, this.status, this.activeFrom, this.activeUntil, this.participants, this.openToAccession,
				this.countryIds, this.leaderIds, this.links, this.linkTargetIds, this.programmeId, this.signedAtId,
				this.takingPart, this.suspensions);
	}

	/**
	 * Entities are the same when their ids are: cheap, as batch loading keys maps by
	 * them.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Agreement that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
