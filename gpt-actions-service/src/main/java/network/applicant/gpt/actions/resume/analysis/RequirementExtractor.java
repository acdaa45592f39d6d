package network.applicant.gpt.actions.resume.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import network.applicant.gpt.actions.resume.analysis.JobRequirements.SkillRequirement;
import network.applicant.gpt.actions.resume.analysis.JobRequirements.YearsRequirement;

/**
 * Reads what a job asks for from its required and preferred lines and its description.
 *
 * <p>Each line is checked for years of experience ("5+ years", "0–2 years"), a degree, and
 * dictionary skills. Skills joined by "or", "such as", "e.g." or "similar" are alternatives
 * (one is enough); otherwise each is needed. Credentials (licences, registrations,
 * certifications) are kept apart from skills. Required lines with nothing checkable are
 * reported as not assessed rather than counted against the candidate. The description
 * adds requirements from its own "Requirements" / "Nice to have" lists, and its skills
 * count as preferred when the job has no requirement lines at all.
 */
public final class RequirementExtractor {

	private static final Pattern YEARS = Pattern.compile(
			"(?i)(\\d{1,2})\\s*(?:\\+|plus)?\\s*(?:(?:–|—|-|to)\\s*(\\d{1,2})\\s*)?\\+?\\s*years?");

	private static final Pattern ALTERNATIVES = Pattern.compile("(?i)\\bor\\b|such as|e\\.g\\.|similar|any of|one of");

	private static final Pattern DEGREE = Pattern.compile(
			"(?i)\\b(?:degree|bachelor'?s?|master'?s?|bsc|msc|ba|phd|diploma|studying towards|graduate of)\\b");

	private static final Pattern REQUIRED_HEADING = Pattern.compile(
			"(?i)^(?:requirements|what you(?:'ll)? (?:need|bring)|must[- ]haves?|qualifications|you have|about you|who you are)\\b.*");

	private static final Pattern PREFERRED_HEADING = Pattern.compile(
			"(?i)^(?:nice[- ]to[- ]haves?|preferred|bonus(?: points)?|pluses|desirable|it'?s a plus)\\b.*");

	private static final Pattern OTHER_HEADING = Pattern.compile("(?i)^(?:what you'?ll do|what we offer|benefits|about us|responsibilities|the role)\\b.*");

	static final Set<String> LEVEL_WORDS = Set.of("senior", "junior", "lead", "staff", "principal", "head", "chief",
			"graduate", "associate", "assistant", "intern", "newly", "qualified", "manager", "director", "vp", "of",
			"and", "the", "a", "in", "for", "with", "i", "ii", "iii", "sr", "jr", "team", "trainee", "placement",
			"student");

	private final SkillDictionary dictionary;

	public RequirementExtractor(SkillDictionary dictionary) {
		this.dictionary = dictionary;
	}

	/**
	 * @param job the job
	 * @return what it asks for
	 */
	public JobRequirements extract(JobPosting job) {
		Map<String, SkillRequirement> required = new LinkedHashMap<>();
		Map<String, SkillRequirement> preferred = new LinkedHashMap<>();
		Map<String, SkillRequirement> credentials = new LinkedHashMap<>();
		List<String> unassessed = new ArrayList<>();
		String education = null;
		YearsRequirement years = null;
		List<JobPosting.Requirement> lines = new ArrayList<>(job.requirements());
		String description = plainText(job.description());
		lines.addAll(descriptionRequirements(description));
		for (JobPosting.Requirement line : lines) {
			boolean checkable = false;
			YearsRequirement lineYears = years(line.text());
			if (lineYears != null && line.required() && (years == null || lineYears.min() > years.min())) {
				years = lineYears;
				checkable = true;
			}
			if (line.required() && education == null && DEGREE.matcher(line.text()).find()) {
				education = line.text();
				checkable = true;
			}
			List<Skill> skills = new ArrayList<>();
			List<Skill> creds = new ArrayList<>();
			for (SkillMention mention : this.dictionary.find(line.text())) {
				(mention.skill().isCredential() ? creds : skills).add(mention.skill());
			}
			boolean alternatives = ALTERNATIVES.matcher(line.text()).find();
			if (!creds.isEmpty() && line.required()) {
				addAll(credentials, creds, alternatives, line.text());
				checkable = true;
			}
			else if (!creds.isEmpty()) {
				skills.addAll(creds);
			}
			if (!skills.isEmpty()) {
				addAll(line.required() ? required : preferred, skills, alternatives, line.text());
				checkable = true;
			}
			if (!checkable && line.required() && lineYears == null) {
				unassessed.add(line.text());
			}
		}
		if (job.requirements().isEmpty() && required.isEmpty() && preferred.isEmpty()) {
			List<Skill> mentioned = this.dictionary.find(description).stream().map(SkillMention::skill).toList();
			addAll(preferred, mentioned.stream().filter((s) -> !s.isCredential()).toList(), false, "job description");
			if (years == null) {
				years = years(description);
			}
		}
		required.keySet().forEach(preferred::remove);
		return new JobRequirements(List.copyOf(required.values()), List.copyOf(preferred.values()),
				List.copyOf(credentials.values()), education, years, unassessed, relevanceTerms(job, years));
	}

