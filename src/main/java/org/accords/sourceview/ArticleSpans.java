package org.accords.sourceview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.accords.actor.Organization;
import org.accords.actor.Person;
import org.accords.actor.Post;
import org.accords.agreement.Agreement;
import org.accords.agreement.LifecycleEvent;
import org.accords.agreement.Participant;
import org.accords.agreement.Signatory;
import org.accords.amount.Money;
import org.accords.amount.Quantity;
import org.accords.area.CooperationArea;
import org.accords.article.Article;
import org.accords.commitment.Commitment;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.paging.NodeId;
import org.accords.statement.Statement;
import org.accords.store.FactStore;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Gathers every evidence span of one article from one dataset version: one store query
 * per fact collection (filtered on {@code evidence.articleId}, which is indexed), plus at
 * most two for the names in labels, whatever the number of facts. Results are cached per
 * version and article.
 */
@Component
public class ArticleSpans {

	/** Field every fact's evidence list is stored under, with the article's node id. */
	static final String EVIDENCE_ARTICLE = "evidence.articleId";

	private static final Sort BY_ID = Sort.by("_id");

	private final FactStore store;

	private final Cache<Key, SourceArticle> cache = Caffeine.newBuilder().maximumSize(256).build();

	ArticleSpans(FactStore store) {
		this.store = store;
	}

	private record Key(String version, String articleId) {
	}

	/** The article with its spans, or null when the version has no such article. */
	public @Nullable SourceArticle article(String version, String articleId) {
		SourceArticle cached = this.cache.getIfPresent(new Key(version, articleId));
		if (cached != null) {
			return cached;
		}
		Article article = this.store.byId(version, Article.ENTITY, articleId);
		if (article == null) {
			return null;
		}
		SourceArticle built = new SourceArticle(article.id(), article.file(), article.publisher(),
				article.publishedOn(), article.language(), article.url(), article.title(), article.rights(),
				article.contentHash(), version, article.text(), spans(version, articleId));
		this.cache.put(new Key(version, articleId), built);
		return built;
	}

	private List<Span> spans(String version, String articleId) {
		Criteria onArticle = Criteria.where(EVIDENCE_ARTICLE).is(articleId);
		List<Statement> statements = this.store.all(version, Statement.ENTITY, onArticle, BY_ID);
		List<Signatory> signatories = this.store.all(version, Signatory.ENTITY, onArticle, BY_ID);
		List<CooperationArea> areas = this.store.all(version, CooperationArea.ENTITY, onArticle, BY_ID);
		List<Commitment> commitments = this.store.all(version, Commitment.ENTITY, onArticle, BY_ID);
		List<Agreement> agreements = this.store.all(version, Agreement.ENTITY, onArticle, BY_ID);
		List<Organization> organizations = this.store.all(version, Organization.ENTITY, onArticle, BY_ID);
		List<Person> people = this.store.all(version, Person.ENTITY,
				new Criteria().orOperator(Criteria.where(EVIDENCE_ARTICLE).is(articleId),
						Criteria.where("posts." + EVIDENCE_ARTICLE).is(articleId)),
				BY_ID);

		// names for labels: people and organizations not already at hand, one query each
		Map<String, String> names = new HashMap<>();
		people.forEach((p) -> names.put(p.id(), p.name()));
		organizations.forEach((o) -> names.put(o.id(), o.name()));
		Set<String> missingPeople = new HashSet<>();
		Set<String> missingOrganizations = new HashSet<>();
		statements.forEach((s) -> {
			want(s.speakerId(), names, missingPeople);
			want(s.speakerOrganizationId(), names, missingOrganizations);
		});
		signatories.forEach((s) -> {
			want(s.personId(), names, missingPeople);
			want(s.organizationId(), names, missingOrganizations);
		});
		if (!missingPeople.isEmpty()) {
			this.store.byIds(version, Person.ENTITY, missingPeople).forEach((id, p) -> names.put(id, p.name()));
		}
		if (!missingOrganizations.isEmpty()) {
			this.store.byIds(version, Organization.ENTITY, missingOrganizations)
				.forEach((id, o) -> names.put(id, o.name()));
		}

		List<Span> spans = new ArrayList<>();
		for (Statement s : statements) {
			add(spans, articleId, s.evidence(), FactKind.STATEMENT, Statement.TYPE, s.id(),
					name(names, (s.speakerId() != null) ? s.speakerId() : s.speakerOrganizationId()) + ": "
							+ quoted(s.text()));
		}
		for (Signatory s : signatories) {
			String who = (s.personId() != null) ? name(names, s.personId()) : name(names, s.organizationId());
			String forWhom = (s.onBehalfOfId() != null) ? " for " + NodeId.parse(s.onBehalfOfId()).key() : "";
			add(spans, articleId, s.evidence(), FactKind.SIGNATORY, Signatory.TYPE, s.id(), "signed by " + who + forWhom
					+ ((s.role() != null && !s.role().isBlank()) ? " (" + s.role() + ")" : ""));
		}
		for (CooperationArea a : areas) {
			add(spans, articleId, a.evidence(), FactKind.AREA, CooperationArea.TYPE, a.id(),
					a.name() + " (" + a.category() + ")");
		}
		for (Commitment c : commitments) {
			add(spans, articleId, c.evidence(), FactKind.COMMITMENT, Commitment.TYPE, c.id(),
					abbreviate(c.description()) + " (" + c.status() + ")");
		}
		for (Agreement a : agreements) {
			add(spans, articleId, a.evidence(), FactKind.AGREEMENT, Agreement.TYPE, a.id(), a.title());
		}
		spans.addAll(nested(articleId, agreements, commitments));
		for (Organization o : organizations) {
			add(spans, articleId, o.evidence(), FactKind.ORGANIZATION, Organization.TYPE, o.id(), o.name());
		}
		for (Person p : people) {
			add(spans, articleId, p.evidence(), FactKind.PERSON, Person.TYPE, p.id(), p.name());
			for (Post post : p.posts()) {
				add(spans, articleId, post.evidence(), FactKind.POST, Person.TYPE, p.id(),
						p.name() + ", " + post.role());
			}
		}
		return sorted(spans);
	}

