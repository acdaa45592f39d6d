package network.applicant.gpt.actions.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import network.applicant.gpt.actions.demo.DemoRecords.DemoCompany;
import network.applicant.gpt.actions.demo.DemoRecords.DemoJob;
import network.applicant.gpt.actions.demo.DemoRecords.DemoQuestion;
import network.applicant.gpt.actions.demo.DemoRecords.DemoRequirement;
import network.applicant.gpt.actions.demo.DemoWorld.City;
import network.applicant.gpt.actions.demo.DemoWorld.Company;
import network.applicant.gpt.actions.demo.DemoWorld.Country;
import network.applicant.gpt.actions.demo.DemoWorld.Field;

/**
 * Generates the demo job catalog from a fixed seed.
 *
 * <p>Job {@code n} is always {@code demo-job-nnnn} and is drawn from its own random stream
 * (seeded from the fixed seed and {@code n}), so asking for more or fewer jobs never changes
 * the jobs that both runs have. Dates are offsets from the given reference instant: two
 * runs with the same reference produce equal jobs, and runs on different days differ only
 * in {@code postedAt} and {@code validThrough}.
 *
 * <pre>{@code
 * List<DemoJob> jobs = new DemoJobGenerator(referenceDay).jobs(300, 8);
 * }</pre>
 */
final class DemoJobGenerator {

	static final long SEED = 20_240_601L;

	static final List<String> LEVELS = List.of("intern", "entry", "mid", "senior", "lead", "executive");

	private static final int[] LEVEL_WEIGHTS = { 2, 4, 6, 6, 3, 1 };

	private static final double[] LEVEL_PAY = { 0.45, 0.7, 1.0, 1.3, 1.6, 2.3 };

	private static final String[] YEARS = { "", "0–2 years of experience in %s, internships included",
			"3+ years of professional experience in %s", "5+ years of professional experience in %s",
			"8+ years of experience in %s, including leading a team",
			"12+ years of experience in %s, at least five of them in senior leadership" };

	static final List<String> COMMUTE_TYPES = List.of("remote", "hybrid", "onsite");

	private final Instant reference;

	/**
	 * @param reference the instant the posting dates count back from; the loader passes the
	 * start of the current UTC day
	 */
	DemoJobGenerator(Instant reference) {
		this.reference = reference;
	}

	static String identifier(int number) {
		return "demo-job-%04d".formatted(number);
	}

	static List<DemoCompany> companies() {
		return DemoWorld.COMPANIES.stream().map(DemoJobGenerator::toRecord).toList();
	}

	private static DemoCompany toRecord(Company company) {
		Country country = DemoWorld.COUNTRY_BY_CODE.get(company.countryCode());
		String headquarters = company.city() + ", " + company.region() + ", " + displayName(country);
		return new DemoCompany(company.identifier(), company.name(), "https://www." + company.slug() + ".example",
				company.industry(), company.size(), headquarters, company.description());
	}

	/**
	 * @param open how many open jobs ({@code demo-job-0001} on)
	 * @param closed how many closed jobs, numbered after the open ones
	 * @return the jobs in number order
	 */
	List<DemoJob> jobs(int open, int closed) {
		List<DemoJob> jobs = new ArrayList<>(open + closed);
		for (int number = 1; number <= open + closed; number++) {
			jobs.add(job(number, number > open));
		}
		return jobs;
	}

