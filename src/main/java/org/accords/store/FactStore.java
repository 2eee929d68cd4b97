package org.accords.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.accords.AccordsProperties;
import org.accords.paging.Connection;
import org.accords.paging.NodeId;
import org.accords.paging.PageLimits;
import org.accords.paging.PageArguments;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads entities of one dataset version through a Caffeine cache. Every cache key starts
 * with the dataset version, so a newer version can never be answered from an older one's
 * entries; entries of old versions simply age out.
 */
@Component
public class FactStore implements MeterBinder {

	private final MongoTemplate mongo;

	private final PageLimits limits;

	/** Entities by id. */
	private final Cache<EntityKey, Entity> entities;

	/** Query results: lists of entities and counts. */
	private final Cache<Object, Object> queries;

	/**
	 * On the embedded store, resolves filters and orders to ids without a scan of the
	 * collection; null on MongoDB.
	 */
	private final @Nullable QueryTables tables;

	public FactStore(MongoTemplate mongo, PageLimits limits, AccordsProperties properties,
			ObjectProvider<QueryTables> tables) {
		this.mongo = mongo;
		this.limits = limits;
		this.tables = tables.getIfAvailable();
		// bounded by bytes, not entries: a key can hold a search term, a value a page of
		// articles; the two caches share accords.cache.max-bytes half and half
		long half = Math.max(1, properties.cache().maxBytes().toBytes() / 2);
		this.entities = Caffeine.newBuilder()
			.maximumWeight(half)
			.weigher((EntityKey key, Entity entity) -> Weights.of(key) + Weights.of(entity))
			.recordStats()
			.build();
		this.queries = Caffeine.newBuilder()
			.maximumWeight(half)
			.weigher((Object key, Object value) -> Weights.of(key) + Weights.of(value))
			.recordStats()
			.build();
	}

