package network.applicant.gpt.actions.jobs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

import network.applicant.gpt.config.testing.ClosedLoops;

/**
 * Measures the job search index: build time for N synthetic jobs and {@code searchJobs}
 * query latency (p50/p95/p99) for a mix of queries from several threads. Not a test; run
 * it as described in {@code docs/benchmarks.md}:
 *
 * <pre>
 * java -Xmx2g -cp ... network.applicant.gpt.actions.jobs.JobSearchBenchmark 100000 memory 8
 * </pre>
 * Arguments: job count, {@code memory} or {@code disk} (a temporary directory, memory-mapped),
 * threads.
 */
public final class JobSearchBenchmark {

	private static final String[][] FIELDS = {
			{ "Software Engineer", "Backend Engineer (Java)", "Frontend Developer (React)", "Site Reliability Engineer",
					"Full Stack Developer", "Platform Engineer", "Mobile Engineer (iOS)", "DevOps Engineer" },
			{ "Registered Nurse – ICU", "Registered Nurse – Emergency Department", "Community Nurse", "Theatre Nurse",
					"Nurse Practitioner", "Charge Nurse" },
			{ "Staff Accountant (CPA)", "Financial Analyst", "Accounts Payable Specialist", "Tax Accountant",
					"Payroll Specialist", "Management Accountant", "Internal Auditor" },
			{ "Data Analyst", "Data Engineer", "Data Scientist", "Machine Learning Engineer", "BI Developer" },
			{ "Account Executive", "Sales Development Representative", "Customer Success Manager", "Account Manager" },
			{ "Marketing Manager", "SEO Specialist", "Content Marketing Specialist", "Growth Marketer" },
			{ "Customer Support Specialist", "Technical Support Engineer", "Customer Service Representative" },
			{ "Logistics Coordinator", "Warehouse Operations Supervisor", "Supply Chain Analyst", "Fleet Planner" },
			{ "Mathematics Teacher", "Primary School Teacher", "Science Teacher", "Instructional Designer" },
			{ "Product Designer", "UX Designer", "UX Researcher", "Graphic Designer" } };

	private static final String[][] SKILLS = {
			{ "Java", "Kotlin", "Go", "PostgreSQL", "Kubernetes", "Terraform", "AWS", "React", "TypeScript", "Kafka" },
			{ "BLS certification", "ACLS", "patient assessment", "electronic health records", "critical care" },
			{ "Excel", "month-end close", "reconciliations", "GAAP", "IFRS", "NetSuite", "SAP" },
			{ "SQL", "Python", "pandas", "dbt", "Airflow", "Looker", "statistics" },
			{ "Salesforce", "HubSpot", "negotiation", "pipeline management", "SaaS sales" },
			{ "Google Analytics", "copywriting", "SEO", "paid social", "campaigns" },
			{ "Zendesk", "Intercom", "troubleshooting", "help-centre articles" },
			{ "WMS", "ERP", "Lean", "Six Sigma", "carrier management" },
			{ "lesson planning", "classroom management", "Google Classroom", "curriculum" },
			{ "Figma", "user research", "design systems", "accessibility" } };

	private static final String[] LEVEL_PREFIX = { "Intern ", "Junior ", "", "Senior ", "Lead ", "Head of " };

	private static final String[] LEVELS = { "intern", "entry", "mid", "senior", "lead", "executive" };

	private static final String[][] PLACES = { { "London", "England", "GB" }, { "Manchester", "England", "GB" },
			{ "Edinburgh", "Scotland", "GB" }, { "New York", "NY", "US" }, { "San Francisco", "CA", "US" },
			{ "Austin", "TX", "US" }, { "Chicago", "IL", "US" }, { "Seattle", "WA", "US" }, { "Toronto", "ON", "CA" },
			{ "Vancouver", "BC", "CA" }, { "Berlin", "Berlin", "DE" }, { "Munich", "Bavaria", "DE" },
			{ "Dublin", "Leinster", "IE" }, { "Sydney", "NSW", "AU" }, { "Amsterdam", "North Holland", "NL" } };