	DemoJob job(int number, boolean closed) {
		Random random = new Random(mix(SEED + number * 0x9E3779B97F4A7C15L));
		Field field = weighted(random, DemoWorld.FIELDS, DemoWorld.FIELDS.stream().mapToInt(Field::weight).toArray());
		List<Company> employers = DemoWorld.COMPANIES.stream().filter((c) -> c.fields().contains(field.key())).toList();
		Company company = pick(random, employers);
		int level = weightedIndex(random, LEVEL_WEIGHTS);
		String commuteType = COMMUTE_TYPES.get(weightedIndex(random, field.commuteWeights()));

		Country country = (random.nextInt(100) < 65) ? DemoWorld.COUNTRY_BY_CODE.get(company.countryCode())
				: pick(random, DemoWorld.COUNTRIES);
		City city = (country.code().equals(company.countryCode()) && random.nextBoolean())
				? new City(company.city(), company.region()) : pick(random, country.cities());
		List<String> applicantCountries = null;
		if (commuteType.equals("remote")) {
			city = null;
			if (random.nextInt(100) < 55) {
				applicantCountries = List.of(country.code());
			}
		}

		String role = pick(random, field.roles()).replace("{cred}", country.accountingCredential());
		String title = title(random, field, level, role);
		String employmentType = employmentType(random, field, level);

		Salary salary = salary(random, field, level, country, commuteType);

		int daysAgo = closed ? 30 + random.nextInt(31) : 1 + random.nextInt(60);
		Instant postedAt = this.reference.minus(Duration.ofDays(daysAgo))
			.plus(Duration.ofMinutes(8 * 60 + random.nextInt(10 * 60)));
		Instant validThrough = closed ? postedAt.plus(Duration.ofDays(14 + random.nextInt(8)))
				: (random.nextInt(100) < 70) ? postedAt.plus(Duration.ofDays(61 + random.nextInt(30))) : null;

		boolean html = random.nextInt(100) < 35;
		String description = description(random, html, field, company, country, city, applicantCountries, commuteType,
				level, title, employmentType);
		List<DemoRequirement> requirements = requirements(random, field, level, country);
		List<DemoQuestion> questions = (random.nextInt(100) < 35)
				? questions(random, field, company, country, city, commuteType, applicantCountries) : List.of();

		return new DemoJob(identifier(number), company.identifier(), field.key(), title, description, employmentType,
				(city != null) ? city.name() : null, (city != null) ? city.region() : null, country.code(),
				applicantCountries, commuteType, LEVELS.get(level), salary.min(), salary.max(), salary.currency(),
				salary.period(), postedAt, validThrough, closed ? "closed" : "open", requirements, questions);
	}

	private static String title(Random random, Field field, int level, String role) {
		String pattern = switch (LEVELS.get(level)) {
			case "intern" -> pick(random, field.internTitles());
			case "entry" -> pick(random, field.entryPatterns());
			case "mid" -> "%s";
			case "senior" -> "Senior %s";
			case "lead" -> pick(random, field.leadPatterns());
			default -> pick(random, field.executiveTitles());
		};
		return pattern.contains("%s") ? pattern.formatted(role) : pattern;
	}

	private static String employmentType(Random random, Field field, int level) {
		if (level == 0) {
			return "internship";
		}
		int roll = random.nextInt(100);
		if (field.key().equals(DemoWorld.NURSING)) {
			return (roll < 15) ? "per_diem" : (roll < 30) ? "part_time" : "full_time";
		}
		if (field.key().equals(DemoWorld.EDUCATION)) {
			return (roll < 15) ? "part_time" : (roll < 25) ? "temporary" : "full_time";
		}
		if (level < 5 && (field.key().equals(DemoWorld.SOFTWARE) || field.key().equals(DemoWorld.DESIGN))) {
			return (roll < 10) ? "contract" : "full_time";
		}
		return (roll < 5) ? "part_time" : "full_time";
	}

	record Salary(@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String currency,
			@Nullable String period) {
	}

