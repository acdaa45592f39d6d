package network.applicant.gpt.gateway.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a benchmark's CPU time goes on this machine: the processes of the platform, the
 * infrastructure beside them and this JVM (the load generator), read from Linux's
 * {@code /proc} before and after a measurement. Elsewhere {@link #snapshot} is empty.
 *
 * <p>A benchmark divides each part's CPU time by the work done (e.g. grants) to say what
 * one unit of work costs, and so how many of them the machine's cores can do at most.
 */
final class CpuUsage {

	private static final Path PROC = Path.of("/proc");

	/** Clock ticks per second of {@code /proc/<pid>/stat} on Linux (USER_HZ). */
	private static final double TICKS_PER_SECOND = 100.0;

	private CpuUsage() {
	}

	/**
	 * @param platform the running platform (its processes by module name)
	 * @param modules the modules that run as processes of their own
	 * @return CPU seconds used so far by each part: the modules (without their JIT compiler
	 * threads), the modules' JIT compiler threads together, PostgreSQL, RabbitMQ, Redis, this
	 * JVM, and {@code machine} (every process, from {@code /proc/stat})
	 */
	static Map<String, Double> snapshot(RunningPlatform platform, List<String> modules) {
		Map<String, Double> seconds = new LinkedHashMap<>();
		if (!Files.isDirectory(PROC)) {
			return seconds;
		}
		double jit = 0;
		for (String module : modules) {
			double compiling = compilerThreads(platform.pid(module));
			jit += compiling;
			seconds.put(module, platform.cpuTime(module).toNanos() / 1e9 - compiling);
		}
		seconds.put("JIT compilers", jit);
		seconds.put("postgresql", byCommand("postgres"));
		seconds.put("rabbitmq", byCommand("beam.smp"));
		seconds.put("redis", byCommand("redis-server"));
		seconds.put("benchmark JVM", ticks(PROC.resolve(Long.toString(ProcessHandle.current().pid())).resolve("stat")));
		seconds.put("machine", machine());
		return seconds;
	}

	/**
	 * @param before a snapshot
	 * @param after a later snapshot
	 * @param units the work done in between
	 * @return milliseconds of CPU per unit, by part, as text
	 */
	static String perUnit(Map<String, Double> before, Map<String, Double> after, long units) {
		StringBuilder text = new StringBuilder();
		after.forEach((part, value) -> {
			Double start = before.get(part);
			if (start != null && units > 0) {
				if (!text.isEmpty()) {
					text.append(", ");
				}
				text.append(part).append(' ').append(String.format("%.2f", (value - start) * 1000 / units));
			}
		});
		return text.toString();
	}

	private static double byCommand(String command) {
		try (Stream<Path> processes = Files.list(PROC)) {
			return processes.filter((path) -> path.getFileName().toString().chars().allMatch(Character::isDigit))
				.filter((path) -> command.equals(read(path.resolve("comm")).strip()))
				.mapToDouble((path) -> ticks(path.resolve("stat")))
				.sum();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/* the HotSpot compiler threads of a JVM ("C1 CompilerThre…", "C2 CompilerThre…") */
	private static double compilerThreads(long pid) {
		try (Stream<Path> threads = Files.list(PROC.resolve(Long.toString(pid)).resolve("task"))) {
			return threads.filter((thread) -> read(thread.resolve("comm")).matches("C[12] CompilerThre.*\\s*"))
				.mapToDouble((thread) -> ticks(thread.resolve("stat")))
				.sum();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/* utime and stime: fields 14 and 15, counted after the command name in parentheses */
	private static double ticks(Path stat) {
		String line = read(stat);
		int end = line.lastIndexOf(')');
		if (end < 0) {
			return 0;
		}
		String[] fields = line.substring(end + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
	}

	/* the first line of /proc/stat: user nice system idle iowait irq softirq steal ... */
	private static double machine() {
		String[] fields = read(PROC.resolve("stat")).lines().findFirst().orElse("").trim().split("\\s+");
		long busy = 0;
		for (int i : new int[] { 1, 2, 3, 6, 7, 8 }) {
			busy += Long.parseLong(fields[i]);
		}
		return busy / TICKS_PER_SECOND;
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			// a process that ended while we looked
			return "";
		}
	}

}