	private static final String[] CURRENCY = { "GBP", "GBP", "GBP", "USD", "USD", "USD", "USD", "USD", "CAD", "CAD",
			"EUR", "EUR", "EUR", "AUD", "EUR" };

	private static final String[] FILLER = { "We are a growing team that values kindness, clarity and ownership.",
			"You will work closely with colleagues across the business.",
			"We offer flexible hours, a learning budget and generous holidays.",
			"Our customers rely on us every day, and we take that seriously.",
			"You will help us improve how we work and share what you learn.",
			"We support career growth with mentoring and clear progression." };

	private static final String[] QUERIES = { "keywords=SWE", "keywords=registered nurse&location=London",
			"keywords=CPA&location=Toronto", "keywords=senior java developer", "keywords=data scientist python",
			"keywords=sofware enginer", "keywords=nurse&commute_type=onsite&job_level=senior",
			"keywords=k8s terraform&location=United Kingdom", "keywords=accountant&salary_min=60000",
			"keywords=UX designer&posted_within_days=14", "keywords=customer support&location=remote",
			"location=Berlin", "keywords=engineer", "keywords=teacher&location=Manchester",
			"keywords=sales development representative", "keywords=machine learning engineer&location=US",
			"commute_type=remote&job_level=mid", "keywords=acountant&location=Canada",
			"keywords=warehouse supervisor&location=Chicago", "keywords=RN icu" };

	private JobSearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		boolean disk = args.length > 1 && args[1].equals("disk");
		int threads = (args.length > 2) ? Integer.parseInt(args[2]) : 8;
		int queries = (args.length > 3) ? Integer.parseInt(args[3]) : 4_000;
		Path directoryPath = disk ? Files.createTempDirectory("job-index-bench") : null;
		Directory directory = disk ? new MMapDirectory(directoryPath) : new ByteBuffersDirectory();
		Instant now = Instant.parse("2026-06-01T12:00:00Z");
		System.out.printf(Locale.ROOT, "jobs=%d store=%s threads=%d queries=%d cores=%d maxHeap=%dMB%n", count,
				disk ? "disk" : "memory", threads, queries, Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);