	private static Salary salary(Random random, Field field, int level, Country country, String commuteType) {
		int omitPercent = (country.code().equals("DE") || country.code().equals("GB")) ? 25 : 10;
		if (random.nextInt(100) < omitPercent) {
			return new Salary(null, null, null, null);
		}
		double yearly = field.baseSalaryUsd() * country.salaryFactor() * LEVEL_PAY[level]
				* (0.92 + random.nextDouble() * 0.16);
		double spread = 1.15 + random.nextDouble() * 0.2;
		boolean hourly = (country.code().equals("US") || country.code().equals("CA"))
				&& (field.key().equals(DemoWorld.NURSING) || field.key().equals(DemoWorld.SUPPORT))
				&& !commuteType.equals("remote") && level < 4 && random.nextInt(100) < 60;
		if (level == 0) {
			return new Salary(round(yearly / 12, 50), round(yearly * spread / 12, 50), country.currency(), "month");
		}
		if (hourly) {
			return new Salary(round(yearly / 2080, 0.5), round(yearly * spread / 2080, 0.5), country.currency(), "hour");
		}
		return new Salary(round(yearly, 1000), round(yearly * spread, 1000), country.currency(), "year");
	}

	private static BigDecimal round(double value, double step) {
		return BigDecimal.valueOf(Math.round(value / step) * step).setScale(2, RoundingMode.HALF_UP);
	}

	private static String description(Random random, boolean html, Field field, Company company, Country country,
			@Nullable City city, @Nullable List<String> applicantCountries, String commuteType, int level, String title,
			String employmentType) {
		String about = company.description() + " We are a team of " + company.size().replace("-", " to ")
				+ " people headquartered in " + company.city() + ".";
		about = about.replace("10001+ people", "more than 10,000 people");
		StringBuilder role = new StringBuilder(field.rolePitch().formatted(title));
		role.append(switch (LEVELS.get(level)) {
			case "intern" -> " This is a paid twelve-week internship with a dedicated mentor and a real project to ship.";
			case "entry" -> " You will learn quickly alongside experienced colleagues who enjoy helping others grow.";
			case "mid" -> " You will work independently on meaningful problems and help shape how the team works.";
			case "senior" -> " You will lead work from idea to delivery and mentor colleagues along the way.";
			case "lead" -> " You will lead a team, set direction with its members and remain hands-on where it matters.";
			default -> " Reporting to the CEO, you will set strategy, build the leadership team and own the results.";
		});
		if (employmentType.equals("contract")) {
			role.append(" This is a twelve-month contract with the option to extend.");
		}
		else if (employmentType.equals("part_time")) {
			role.append(" The role is part-time, around 24 hours a week.");
		}
		else if (employmentType.equals("temporary")) {
			role.append(" This is a temporary position covering a colleague's leave.");
		}
		List<String> duties = sample(random, field.duties(), 4);
		List<String> benefits = sample(random, country.benefits(), 3);
		String arrangement = switch (commuteType) {
			case "remote" -> (applicantCountries != null)
					? "This is a fully remote role open to candidates living in " + displayName(country) + "."
					: "This is a fully remote role; we hire wherever we can employ people legally.";
			case "hybrid" -> "This is a hybrid role: " + (2 + random.nextInt(2)) + " days a week in our "
					+ requireCity(city).name() + " office, the rest from home.";
			default -> "This role is based on site in " + requireCity(city).name() + ".";
		};
		if (html) {
			return "<p>" + escape(about) + "</p>\n<p>" + escape(role.toString()) + "</p>\n<h3>What you'll do</h3>\n"
					+ htmlList(duties) + "\n<h3>What we offer</h3>\n" + htmlList(benefits) + "\n<p><strong>"
					+ escape(arrangement) + "</strong></p>";
		}
		return about + "\n\n" + role + "\n\nWhat you'll do:\n" + textList(duties) + "\n\nWhat we offer:\n"
				+ textList(benefits) + "\n\n" + arrangement;
	}

	private static City requireCity(@Nullable City city) {
		if (city == null) {
			throw new IllegalStateException("on-site and hybrid jobs have a city");
		}
		return city;
	}

	private static String htmlList(List<String> items) {
		StringBuilder list = new StringBuilder("<ul>");
		items.forEach((item) -> list.append("<li>").append(escape(item)).append("</li>"));
		return list.append("</ul>").toString();
	}

