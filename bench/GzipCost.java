package org.accords.http;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of gzip per GraphQL answer, in one thread, for the answers saved in the files
 * given (as the server sent them without gzip): an uncached answer is deflated per
 * request ({@link Gzip#open} and {@link Gzip#finish}), a cached one only finished with
 * its extensions ({@link Gzip#finish}). Prints per file its size, its gzip size and the
 * µs of CPU of each path (the median of ROUNDS rounds of a few hundred answers, after as
 * many to warm the JIT), and a {@code GZIPOutputStream} at the same level beside them.
 * Run by bench/gzip-cost.sh.
 */
public final class GzipCost {

	public static void main(String[] args) throws Exception {
		int rounds = Integer.parseInt(args[0]);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		byte[] extensions = ",\"extensions\":{\"cost\":{\"requested\":41,\"remaining\":999959},\"datasetVersion\":\"6a8fe25c16a5e9ec\"}}"
			.getBytes(StandardCharsets.UTF_8);
		for (int f = 1; f < args.length; f++) {
			byte[] answer = Files.readAllBytes(Path.of(args[f]));
			boolean json = answer.length > 0 && answer[0] == '{';
			// a JSON answer's extensions are what each request writes after the cached body
			int head = json ? answer.length - 1 : answer.length;
			byte[] tail = json ? extensions : new byte[0];
			Gzip.Opened kept = Gzip.open(answer, 0, head);
			int size = kept.bytes().length + Gzip.finish(kept, tail).length;
			int per = Math.max(20, 2_000_000 / answer.length);
			double[] uncached = new double[rounds];
			double[] cached = new double[rounds];
			double[] stream = new double[rounds];
			long sink = 0;
			for (int r = -rounds; r < rounds; r++) {
				long t0 = threads.getCurrentThreadCpuTime();
				for (int i = 0; i < per; i++) {
					Gzip.Opened opened = Gzip.open(answer, 0, head);
					sink += opened.bytes().length + Gzip.finish(opened, tail).length;
				}
				long t1 = threads.getCurrentThreadCpuTime();
				for (int i = 0; i < per; i++) {
					sink += Gzip.finish(kept, tail).length;
				}
				long t2 = threads.getCurrentThreadCpuTime();
				for (int i = 0; i < per; i++) {
					ByteArrayOutputStream bytes = new ByteArrayOutputStream(answer.length / 4);
					try (OutputStream out = Gzip.compressing(bytes)) {
						out.write(answer);
					}
					sink += bytes.size();
				}
				long t3 = threads.getCurrentThreadCpuTime();
				if (r >= 0) {
					uncached[r] = (t1 - t0) / 1000.0 / per;
					cached[r] = (t2 - t1) / 1000.0 / per;
					stream[r] = (t3 - t2) / 1000.0 / per;
				}
			}
			System.out.printf("%s: %,d bytes, gzip %,d (%.1f x); µs of CPU per answer: uncached (open + finish) %.1f, cached (finish) %.2f, GZIPOutputStream %.1f  [%d]%n",
					Path.of(args[f]).getFileName(), answer.length, size, (double) answer.length / size, median(uncached),
					median(cached), median(stream), sink % 10);
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
