package network.applicant.gpt.actions.resume.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads plain resume text into sections and roles.
 *
 * <p>Headings are short lines that are in capitals, end with a colon or are a known heading
 * on their own ("Work Experience", "SKILLS:", "EDUCATION AND REGISTRATION"). In the
 * experience section a role starts at a line with a date range ("March 2019 to present",
 * "06/2015 – 02/2019", "2010 - 2015", "Summer 2016"); its title and employer come from the
 * text before the dates, or from the line above when the dates stand alone. Lines that
 * start with "- " are bullets. Roles are read only from the experience section (or, when a
 * resume has no headings at all, from dated lines that do not name a degree), so degree
 * dates never count as work.
 *
 * <p>Not a general document parser: it expects text that {@link TextNormalizer} produced.
 */
public final class ResumeParser {

	private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?"
			+ "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

	private static final String SEASON = "(?:spring|summer|autumn|fall|winter)";

	private static final String DATE = "(?:" + MONTH + "\\s+\\d{4}|" + SEASON + "\\s+\\d{4}|\\d{1,2}/\\d{4}|\\d{4}-\\d{2}|\\d{4})";

	private static final String OPEN_END = "(?:present|current|now|today|ongoing|date)";

	static final Pattern RANGE = Pattern.compile("(?i)(?<![\\w/])(" + DATE + ")\\s*(?:to|–|—|-|until|through|till)\\s*("
			+ DATE + "|" + OPEN_END + ")(?![\\w/])");

	private static final Pattern SINGLE = Pattern.compile("(?i)(?<![\\w/])((?:" + MONTH + "|" + SEASON + ")\\s+\\d{4})(?![\\w/])");

	private static final Pattern DEGREE = Pattern.compile(
			"(?i)\\b(?:bsc|ba|msc|ma|mba|phd|beng|meng|bachelor|master|degree|diploma|university|college|school)\\b");

	private static final Map<String, Section> HEADING_WORDS = Map.ofEntries(Map.entry("experience", Section.EXPERIENCE),
			Map.entry("employment", Section.EXPERIENCE), Map.entry("career", Section.EXPERIENCE),
			Map.entry("history", Section.EXPERIENCE), Map.entry("positions", Section.EXPERIENCE),
			Map.entry("education", Section.EDUCATION), Map.entry("academic", Section.EDUCATION),
			Map.entry("training", Section.EDUCATION), Map.entry("qualifications", Section.EDUCATION),
			Map.entry("skills", Section.SKILLS), Map.entry("competencies", Section.SKILLS),
			Map.entry("technologies", Section.SKILLS), Map.entry("expertise", Section.SKILLS),
			Map.entry("toolkit", Section.SKILLS), Map.entry("certifications", Section.CERTIFICATIONS),
			Map.entry("certificates", Section.CERTIFICATIONS), Map.entry("licences", Section.CERTIFICATIONS),
			Map.entry("licenses", Section.CERTIFICATIONS), Map.entry("credentials", Section.CERTIFICATIONS),
			Map.entry("registrations", Section.CERTIFICATIONS), Map.entry("accreditations", Section.CERTIFICATIONS),
			Map.entry("summary", Section.SUMMARY), Map.entry("profile", Section.SUMMARY),
			Map.entry("objective", Section.SUMMARY), Map.entry("about", Section.SUMMARY),
			Map.entry("projects", Section.OTHER), Map.entry("interests", Section.OTHER),
			Map.entry("languages", Section.OTHER), Map.entry("publications", Section.OTHER),
			Map.entry("awards", Section.OTHER), Map.entry("volunteering", Section.OTHER),
			Map.entry("references", Section.OTHER), Map.entry("hobbies", Section.OTHER),
			Map.entry("activities", Section.OTHER));

	private static final Pattern HEADING_SHAPE = Pattern.compile("^[\\p{L} &/,'-]{3,45}:?$");

	/**
	 * @param text normalized resume text
	 * @return the parsed resume
	 */
	public ParsedResume parse(String text) {
		List<String> lines = List.of(text.split("\n"));
		List<Section> sections = new ArrayList<>(lines.size());
		Section current = Section.HEADER;
		boolean anyHeading = false;
		for (String line : lines) {
			Section heading = heading(line);
			if (heading != null) {
				current = heading;
				anyHeading = true;
			}
			sections.add(current);
		}
		List<Role> roles = roles(lines, sections, anyHeading && sections.contains(Section.EXPERIENCE));
		return new ParsedResume(lines, sections, roles);
	}

	static @Nullable Section heading(String line) {
		String trimmed = line.strip();
		if (!HEADING_SHAPE.matcher(trimmed).matches()) {
			return null;
		}
		String bare = trimmed.endsWith(":") ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
		boolean capitals = bare.equals(bare.toUpperCase(Locale.ROOT));
		String[] words = bare.toLowerCase(Locale.ROOT).split("[\\s&/,]+");
		if (words.length > 5) {
			return null;
		}
		for (String word : words) {
			Section section = HEADING_WORDS.get(word);
			if (section != null && (capitals || trimmed.endsWith(":") || words.length <= 3)) {
				return section;
			}
		}
		return null;
	}