	/**
	 * Hits, misses, evictions, size and weight of both caches, as {@code cache_*}
	 * metrics.
	 */
	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.entities, "entities");
		CaffeineCacheMetrics.monitor(registry, this.queries, "queries");
	}

	private record EntityKey(String version, String collection, String id) {
	}

	private record QueryKey(String version, String collection, Class<?> type, String query, String sort, long skip,
			int limit) {
	}

	private record CountKey(String version, String collection, String query) {
	}

	/**
	 * The entities with the given ids, keyed by id; unknown ids are absent. Misses are
	 * fetched with one query, whatever their number.
	 */
	public <T extends Entity> Map<String, T> byIds(String version, EntityType<T> type, Collection<String> ids) {
		return byIds(version, type.collection(), type.type(), ids);
	}

	@SuppressWarnings("unchecked")
	private <T extends Entity> Map<String, T> byIds(String version, String collection, Class<T> type,
			Collection<String> ids) {
		Set<EntityKey> keys = new LinkedHashSet<>();
		ids.forEach((id) -> keys.add(new EntityKey(version, collection, id)));
		Map<EntityKey, Entity> found = this.entities.getAll(keys, (missing) -> {
			List<String> missingIds = new ArrayList<>();
			missing.forEach((key) -> missingIds.add(key.id()));
			Map<EntityKey, Entity> loaded = new HashMap<>();
			for (T entity : this.mongo.find(Query.query(Criteria.where("_id").in(missingIds)), type,
					VersionedCollections.of(collection, version))) {
				loaded.put(new EntityKey(version, collection, entity.id()), entity);
			}
			return loaded;
		});
		Map<String, T> result = new HashMap<>();
		found.forEach((key, value) -> result.put(key.id(), (T) value));
		return result;
	}

	public <T extends Entity> @Nullable T byId(String version, EntityType<T> type, String id) {
		return byIds(version, type, List.of(id)).get(id);
	}

	/** A Relay page of the entities matching {@code criteria}, in {@code sort} order. */
	public <T extends Entity> Connection<T> page(String version, EntityType<T> type, Criteria criteria, Sort sort,
			PageArguments request) {
		long total = count(version, type, criteria);
		PageArguments.Slice slice = request.slice(version, total, this.limits);
		List<T> items = (slice.limit() == 0) ? List.of()
				: find(version, type.collection(), type.type(), criteria, sort, slice.start(), slice.limit());
		return slice.connection(items);
	}

	/** The entities at offsets {@code [skip, skip + limit)} of a sorted result. */
	public <T extends Entity> List<T> slice(String version, EntityType<T> type, Criteria criteria, Sort sort, long skip,
			int limit) {
		return find(version, type.collection(), type.type(), criteria, sort, skip, limit);
	}

	/**
	 * The values of {@code paths} (stored field names, {@code _id} included if wanted) of
	 * at most {@code limit} entities matching {@code criteria}, in {@code sort} order
	 * (unsorted: as stored), one document each, nested as stored: for sums over many
	 * entities and for the lists nested pages are cut from, which need a few fields of
	 * each rather than every entity whole. On the embedded store the version's query
	 * tables answer when they hold every path and sort key; otherwise the server answers
	 * a projected query (on MongoDB from an index, where one holds the fields).
	 */
	@SuppressWarnings("unchecked")
	public List<Document> fields(String version, EntityType<?> entityType, Criteria criteria, Sort sort,
			List<String> paths, int limit) {
		String collection = entityType.collection();
		Class<? extends Entity> type = entityType.type();
		QueryKey key = new QueryKey(version, collection, Document.class, IdList.key(criteria.getCriteriaObject()),
				"fields " + paths + " " + sort, 0, limit);
		return (List<Document>) this.queries.get(key, (k) -> {
			List<Document> fromTables = (this.tables != null)
					? this.tables.fields(version, collection, type, criteria, sort, paths, limit) : null;
			if (fromTables != null) {
				return fromTables;
			}
			Query query = Query.query(criteria).with(sort).limit(limit);
			paths.forEach((path) -> query.fields().include(path));
			List<Document> found = new ArrayList<>();
			for (Document document : this.mongo.find(query, Document.class,
					VersionedCollections.of(collection, version))) {
				if (!paths.contains("_id")) {
					document.remove("_id");
				}
				found.add(document);
			}
			return List.copyOf(found);
		});
	}

	/**
	 * Every id of a version's collection of {@code type} in stored order, from its query
	 * tables (the embedded store), for readers of a whole collection: the embedded server
	 * lists a collection's ids by reading and decoding every document while it holds the
	 * collection, so every page asking for it meanwhile waits (100k statements: seconds,
	 * minutes on a loaded machine, and the store's client then takes the server for
	 * down). Null where there are no tables (on MongoDB a cursor streams the ids from the
	 * index).
	 */
	public @Nullable List<String> storedIds(String version, EntityType<?> type) {
		return (this.tables != null) ? this.tables.ids(version, type.collection()) : null;
	}

	/**
	 * {@link #storedIds} for an instance's own work in the background (measuring the
	 * downloads' sizes): from the tables of the version served only, never an older
	 * version's, whose load would spend the one older version's load per 10 s that
	 * clients reading a kept version are allowed, and push out the one they read.
	 * @throws java.util.concurrent.CancellationException when {@code version} is no
	 * longer the one served: the work is for nobody
	 */
	public @Nullable List<String> storedIdsIfServed(String version, EntityType<?> type) {
		return (this.tables != null) ? this.tables.idsIfServed(version, type.collection()) : null;
	}

	/** Every entity matching {@code criteria}, for small nested lists. */
	public <T extends Entity> List<T> all(String version, EntityType<T> type, Criteria criteria, Sort sort) {
		return find(version, type.collection(), type.type(), criteria, sort, 0, 0);
	}

	@SuppressWarnings("unchecked")
	private <T extends Entity> List<T> find(String version, String collection, Class<T> type, Criteria criteria,
			Sort sort, long skip, int limit) {
		QueryKey key = new QueryKey(version, collection, type, IdList.key(criteria.getCriteriaObject()),
				sort.toString(), skip, limit);
		List<T> items = (List<T>) this.queries.get(key, (k) -> {
			List<String> ids = (this.tables != null)
					? this.tables.ids(version, collection, type, criteria, sort, skip, limit) : null;
			if (ids != null) {
				return inOrder(ids, this.mongo.find(Query.query(Criteria.where("_id").in(ids)), type,
						VersionedCollections.of(collection, version)));
			}
			return List.copyOf(this.mongo.find(Query.query(criteria).with(sort).skip(skip).limit(limit), type,
					VersionedCollections.of(collection, version)));
		});
		// entities fetched by a list also serve later lookups by id
		for (T item : (type == IdOnly.class) ? List.<T>of() : items) {
			this.entities.asMap().putIfAbsent(new EntityKey(version, collection, item.id()), item);
		}
		return items;
	}

	/** The entities of a page fetched by id, in the order of its ids. */
	private static <T extends Entity> List<T> inOrder(List<String> ids, List<T> found) {
		Map<String, T> byId = new HashMap<>();
		found.forEach((entity) -> byId.put(entity.id(), entity));
		// a document gone between the tables and the fetch cannot be: versions are
		// immutable while served
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	public long count(String version, EntityType<?> type, Criteria criteria) {
		String collection = type.collection();
		CountKey key = new CountKey(version, collection, IdList.key(criteria.getCriteriaObject()));
		String name = VersionedCollections.of(collection, version);
		// a whole collection's size comes from its metadata; counting matches reads them
		// all, which on the embedded server means every document (it ignores indexes),
		// unless its query tables can count them
		return (Long) this.queries.get(key, (k) -> {
			if (criteria.getCriteriaObject().isEmpty()) {
				return this.mongo.estimatedCount(name);
			}
			Long counted = (this.tables != null) ? this.tables.count(version, collection, criteria) : null;
			return (counted != null) ? counted : this.mongo.count(Query.query(criteria), name);
		});
	}

	/**
	 * Entities of any type by node id, keyed by id: one query per type among the ids.
	 */
	public Map<String, Entity> nodes(String version, Collection<String> ids) {
		Map<EntityCatalog, List<String>> byType = new EnumMap<>(EntityCatalog.class);
		for (String id : ids) {
			// an id of a type the catalog does not list names no entity
			EntityCatalog type = EntityCatalog.ofType(NodeId.parse(id).type());
			if (type != null) {
				byType.computeIfAbsent(type, (t) -> new ArrayList<>()).add(id);
			}
		}
		Map<String, Entity> result = new HashMap<>();
		byType.forEach((type, typeIds) -> result.putAll(byIds(version, EntityType.any(type), typeIds)));
		return result;
	}

	/**
	 * For a batch of sources, the entity each one refers to: one store query for the
	 * batch. Sources without a reference are left out (they resolve to null).
	 */
	public <S, T extends Entity> Map<S, T> one(String version, List<S> sources, Function<S, @Nullable String> ref,
			EntityType<T> type) {
		return join(sources, ref, (ids) -> byIds(version, type, ids));
	}

	/** Like {@link #one} where the reference may name an entity of any type. */
	public <S> Map<S, Entity> oneNode(String version, List<S> sources, Function<S, @Nullable String> ref) {
		return join(sources, ref, (ids) -> nodes(version, ids));
	}

	private static <S, T> Map<S, T> join(List<S> sources, Function<S, @Nullable String> ref,
			Function<Set<String>, Map<String, T>> load) {
		Set<String> ids = new LinkedHashSet<>();
		sources.forEach((source) -> {
			String id = ref.apply(source);
			if (id != null) {
				ids.add(id);
			}
		});
		Map<String, T> found = load.apply(ids);
		Map<S, T> result = new LinkedHashMap<>();
		for (S source : sources) {
			String id = ref.apply(source);
			T target = (id != null) ? found.get(id) : null;
			if (target != null) {
				result.put(source, target);
			}
		}
		return result;
	}

	/** For a batch of sources, the entities each one lists, in its order. */
	public <S, T extends Entity> Map<S, List<T>> many(String version, List<S> sources, Function<S, List<String>> refs,
			EntityType<T> type) {
		Set<String> ids = new LinkedHashSet<>();
		sources.forEach((source) -> ids.addAll(refs.apply(source)));
		Map<String, T> found = byIds(version, type, ids);
		Map<S, List<T>> result = new LinkedHashMap<>();
		for (S source : sources) {
			result.put(source, refs.apply(source).stream().map(found::get).filter(Objects::nonNull).toList());
		}
		return result;
	}

	/**
	 * For a batch of sources, the entities that refer back to them through {@code field}:
	 * one store query for the batch.
	 */
	public <S extends Entity, T extends Entity> Map<S, List<T>> referencing(String version, List<S> sources,
			EntityType<T> type, String field, Function<T, Collection<String>> backRefs, Sort sort) {
		List<String> ids = sources.stream().map(Entity::id).toList();
		Map<String, List<T>> bySource = new HashMap<>();
		for (T target : all(version, type, Criteria.where(field).in(ids), sort)) {
			for (String id : backRefs.apply(target)) {
				bySource.computeIfAbsent(id, (k) -> new ArrayList<>()).add(target);
			}
		}
		Map<S, List<T>> result = new LinkedHashMap<>();
		sources.forEach((source) -> result.put(source, bySource.getOrDefault(source.id(), List.of())));
		return result;
	}

	/**
	 * For a batch of nested pages, the items of each: the entities whose {@code field} (a
	 * stored reference, or a list of them) names the page's parent, in {@code sort}
	 * order, at most {@code first} of them after the one whose id is {@code after}. The
	 * store reads the ids of the parents' lists and their references, one query for the
	 * batch (on the embedded store the query tables answer it; on MongoDB the index on
	 * {@code field} and the order does), then the pages' entities by id, a second query:
	 * never the documents of a parent's whole list. A page whose {@code after} is not in
	 * its parent's list is left out of the answer.
	 */
	public <S extends Entity, T extends Entity> Map<NestedPage<S>, List<T>> pages(String version,
			List<NestedPage<S>> pages, EntityType<T> type, String field, Sort sort) {
		List<String> parents = pages.stream().map((page) -> page.parent().id()).distinct().toList();
		Map<String, List<String>> lists = new HashMap<>();
		Set<String> asked = new HashSet<>(parents);
		for (Document row : fields(version, type, Criteria.where(field).in(parents), sort, List.of("_id", field),
				Integer.MAX_VALUE)) {
			Object refs = row.get(field);
			Collection<?> named = (refs instanceof Collection<?> many) ? many : Collections.singleton(refs);
			for (Object parent : named) {
				if (parent instanceof String id && asked.contains(id)) {
					lists.computeIfAbsent(id, (k) -> new ArrayList<>()).add(row.getString("_id"));
				}
			}
		}
		Map<NestedPage<S>, List<String>> cut = new LinkedHashMap<>();
		Set<String> wanted = new LinkedHashSet<>();
		for (NestedPage<S> page : pages) {
			List<String> list = lists.getOrDefault(page.parent().id(), List.of());
			int start = (page.after() != null) ? list.indexOf(page.after()) + 1 : 0;
			if (start == 0 && page.after() != null) {
				continue;
			}
			List<String> ids = list.subList(start, Math.min(list.size(), start + page.first()));
			cut.put(page, ids);
			wanted.addAll(ids);
		}
		Map<String, T> found = byIds(version, type, wanted);
		Map<NestedPage<S>, List<T>> result = new LinkedHashMap<>();
		cut.forEach((page, ids) -> result.put(page, ids.stream().map(found::get).filter(Objects::nonNull).toList()));
		return result;
	}

	/** Drops every cached entry, as tests that count store commands need. */
	public void clearCache() {
		this.entities.invalidateAll();
		this.queries.invalidateAll();
	}

	/** Estimated bytes held by both caches, after pending evictions. */
	long cachedBytes() {
		this.entities.cleanUp();
		this.queries.cleanUp();
		return this.entities.policy().eviction().orElseThrow().weightedSize().orElseThrow()
				+ this.queries.policy().eviction().orElseThrow().weightedSize().orElseThrow();
	}

	/** Projection of an entity to its id. */
	record IdOnly(String id) implements Entity {
	}

}