	private static void addAll(Map<String, SkillRequirement> into, List<Skill> skills, boolean alternatives,
			String source) {
		if (skills.isEmpty()) {
			return;
		}
		if (alternatives && skills.size() > 1) {
			String key = String.join("|", skills.stream().map(Skill::name).sorted().toList());
			into.putIfAbsent(key, new SkillRequirement(skills, source));
			return;
		}
		for (Skill skill : skills) {
			into.putIfAbsent(skill.name(), new SkillRequirement(List.of(skill), source));
		}
	}

	static @Nullable YearsRequirement years(String text) {
		Matcher matcher = YEARS.matcher(text);
		while (matcher.find()) {
			String after = text.substring(matcher.end(), Math.min(text.length(), matcher.end() + 60)).toLowerCase(Locale.ROOT);
			String before = text.substring(Math.max(0, matcher.start() - 20), matcher.start()).toLowerCase(Locale.ROOT);
			if (after.contains("experience") || before.contains("experience") || after.startsWith(" of ")
					|| after.startsWith(" in ")) {
				int min = Integer.parseInt(matcher.group(1));
				Integer max = (matcher.group(2) != null) ? Integer.valueOf(matcher.group(2)) : null;
				if (max != null && max < min) {
					continue;
				}
				return new YearsRequirement(min, max, text.strip());
			}
		}
		return null;
	}

	/**
	 * @param description plain or HTML text
	 * @return plain text with one list item or paragraph per line
	 */
	public static String plainText(String description) {
		String text = description.replaceAll("(?i)<li[^>]*>", "\n- ")
			.replaceAll("(?i)</?(?:p|br|h\\d|ul|ol|div|tr)[^>]*>", "\n")
			.replaceAll("<[^>]*>", "")
			.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
		return TextNormalizer.normalize(text);
	}

	private static List<JobPosting.Requirement> descriptionRequirements(String description) {
		List<JobPosting.Requirement> lines = new ArrayList<>();
		Boolean required = null;
		for (String line : description.split("\n")) {
			String bare = line.startsWith("- ") ? line.substring(2) : line;
			if (!line.startsWith("- ") && bare.length() < 60) {
				if (REQUIRED_HEADING.matcher(bare).matches()) {
					required = Boolean.TRUE;
					continue;
				}
				if (PREFERRED_HEADING.matcher(bare).matches()) {
					required = Boolean.FALSE;
					continue;
				}
				if (OTHER_HEADING.matcher(bare).matches()) {
					required = null;
					continue;
				}
			}
			if (required != null && line.startsWith("- ")) {
				lines.add(new JobPosting.Requirement(required, bare.strip()));
			}
		}
		return lines;
	}

	private static List<String> relevanceTerms(JobPosting job, @Nullable YearsRequirement years) {
		Set<String> terms = new LinkedHashSet<>();
		String text = job.title() + " " + ((years != null) ? fieldOf(years.source()) : "");
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			if (word.length() > 2 && !LEVEL_WORDS.contains(word) && !GENERIC.contains(word)) {
				terms.add(stem(word));
			}
		}
		return List.copyOf(terms);
	}

	/*
	 * Job-title words that mean the same work. "development" is deliberately not here: in
	 * "Sales Development Representative" or "Business Development Manager" it is not
	 * engineering, and software titles share "software" or "developer"/"engineer" anyway.
	 */
	private static final Map<String, String> SYNONYMS = Map.of("developer", "engineer", "programmer", "engineer",
			"programming", "engineering", "coder", "engineer", "rn", "nurse", "bookkeeper", "accountant", "cpa",
			"accountant");

	/* Words too general to make two titles the same kind of work. */
	private static final Set<String> GENERIC = Set.of("experience", "years", "professional", "including",
			"leading", "least", "them", "five", "leadership", "internships", "included", "relevant", "role",
			"development", "business", "representative", "specialist", "associate", "coordinator", "assistant",
			"officer", "team");

	private static String fieldOf(String yearsLine) {
		int in = yearsLine.toLowerCase(Locale.ROOT).indexOf(" in ");
		return (in >= 0) ? yearsLine.substring(in + 4) : "";
	}

	/**
	 * A crude stemmer, enough to equate "nursing" and "nurse", "accounting" and "accountant".
	 * @param word a lower-case word
	 * @return its stem
	 */
	public static String stem(String word) {
		String value = SYNONYMS.getOrDefault(word, word);
		boolean changed = true;
		while (changed) {
			changed = false;
			for (String suffix : new String[] { "ing", "ation", "ment", "ant", "ers", "er", "es", "s", "e" }) {
				if (value.endsWith(suffix) && value.length() - suffix.length() >= 4) {
					value = value.substring(0, value.length() - suffix.length());
					changed = true;
					break;
				}
			}
		}
		return value;
	}

}