	private static String textList(List<String> items) {
		return String.join("\n", items.stream().map((item) -> "- " + item).toList());
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static List<DemoRequirement> requirements(Random random, Field field, int level, Country country) {
		List<String> required = new ArrayList<>();
		if (level == 0) {
			required.add("Currently studying towards a degree in " + field.subject() + " or a related field");
		}
		else {
			required.add(YEARS[level].formatted(field.area()));
		}
		if (field.key().equals(DemoWorld.NURSING)) {
			required.add("Holds " + country.nursingLicence());
		}
		else if (field.key().equals(DemoWorld.ACCOUNTING) && level > 0) {
			required.add(country.accountingCredential() + " qualified, or part-qualified and studying");
		}
		required.addAll(sample(random, field.required(), 2 + random.nextInt(2)));
		List<String> preferred = sample(random, field.preferred(), 1 + random.nextInt(2));
		List<DemoRequirement> requirements = new ArrayList<>();
		for (String text : required) {
			requirements.add(new DemoRequirement("required", text, requirements.size()));
		}
		for (String text : preferred) {
			requirements.add(new DemoRequirement("preferred", text, requirements.size()));
		}
		return List.copyOf(requirements);
	}

	private static List<DemoQuestion> questions(Random random, Field field, Company company, Country country,
			@Nullable City city, String commuteType, @Nullable List<String> applicantCountries) {
		List<DemoQuestion> candidates = new ArrayList<>();
		candidates.add(new DemoQuestion(0, "How many years of experience do you have in " + field.area() + "?",
				"number", null, true));
		candidates.add(new DemoQuestion(0, "How soon could you start?", "single_choice",
				List.of("Immediately", "Within 2 weeks", "Within a month", "In more than a month"), true));
		candidates.add(new DemoQuestion(0, "In a few sentences, why would you like to work at " + company.name() + "?",
				"text", null, false));
		String specific = switch (field.key()) {
			case DemoWorld.NURSING -> "Do you hold " + country.nursingLicence() + "?";
			case DemoWorld.ACCOUNTING -> "Are you " + country.accountingCredential() + " qualified or studying for it?";
			case DemoWorld.EDUCATION -> "Do you hold a teaching qualification recognised in " + displayName(country) + "?";
			default -> null;
		};
		if (specific != null) {
			candidates.add(new DemoQuestion(0, specific, "yes_no", null, true));
		}
		if (commuteType.equals("hybrid") && city != null) {
			candidates.add(new DemoQuestion(0, "Can you work from our " + city.name() + " office at least two days a week?",
					"yes_no", null, true));
		}
		List<DemoQuestion> chosen = new ArrayList<>();
		if (!commuteType.equals("remote") || applicantCountries != null) {
			chosen.add(new DemoQuestion(0, "Are you legally allowed to work in " + displayName(country)
					+ " without visa sponsorship?", "yes_no", null, true));
		}
		chosen.addAll(sample(random, candidates, 1 + random.nextInt(3)));
		List<DemoQuestion> numbered = new ArrayList<>();
		for (DemoQuestion question : chosen) {
			numbered.add(new DemoQuestion(numbered.size(), question.question(), question.answerType(),
					question.choices(), question.required()));
		}
		return List.copyOf(numbered);
	}

	private static String displayName(Country country) {
		return country.name().replaceFirst("^the ", "");
	}

	/** Picks {@code count} distinct items, keeping their original order. */
	private static <T> List<T> sample(Random random, List<T> items, int count) {
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			indexes.add(i);
		}
		java.util.Collections.shuffle(indexes, random);
		return indexes.subList(0, Math.min(count, items.size())).stream().sorted().map(items::get).toList();
	}

	private static <T> T pick(Random random, List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	private static <T> T weighted(Random random, List<T> items, int[] weights) {
		return items.get(weightedIndex(random, weights));
	}

	private static int weightedIndex(Random random, int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		throw new IllegalStateException("unreachable");
	}

	/** SplitMix64's finaliser: turns neighbouring seeds into unrelated ones. */
	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