	private static List<Role> roles(List<String> lines, List<Section> sections, boolean bySection) {
		List<Role> roles = new ArrayList<>();
		RoleBuilder open = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			boolean inScope = bySection ? sections.get(i) == Section.EXPERIENCE
					: (sections.get(i) != Section.EDUCATION && !DEGREE.matcher(line).find());
			if (!inScope) {
				if (open != null) {
					roles.add(open.build());
					open = null;
				}
				continue;
			}
			boolean bullet = line.startsWith("- ");
			Period period = bullet ? null : period(line);
			if (period != null) {
				String header = strip(line.substring(0, period.from()) + " " + line.substring(period.to()));
				int headerLine = i;
				if (header.isEmpty() && i > 0 && !lines.get(i - 1).startsWith("- ") && period(lines.get(i - 1)) == null
						&& heading(lines.get(i - 1)) == null) {
					header = lines.get(i - 1).strip();
					headerLine = i - 1;
					if (open != null) {
						open.dropLast(header);
					}
				}
				if (open != null) {
					roles.add(open.build());
				}
				open = new RoleBuilder(header, period, headerLine, i);
				continue;
			}
			if (open != null && heading(line) == null) {
				open.add(line, i);
			}
		}
		if (open != null) {
			roles.add(open.build());
		}
		return roles;
	}

	private static String strip(String text) {
		return text.replaceAll("\\(\\s*\\)", "").replaceAll("^[\\s,;:|—–-]+|[\\s,;:|—–(-]+$", "").strip();
	}

	/** The dates found on a line and where they were. */
	record Period(YearMonth start, @Nullable YearMonth end, int from, int to) {
	}

	static @Nullable Period period(String line) {
		Matcher range = RANGE.matcher(line);
		if (range.find()) {
			YearMonth start = month(range.group(1), true);
			String endText = range.group(2);
			YearMonth end = endText.matches("(?i)" + OPEN_END) ? null : month(endText, false);
			if (start == null || (end == null && !endText.matches("(?i)" + OPEN_END))) {
				return null;
			}
			if (end != null && end.isBefore(start)) {
				return null;
			}
			return new Period(start, end, range.start(), range.end());
		}
		Matcher single = SINGLE.matcher(line);
		if (single.find()) {
			YearMonth start = month(single.group(1), true);
			YearMonth end = month(single.group(1), false);
			if (start != null && end != null) {
				return new Period(start, end, single.start(), single.end());
			}
		}
		return null;
	}

	/**
	 * @param text a date as written
	 * @param start whether it starts a period (a bare year then means January, else December)
	 */
	static @Nullable YearMonth month(String text, boolean start) {
		String value = text.strip().toLowerCase(Locale.ROOT).replace(".", "");
		try {
			if (value.matches("\\d{4}")) {
				return YearMonth.of(Integer.parseInt(value), start ? 1 : 12);
			}
			if (value.matches("\\d{1,2}/\\d{4}")) {
				String[] parts = value.split("/");
				return YearMonth.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
			}
			if (value.matches("\\d{4}-\\d{2}")) {
				return YearMonth.parse(value);
			}
			String[] parts = value.split("\\s+");
			int year = Integer.parseInt(parts[1]);
			return switch (parts[0]) {
				case "spring" -> YearMonth.of(year, start ? 3 : 5);
				case "summer" -> YearMonth.of(year, start ? 6 : 8);
				case "autumn", "fall" -> YearMonth.of(year, start ? 9 : 11);
				case "winter" -> start ? YearMonth.of(year, 12) : YearMonth.of(year + 1, 2);
				default -> YearMonth.of(year, monthNumber(parts[0]));
			};
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static int monthNumber(String name) {
		String[] names = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
		for (int m = 0; m < names.length; m++) {
			if (name.startsWith(names[m])) {
				return m + 1;
			}
		}
		throw new IllegalArgumentException(name);
	}

	private static final class RoleBuilder {

		private final String title;

		private final @Nullable String employer;

		private final Period period;

		private final int headerLine;

		private int lastLine;

		private final List<String> bullets = new ArrayList<>();

		RoleBuilder(String header, Period period, int headerLine, int line) {
			String[] parts = header.split("\\s+(?:—|–|\\||@|at)\\s+|,\\s+|\\s+-\\s+", 3);
			this.title = parts[0].isBlank() ? "Untitled role" : parts[0].strip();
			this.employer = (parts.length > 1 && !parts[1].isBlank()) ? parts[1].strip() : null;
			this.period = period;
			this.headerLine = headerLine;
			this.lastLine = line;
		}

		void add(String line, int index) {
			if (line.startsWith("- ") || this.bullets.isEmpty()) {
				this.bullets.add(line.startsWith("- ") ? line.substring(2).strip() : line.strip());
			}
			else {
				int last = this.bullets.size() - 1;
				this.bullets.set(last, this.bullets.get(last) + " " + line.strip());
			}
			this.lastLine = index;
		}

		void dropLast(String header) {
			if (!this.bullets.isEmpty()) {
				int last = this.bullets.size() - 1;
				String bullet = this.bullets.get(last);
				if (bullet.equals(header)) {
					this.bullets.remove(last);
				}
				else if (bullet.endsWith(" " + header)) {
					this.bullets.set(last, bullet.substring(0, bullet.length() - header.length() - 1));
				}
				this.lastLine--;
			}
		}

		Role build() {
			return new Role(this.title, this.employer, this.period.start(), this.period.end(), this.bullets,
					this.headerLine, this.lastLine);
		}

	}

}