		try (JobSearchIndex index = new JobSearchIndex(directory, Synonyms.standard())) {
			long start = System.nanoTime();
			SplittableRandom random = new SplittableRandom(42);
			for (int id = 1; id <= count; id++) {
				index.upsert(job(id, random, now));
			}
			index.refresh();
			long buildMillis = (System.nanoTime() - start) / 1_000_000;
			System.gc();
			long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
			System.out.printf(Locale.ROOT, "build: %d jobs in %.1f s (%.0f jobs/s), heap after build %d MB%s%n",
					index.size(), buildMillis / 1000.0, count * 1000.0 / buildMillis, heap,
					disk ? ", index on disk " + (size(directoryPath) >> 20) + " MB" : "");

			List<Request> mix = Arrays.stream(QUERIES).map(Request::parse).toList();
			run(index, mix, threads, Math.max(500, queries / 4), now); // warm-up
			long[] latencies = run(index, mix, threads, queries, now);
			Arrays.sort(latencies);
			System.out.printf(Locale.ROOT, "search (%d threads, %d queries): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
					threads, latencies.length, percentile(latencies, 50), percentile(latencies, 95),
					percentile(latencies, 99), latencies[latencies.length - 1] / 1e6);
			for (Request request : mix) {
				long[] single = run(index, List.of(request), 1, 50, now);
				Arrays.sort(single);
				JobSearchIndex.SearchPage page = request.search(index, now);
				System.out.printf(Locale.ROOT, "  %-60s total %8d  p50 %6.2f ms  p95 %6.2f ms%n", request.query(),
						page.total(), percentile(single, 50), percentile(single, 95));
			}
		}
		if (directoryPath != null) {
			try (Stream<Path> files = Files.walk(directoryPath)) {
				files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	private record Request(String query, JobSearchCriteria criteria, boolean secondPage) {

		static Request parse(String query) {
			String keywords = null;
			String location = null;
			String commute = null;
			String level = null;
			Long salary = null;
			Integer days = null;
			for (String pair : query.split("&")) {
				String[] kv = pair.split("=", 2);
				switch (kv[0]) {
					case "keywords" -> keywords = kv[1];
					case "location" -> location = kv[1];
					case "commute_type" -> commute = kv[1];
					case "job_level" -> level = kv[1];
					case "salary_min" -> salary = Long.parseLong(kv[1]);
					case "posted_within_days" -> days = Integer.parseInt(kv[1]);
					default -> throw new IllegalArgumentException(kv[0]);
				}
			}
			return new Request(query, new JobSearchCriteria(keywords, location, commute, level, salary, days), false);
		}

		JobSearchIndex.SearchPage search(JobSearchIndex index, Instant now) {
			LocationResolver.Resolved resolved = (this.criteria.location() != null)
					? index.locations().resolve(this.criteria.location()) : null;
			return index.search(this.criteria, resolved, null, 10, now);
		}

	}

	private static long[] run(JobSearchIndex index, List<Request> mix, int threads, int total, Instant now)
			throws Exception {
		return ClosedLoops.run(threads, total, (loop, i) -> {
			Request request = mix.get((loop + i) % mix.size());
			long start = System.nanoTime();
			JobSearchIndex.SearchPage page = request.search(index, now);
			if (page.next() != null && i % 4 == 0) {
				// every fourth query also fetches its second page, as a client paging would
				LocationResolver.Resolved resolved = (request.criteria().location() != null)
						? index.locations().resolve(request.criteria().location()) : null;
				index.search(request.criteria(), resolved, page.next(), 10, now);
			}
			return System.nanoTime() - start;
		});
	}

	private static double percentile(long[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	private static long size(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong((path) -> path.toFile().length()).sum();
		}
	}

	static IndexedJob job(long id, SplittableRandom random, Instant now) {
		int field = random.nextInt(FIELDS.length);
		int level = Math.min(5, Math.max(0, (int) Math.round(2 + random.nextGaussian() * 1.2)));
		String role = FIELDS[field][random.nextInt(FIELDS[field].length)];
		String title = (level == 5) ? "Head of " + role.replaceAll(" \\(.*\\)", "") : LEVEL_PREFIX[level] + role;
		String[] place = PLACES[random.nextInt(PLACES.length)];
		String commute = switch (random.nextInt(10)) {
			case 0, 1, 2 -> "remote";
			case 3, 4, 5 -> "hybrid";
			default -> "onsite";
		};
		List<String> skills = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			skills.add("Experience with " + SKILLS[field][random.nextInt(SKILLS[field].length)]);
		}
		StringBuilder description = new StringBuilder("As a ").append(title).append(" you will join our team in ")
			.append(place[0])
			.append(".\n\n");
		for (int i = 0; i < 6; i++) {
			description.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
		}
		description.append("\n\nWhat you'll do:\n- Work with ")
			.append(String.join(", ", skills.subList(0, 2)).replace("Experience with ", ""))
			.append("\n- ")
			.append(FILLER[random.nextInt(FILLER.length)]);
		boolean remote = commute.equals("remote");
		List<String> applicantCountries = (remote && random.nextBoolean()) ? List.of(place[2]) : null;
		boolean salary = random.nextInt(10) < 8;
		long yearly = 30_000 + field * 4_000L + level * 15_000L + random.nextInt(20_000);
		return new IndexedJob(id, title, "Company " + random.nextInt(5_000), description.toString(), skills,
				remote ? null : place[0], remote ? null : place[1], place[2], applicantCountries, commute, LEVELS[level],
				salary ? BigDecimal.valueOf(yearly) : null, salary ? BigDecimal.valueOf(yearly + 15_000) : null,
				salary ? CURRENCY[Arrays.asList(PLACES).indexOf(place)] : null, salary ? "year" : null,
				now.minusSeconds(random.nextInt(90) * 86_400L + random.nextInt(86_400)),
				random.nextBoolean() ? now.plusSeconds(30 * 86_400L) : null);
	}

}