	/**
	 * The spans of facts held inside agreements and commitments: lifecycle events,
	 * parties with their roles, money, quantities, deliveries and funding sources, each
	 * labelled with what it says and linked to the fact that holds it.
	 */
	static List<Span> nested(String articleId, List<Agreement> agreements, List<Commitment> commitments) {
		List<Span> spans = new ArrayList<>();
		for (Agreement a : agreements) {
			String title = abbreviate(a.title());
			for (LifecycleEvent event : a.events()) {
				add(spans, articleId, event.evidence(), FactKind.EVENT, Agreement.TYPE, a.id(),
						title + ": " + event.stage() + " " + dated(event.date(), event.datePrecision()));
			}
			for (Participant p : a.participants()) {
				add(spans, articleId, p.evidence(), FactKind.PARTICIPANT, Agreement.TYPE, a.id(), title + ": "
						+ NodeId.parse(p.partyId()).key() + " " + p.role()
						+ ((p.joinedOn() != null) ? ", joined " + dated(p.joinedOn(), p.joinedOnPrecision()) : ""));
			}
			money(spans, articleId, a.value(), Agreement.TYPE, a.id(), title + ": value ");
			money(spans, articleId, a.funding(), Agreement.TYPE, a.id(), title + ": funding ");
		}
		for (Commitment c : commitments) {
			String description = abbreviate(c.description());
			money(spans, articleId, c.amount(), Commitment.TYPE, c.id(), description + ": amount ");
			quantity(spans, articleId, c.quantity(), c.id(), description + ": quantity ");
			quantity(spans, articleId, c.delivered(), c.id(), description + ": delivered ");
			if (c.fundingSource() != null) {
				add(spans, articleId, c.fundingSource().evidence(), FactKind.AMOUNT, Commitment.TYPE, c.id(),
						description + ": funded from " + c.fundingSource().text());
			}
		}
		return spans;
	}

	private static void money(List<Span> spans, String articleId, @Nullable Money money, String type, String id,
			String label) {
		if (money != null) {
			add(spans, articleId, money.evidence(), FactKind.AMOUNT, type, id,
					label + (money.approximate() ? "about " : "") + money.currency() + " " + money.amount());
		}
	}

	private static void quantity(List<Span> spans, String articleId, @Nullable Quantity quantity, String id,
			String label) {
		if (quantity != null) {
			add(spans, articleId, quantity.evidence(), FactKind.AMOUNT, Commitment.TYPE, id,
					label + (quantity.approximate() ? "about " : "") + quantity.value()
							+ ((quantity.unit() != null) ? " " + quantity.unit() : "")
							+ ((quantity.item() != null) ? " " + quantity.item() : ""));
		}
	}

	/** A date with its precision when it is not a day: "2025-09-01 (MONTH)". */
	private static String dated(String date, @Nullable DatePrecision precision) {
		return (precision == null || precision == DatePrecision.DAY) ? date : date + " (" + precision + ")";
	}

	/** Spans in reading order: by start, the longer of two first, then by kind. */
	static List<Span> sorted(List<Span> spans) {
		List<Span> copy = new ArrayList<>(spans);
		copy.sort(Comparator.comparingInt(Span::start)
			.thenComparing(Comparator.comparingInt(Span::end).reversed())
			.thenComparing((span) -> FactKind.of(span.kind()).ordinal())
			.thenComparing(Span::factId));
		return List.copyOf(copy);
	}

	private static void add(List<Span> spans, String articleId, List<Evidence> evidence, FactKind kind, String type,
			String factId, String label) {
		for (Evidence e : evidence) {
			// a person or organization met in several articles has evidence in each
			if (e.articleId().equals(articleId)) {
				spans.add(new Span(e.start(), e.end(), kind.key(), type, factId, label, e.excerpt()));
			}
		}
	}

	private static void want(@Nullable String id, Map<String, String> names, Set<String> missing) {
		if (id != null && !names.containsKey(id)) {
			missing.add(id);
		}
	}

	private static String name(Map<String, String> names, @Nullable String id) {
		if (id == null) {
			return "unknown";
		}
		return names.getOrDefault(id, NodeId.parse(id).key());
	}

	static String quoted(String text) {
		return "\u201c" + abbreviate(text) + "\u201d";
	}

	static String abbreviate(String text) {
		return (text.length() <= 90) ? text : text.substring(0, 87).stripTrailing() + "\u2026";
	}

}
