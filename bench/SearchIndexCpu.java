package org.accords.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import de.bwaldvogel.mongo.bson.BinData;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.BytesRef;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * CPU time of the index part of an uncached search (parse, Lucene, stored documents,
 * highlights; no HTTP, GraphQL or store), in one thread, so that two builds compare on a
 * loaded machine where wall times are noise. Reads the search index stored in an embedded
 * store file (read-only), opens it as the jar on the class path does, and searches texts
 * of one or two words and 4+-letter prefixes of the index's own name and prose terms:
 * ROUNDS-1 rounds over one half of the texts to warm the JIT, then one round over the
 * other half, words never searched before, as bench/search_times.py does. Prints per
 * round the p50, p90 and mean CPU per search and a checksum of every hit's id, score,
 * field and highlight (equal checksums: the same results). Run by
 * bench/search-index-cpu.sh.
 */
public final class SearchIndexCpu {

	public static void main(String[] args) throws Exception {
		VersionIndex index = open(args[0]);
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		List<String> texts = texts(index);
		List<String> warm = new ArrayList<>();
		List<String> fresh = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			((i % 2 == 0) ? warm : fresh).add(texts.get(i));
		}
		var names = Analyzers.names();
		var prose = Analyzers.prose();
		var perField = Analyzers.perField();
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		for (int round = 0; round < rounds; round++) {
			List<String> these = (round < rounds - 1) ? warm : fresh;
			long[] took = new long[these.size()];
			long checksum = 0;
			for (int i = 0; i < these.size(); i++) {
				long started = cpu.getCurrentThreadCpuTime();
				SearchQuery query = SearchQuery.parse(these.get(i), names, prose, perField, index.names()::oneEdit);
				SearchIndex.Page page = index.search(query, false, 0, 20, perField);
				took[i] = cpu.getCurrentThreadCpuTime() - started;
				checksum = checksum * 31 + page.total();
				for (SearchHit hit : page.hits()) {
					checksum = checksum * 31
							+ (hit.id() + hit.score() + hit.matchedField() + hit.highlight()).hashCode();
				}
			}
			Arrays.sort(took);
			System.out.printf("%s round %d: %d searches, CPU p50 %.3f ms, p90 %.3f ms, mean %.3f ms, checksum %x%n",
					(round < rounds - 1) ? "warm" : "fresh", round, took.length, took[took.length / 2] / 1e6,
					took[took.length * 9 / 10] / 1e6, Arrays.stream(took).sum() / 1e6 / took.length, checksum);
		}
	}

	/** The index stored in the file, opened as SearchIndex opens it. */
	private static VersionIndex open(String file) throws Exception {
		MVStore store = new MVStore.Builder().fileName(file).readOnly().open();
		Map<Object, de.bwaldvogel.mongo.bson.Document> parts = new HashMap<>();
		for (String name : store.getMapNames()) {
			if (name.contains("." + SearchIndex.COLLECTION + "_") && !name.contains("_index_")) {
				MVMap<Object, Object> map = store.openMap(name);
				map.forEach((key, value) -> {
					if (value instanceof de.bwaldvogel.mongo.bson.Document doc) {
						parts.put(doc.get("_id"), doc);
					}
				});
			}
		}
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		for (Object file2 : (List<?>) parts.get("complete").get("files")) {
			try (IndexOutput out = directory.createOutput((String) file2, IOContext.DEFAULT)) {
				for (int chunk = 0; parts.containsKey(file2 + "/" + chunk); chunk++) {
					byte[] bytes = ((BinData) parts.get(file2 + "/" + chunk).get("bytes")).getData();
					out.writeBytes(bytes, bytes.length);
				}
			}
		}
		store.close();
		Method open = SearchIndex.class.getDeclaredMethod("open", ByteBuffersDirectory.class);
		open.setAccessible(true);
		return (VersionIndex) open.invoke(null, directory);
	}

	/** One or two words a text, as bench/search_times.py makes them. */
	private static List<String> texts(VersionIndex index) throws Exception {
		TreeSet<String> prefixes = new TreeSet<>();
		for (String field : List.of(Analyzers.NAME, Analyzers.TEXT)) {
			TermsEnum terms = MultiTerms.getTerms(index.searcher().getIndexReader(), field).iterator();
			for (BytesRef term = terms.next(); term != null; term = terms.next()) {
				String word = term.utf8ToString();
				if (word.matches("[a-z]{4,}")) {
					for (int n = 4; n <= word.length(); n++) {
						prefixes.add(word.substring(0, n));
					}
				}
			}
		}
		List<String> tokens = new ArrayList<>(prefixes);
		Collections.shuffle(tokens, new Random(15));
		List<String> texts = new ArrayList<>();
		for (int i = 0; i + 1 < tokens.size();) {
			int take = (texts.size() % 3 == 1) ? 1 : 2;
			texts.add(String.join(" ", tokens.subList(i, i + take)));
			i += take;
		}
		return texts;
	}

}
