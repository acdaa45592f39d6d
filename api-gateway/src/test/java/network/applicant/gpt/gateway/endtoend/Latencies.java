package network.applicant.gpt.gateway.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Latency samples of a benchmark (nanoseconds), collected from many threads, and the
 * machine facts that go with a result.
 */
final class Latencies {

	private final ConcurrentLinkedQueue<long[]> chunks = new ConcurrentLinkedQueue<>();

	/** @return a recorder for one thread */
	Recorder recorder() {
		return new Recorder();
	}

	/** @return every sample, sorted */
	long[] sorted() {
		long[] all = this.chunks.stream().flatMapToLong(Arrays::stream).toArray();
		Arrays.sort(all);
		return all;
	}

	static double millis(long[] sorted, double percentile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
	}

	/** @return the 1-minute load average and the number of processors */
	static String machine() {
		String load;
		try {
			load = Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			load = "unknown";
		}
		return "nproc=" + Runtime.getRuntime().availableProcessors() + ", loadavg=" + load;
	}

	/**
	 * Prints a result line and appends it to {@code target/benchmarks/results.txt}.
	 * @param line the result
	 */
	static void report(String line) {
		System.out.println(line);
		try {
			Path file = Path.of("target", "benchmarks", "results.txt");
			Files.createDirectories(file.getParent());
			Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Samples of one thread; {@link #close()} hands them over. */
	final class Recorder implements AutoCloseable {

		private long[] samples = new long[1024];

		private int count;

		void add(long nanos) {
			if (this.count == this.samples.length) {
				this.samples = Arrays.copyOf(this.samples, this.count * 2);
			}
			this.samples[this.count++] = nanos;
		}

		@Override
		public void close() {
			Latencies.this.chunks.add(Arrays.copyOf(this.samples, this.count));
		}

	}

}
