package org.accords.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.accords.actor.Country;
import org.accords.evidence.SourceFilter;
import org.accords.paging.Connection;
import org.accords.paging.InvalidInputException;
import org.accords.paging.NodeId;
import org.accords.paging.OrderBy;
import org.accords.paging.PageArguments;
import org.accords.search.SearchIndex;
import org.accords.store.Entity;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.accords.store.FactStore;
import org.accords.store.IdList;
import org.accords.store.Where;
import org.accords.store.NestedPage;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Agreements, their parties and signatories.
 */
@Controller
class AgreementController {

	/** Each country's taking part, with its days ({@link TakingPart}). */
	private static final String TAKING_PART = "takingPart";

	/** Node type of programmes (package programme depends on this one, not back). */
	private static final String PROGRAMME = "Programme";

	/** Node type of cooperation areas (package area depends on this one, not back). */
	private static final String AREA = EntityCatalog.COOPERATION_AREA.typeName();

	/** The collection of cooperation areas, read for their ids and agreements. */
	private static final EntityType<?> AREAS = EntityType.any(EntityCatalog.COOPERATION_AREA);

	private final FactStore store;

	private final SearchIndex search;

	AgreementController(FactStore store, SearchIndex search) {
		this.store = store;
		this.search = search;
	}

	/**
	 * Filter arguments of {@code agreements}.
	 *
	 * @param party a Country id
	 * @param kind legal form
	 * @param signedFrom earliest signing date
	 * @param signedTo latest signing date
	 * @param text words in title or summary
	 * @param minSources at least this many distinct articles report it
	 * @param disputed only disputed, or only undisputed
	 * @param reportedFrom earliest report on or after
	 * @param reportedTo earliest report on or before
	 * @param linkedTo an Agreement id that its links point at, any kind
	 * @param linkKind the kind of link it has (to {@code linkedTo} when given)
	 * @param programme a Programme id
	 * @param area a CooperationArea id: its agreement, and the agreements of the
	 * commitments and statements in it
	 * @param areaCategory the name of an area category (an enum of package area, which
	 * depends on this one): the agreements of each area of it, as {@code area} finds them
	 */
	record AgreementFilter(@Nullable String party, @Nullable AgreementKind kind, @Nullable LocalDate signedFrom,
			@Nullable LocalDate signedTo, @Nullable String text, @Nullable Integer minSources,
			@Nullable Boolean disputed, @Nullable LocalDate reportedFrom, @Nullable LocalDate reportedTo,
			@Nullable LifecycleStage status, @Nullable LocalDate activeOn, @Nullable List<String> between,
			@Nullable String leader, @Nullable String linkedTo, @Nullable AgreementLinkKind linkKind,
			@Nullable String programme, @Nullable String area, @Nullable String areaCategory) implements SourceFilter {

		/**
		 * Adds the conditions this filter sets to {@code where}. On a day
		 * ({@code activeOn}), the agreement is in effect and not in a suspension it later
		 * resumed from ({@link Lifecycle}); the countries {@code party}, {@code between}
		 * and {@code leader} name must take part on it, as
		 * {@code Agreement.participants(activeOn:)} counts a participant.
		 */
		Where where(Where where, SearchIndex search, FactStore store, String version) {
			String party = NodeId.check(this.party, Country.TYPE, "filter.party");
			List<String> between = countries(this.between);
			String leader = NodeId.check(this.leader, Country.TYPE, "filter.leader");
			return SourceFilter.apply(where, this)
				.is("partyIds", party)
				.is("kind", this.kind)
				.between("signedOn", this.signedFrom, this.signedTo)
				.is("status", this.status)
				.within("activeFrom", "activeUntil", this.activeOn)
				.outside("suspensions", "from", "until", this.activeOn)
				.containsAll("countryIds", between)
				.is("leaderIds", leader)
				.spanOn(TAKING_PART, "countryId", (party != null) ? List.of(party) : null, "party", "from", "until",
						this.activeOn)
				.spanOn(TAKING_PART, "countryId", between, null, "from", "until", this.activeOn)
				.spanOn(TAKING_PART, "countryId", (leader != null) ? List.of(leader) : null, "leader", "from", "until",
						this.activeOn)
				.in("_id", search.ids(version, Agreement.TYPE, this.text))
				.is("linkTargetIds", NodeId.check(this.linkedTo, Agreement.TYPE, "filter.linkedTo"))
				.item("links", "kind", this.linkKind, "targetId", this.linkedTo)
				.is("programmeId", NodeId.check(this.programme, PROGRAMME, "filter.programme"))
				.in("_id", inArea(store, version, NodeId.check(this.area, AREA, "filter.area")))
				.in("_id", inCategory(store, version, this.areaCategory));
		}

		/**
		 * The ids of the agreements in a cooperation area: the one it is curated on, and
		 * those of the commitments and statements in it; null (no condition) without an
		 * area. An id of no area matches nothing, as the other id filters do.
		 */
		private static @Nullable IdList inArea(FactStore store, String version, @Nullable String area) {
			if (area == null) {
				return null;
			}
			return agreementsIn(store, version, "area " + area, Criteria.where("_id").is(area),
					Criteria.where("areaIds").is(area));
		}

		/**
		 * The ids of the agreements in a cooperation area of a category: those
		 * {@link #inArea} finds for each of its areas, each once; null (no condition)
		 * without a category. A category no area has matches nothing.
		 */
		private static @Nullable IdList inCategory(FactStore store, String version, @Nullable String category) {
			if (category == null) {
				return null;
			}
			Criteria ofCategory = Criteria.where("category").is(category);
			List<String> areas = new ArrayList<>();
			for (Document row : store.fields(version, AREAS, ofCategory, Sort.by("_id"), List.of("_id"),
					Integer.MAX_VALUE)) {
				areas.add(row.getString("_id"));
			}
			// known to the caches by its name, as a text filter's ids are
			IdList inAreas = new IdList("areas of category " + version + " " + category, areas);
			return agreementsIn(store, version, "area category " + category, ofCategory,
					Criteria.where("areaIds").in(inAreas));
		}

		/**
		 * The ids of the agreements the areas matching {@code areas} are curated on, and
		 * of those of the commitments and statements matching {@code inAreas}, read from
		 * their references (indexed on MongoDB, from the query tables on the embedded
		 * store) and cached with the version as every store read is, in id order, named
		 * by {@code what} for the caches.
		 */
		private static IdList agreementsIn(FactStore store, String version, String what, Criteria areas,
				Criteria inAreas) {
			Set<String> ids = new TreeSet<>();
			for (EntityCatalog type : List.of(EntityCatalog.COMMITMENT, EntityCatalog.STATEMENT)) {
				for (Document row : store.fields(version, EntityType.any(type), inAreas, Sort.by("_id"),
						List.of("agreementId"), Integer.MAX_VALUE)) {
					String agreement = row.getString("agreementId");
					if (agreement != null) {
						ids.add(agreement);
					}
				}
			}
			for (Document row : store.fields(version, AREAS, areas, Sort.by("_id"), List.of("agreementId"),
					Integer.MAX_VALUE)) {
				String agreement = row.getString("agreementId");
				if (agreement != null) {
					ids.add(agreement);
				}
			}
			// known to the caches by its name, as a text filter's ids are
			return new IdList("agreements in " + what + " " + version, List.copyOf(ids));
		}

	}

