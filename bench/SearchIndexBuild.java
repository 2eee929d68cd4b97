package org.accords.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.accords.store.EntityCatalog;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * CPU time of building the search index of a stored version, in one thread, with
 * SearchIndex's writer settings ({@code jar}: an 8 MB buffer, compound files for the
 * flushed segments) and with candidates ({@code nocfs}: the same without compound files;
 * {@code 64mb}: a 64 MB buffer without them, one segment at 100k statements), in turn
 * and in a rotating order, so that the settings compare on a loaded machine where wall
 * times are noise. Merges run on the building thread
 * (a serial scheduler, both ways) so that their CPU is counted. Reads the entities of
 * the newest version in an embedded store file (read-only), in the catalog's search
 * order, makes their index documents as {@code SearchIndex} does, then per round builds
 * and force-merges an index with each configuration. Prints each build's CPU, the
 * segments before the merge and a checksum of the index's terms, their frequencies and
 * the stored fields in document order (equal checksums: the same index, the same
 * document order; {@code 64mb}'s differs in the order only: the merge of several
 * segments puts the largest first, which orders hits of equal score). Run by
 * {@code PROGRAM=SearchIndexBuild HEAP=1g bench/search-index-cpu.sh JAR STORE_FILE}.
 */
public final class SearchIndexBuild {

	public static void main(String[] args) throws Exception {
		List<Document> docs = documents(args[0]);
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 6;
		System.out.printf("%d documents%n", docs.size());
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		for (int round = 0; round < rounds; round++) {
			List<String> order = new ArrayList<>(List.of("jar", "nocfs", "64mb"));
			java.util.Collections.rotate(order, round);
			for (String which : order) {
				IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
					.setRAMBufferSizeMB(which.equals("64mb") ? 64 : 8);
				if (!which.equals("jar")) {
					TieredMergePolicy merges = new TieredMergePolicy();
					merges.setNoCFSRatio(0);
					config.setUseCompoundFile(false).setMergePolicy(merges);
				}
				config.setMergeScheduler(new SerialMergeScheduler());
				ByteBuffersDirectory directory = new ByteBuffersDirectory();
				long started = cpu.getCurrentThreadCpuTime();
				int segments;
				try (IndexWriter writer = new IndexWriter(directory, config)) {
					for (Document doc : docs) {
						writer.addDocument(doc);
					}
					writer.commit();
					segments = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).size();
					writer.forceMerge(1);
					writer.commit();
				}
				long took = cpu.getCurrentThreadCpuTime() - started;
				long bytes = 0;
				for (String file : directory.listAll()) {
					bytes += directory.fileLength(file);
				}
				System.out.printf("round %d %s: %.0f ms CPU, %d segments before the merge, %d files, %d KiB, checksum %x%n",
						round, which, took / 1e6, segments, directory.listAll().length, bytes / 1024,
						checksum(directory));
			}
		}
	}

	/** Terms, their document frequencies and total frequencies, and stored fields. */
	private static long checksum(ByteBuffersDirectory directory) throws Exception {
		long sum = 0;
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			for (String field : List.of(Analyzers.NAME, Analyzers.ALIAS, Analyzers.TEXT, Analyzers.SPEAKER,
					SearchIndex.ID, SearchIndex.TYPE)) {
				var terms = MultiTerms.getTerms(reader, field);
				if (terms == null) {
					continue;
				}
				TermsEnum it = terms.iterator();
				for (BytesRef term = it.next(); term != null; term = it.next()) {
					sum = sum * 31 + term.utf8ToString().hashCode(); // BytesRef.hashCode is seeded per JVM
					sum = sum * 31 + it.docFreq();
					sum = sum * 31 + it.totalTermFreq();
				}
			}
			StoredFields stored = reader.storedFields();
			for (int doc = 0; doc < reader.maxDoc(); doc++) {
				sum = sum * 31 + stored.document(doc).toString().hashCode();
			}
		}
		return sum;
	}

	/** The newest version's searched entities as index documents, in search order. */
	private static List<Document> documents(String file) throws Exception {
		MVStore store = new MVStore.Builder().fileName(file).readOnly().open();
		Map<String, String> versionOf = new TreeMap<>();
		for (String name : store.getMapNames()) {
			for (EntityCatalog type : EntityCatalog.searched()) {
				String prefix = "." + type.collection() + "_";
				int at = name.indexOf(prefix);
				if (at >= 0 && name.startsWith("databases.") && !name.contains("_index_")) {
					versionOf.put(type.collection() + " " + name, name);
				}
			}
		}
		Method document = SearchIndex.class.getDeclaredMethod("document", EntityCatalog.class,
				org.bson.Document.class, Map.class);
		document.setAccessible(true);
		Method names = SearchIndex.class.getDeclaredMethod("names", org.bson.Document.class);
		names.setAccessible(true);
		List<Document> docs = new ArrayList<>();
		Map<String, List<String>> speakers = new HashMap<>();
		for (EntityCatalog type : EntityCatalog.searched()) {
			String map = null;
			for (Map.Entry<String, String> e : versionOf.entrySet()) {
				if (e.getKey().startsWith(type.collection() + " ")) {
					map = e.getValue();
				}
			}
			if (map == null) {
				continue;
			}
			MVMap<Object, Object> entities = store.openMap(map);
			List<org.bson.Document> all = new ArrayList<>();
			entities.forEach((key, value) -> {
				if (value instanceof de.bwaldvogel.mongo.bson.Document doc) {
					all.add(bson(doc));
				}
			});
			for (org.bson.Document entity : all) {
				if (type == EntityCatalog.PERSON || type == EntityCatalog.ORGANIZATION) {
					@SuppressWarnings("unchecked")
					List<String> named = (List<String>) names.invoke(null, entity);
					speakers.put(entity.getString("_id"), named);
				}
				docs.add((Document) document.invoke(null, type, entity, speakers));
			}
		}
		store.close();
		return docs;
	}

	private static org.bson.Document bson(de.bwaldvogel.mongo.bson.Document doc) {
		org.bson.Document out = new org.bson.Document();
		doc.forEach((key, value) -> out.put(key, value(value)));
		return out;
	}

	private static Object value(Object value) {
		if (value instanceof de.bwaldvogel.mongo.bson.Document doc) {
			return bson(doc);
		}
		if (value instanceof List<?> list) {
			List<Object> out = new ArrayList<>();
			for (Object item : list) {
				out.add(value(item));
			}
			return out;
		}
		return value;
	}

}
