package network.applicant.gpt.config.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Closed-loop load for benchmarks: each of N threads does its next piece of work when the
 * previous one is done, and every piece reports how long it took.
 */
public final class ClosedLoops {

	private ClosedLoops() {
	}

	/**
	 * @param threads the loops
	 * @param total the pieces of work in all (each loop does {@code total / threads}, at least one)
	 * @param work one piece of work
	 * @return the latencies in nanoseconds, unsorted
	 * @throws Exception what a piece of work threw
	 */
	public static long[] run(int threads, int total, Work work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<long[]>> futures = new ArrayList<>();
			int perThread = Math.max(1, total / threads);
			for (int t = 0; t < threads; t++) {
				int loop = t;
				futures.add(pool.submit(() -> {
					long[] latencies = new long[perThread];
					for (int i = 0; i < perThread; i++) {
						latencies[i] = work.run(loop, i);
					}
					return latencies;
				}));
			}
			List<long[]> all = new ArrayList<>();
			for (Future<long[]> future : futures) {
				all.add(future.get());
			}
			return all.stream().flatMapToLong(Arrays::stream).toArray();
		}
		finally {
			pool.shutdown();
		}
	}

	/** One piece of work of a loop. */
	@FunctionalInterface
	public interface Work {

		/**
		 * @param loop the loop's number, from 0
		 * @param index the piece's number within the loop, from 0
		 * @return how long the measured part took, in nanoseconds
		 * @throws Exception to end the run
		 */
		long run(int loop, int index) throws Exception;

	}

}