	/** Sort fields of {@code agreements}. */
	enum AgreementOrderField implements OrderBy.Field {

		SIGNED_ON("signedOn"), TITLE("title"), REPORTED_ON(SourceFilter.REPORTED_ON);

		private final String property;

		AgreementOrderField(String property) {
			this.property = property;
		}

		@Override
		public String property() {
			return this.property;
		}

	}

	@QueryMapping
	Connection<Agreement> agreements(@Argument @Nullable AgreementFilter filter,
			@Argument @Nullable OrderBy<AgreementOrderField> orderBy, PageArguments page,
			@ContextValue String datasetVersion) {
		Sort sort = (orderBy != null) ? orderBy.sort() : Sort.by("signedOn", "_id");
		return this.store.page(datasetVersion, Agreement.ENTITY,
				Where.of(filter, (f, where) -> f.where(where, this.search, this.store, datasetVersion)), sort, page);
	}

	/**
	 * The links of other agreements that point at each of these: one store query for the
	 * batch.
	 */
	@BatchMapping
	Map<Agreement, List<AgreementLink>> linkedFrom(List<Agreement> agreements, @ContextValue String datasetVersion) {
		Map<Agreement, List<Agreement>> sources = this.store.referencing(datasetVersion, agreements, Agreement.ENTITY,
				"linkTargetIds", Agreement::linkTargetIds, Sort.by("signedOn", "_id"));
		Map<Agreement, List<AgreementLink>> result = new java.util.LinkedHashMap<>();
		sources.forEach((target, from) -> result.put(target,
				from.stream()
					.flatMap((source) -> source.links().stream())
					.filter((link) -> link.targetId().equals(target.id()))
					.toList()));
		return result;
	}

	@BatchMapping(typeName = "AgreementLink")
	Map<AgreementLink, Agreement> source(List<AgreementLink> links, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, links, AgreementLink::sourceId, Agreement.ENTITY);
	}

	@BatchMapping(typeName = "AgreementLink")
	Map<AgreementLink, Agreement> target(List<AgreementLink> links, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, links, AgreementLink::targetId, Agreement.ENTITY);
	}

	@BatchMapping
	Map<Agreement, List<Country>> parties(List<Agreement> agreements, @ContextValue String datasetVersion) {
		return this.store.many(datasetVersion, agreements, Agreement::partyIds, Country.ENTITY);
	}

	@BatchMapping(typeName = Agreement.TYPE)
	Map<NestedPage<Agreement>, List<Signatory>> signatories(List<NestedPage<Agreement>> pages,
			@ContextValue String datasetVersion) {
		return this.store.pages(datasetVersion, pages, Signatory.ENTITY, "agreementId", Sort.by("_id"));
	}

	/** The Country ids of {@code between}: at most a handful, each checked. */
	private static @Nullable List<String> countries(@Nullable List<String> ids) {
		if (ids == null) {
			return null;
		}
		if (ids.size() > 10) {
			throw new InvalidInputException("filter.between: at most 10 countries, got " + ids.size());
		}
		return ids.stream().map((id) -> NodeId.check(id, Country.TYPE, "filter.between")).distinct().toList();
	}

	@BatchMapping(typeName = "Participant")
	Map<Participant, Entity> party(List<Participant> participants, @ContextValue String datasetVersion) {
		return this.store.oneNode(datasetVersion, participants, Participant::partyId);
	}

	@BatchMapping(typeName = "Participant")
	Map<Participant, Country> country(List<Participant> participants, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, participants, Participant::countryId, Country.ENTITY);
	}

}
