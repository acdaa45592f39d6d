package network.applicant.gpt.actions.resume.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Scores how the candidate's level compares with the job's level, penalising both under-
 * and over-qualification (over less). The candidate's level is the higher of what the
 * most recent title says ("Senior", "Lead", "Director") and what total years suggest
 * (years alone never make anyone lead or executive). Dropped when the resume has no roles.
 */
public final class SeniorityScorer {

	/** Base weight of the category. */
	public static final int WEIGHT = 10;

	/** The job levels in order. */
	public static final List<String> LEVELS = List.of("intern", "entry", "mid", "senior", "lead", "executive");

	/** How each level reads in a sentence, with its article. */
	private static final List<String> LEVEL_PHRASES = List.of("an internship", "an entry-level job", "a mid-level job",
			"a senior job", "a lead job", "an executive job");

	private static final Pattern EXECUTIVE = Pattern.compile(
			"(?i)\\b(?:director|vp|vice president|chief|cto|cfo|ceo|coo|cmo|head of|president|founder|partner)\\b");

	private static final Pattern LEAD = Pattern.compile(
			"(?i)\\b(?:lead|principal|manager|supervisor|charge nurse|team leader|staff engineer|architect)\\b");

	private static final Pattern SENIOR = Pattern.compile("(?i)\\b(?:senior|sr\\.?|band 6|band 7|experienced)\\b");

	private static final Pattern ENTRY = Pattern.compile(
			"(?i)\\b(?:junior|jr\\.?|graduate|assistant|associate|apprentice|newly qualified|trainee|band 5)\\b");

	private static final Pattern INTERN = Pattern.compile("(?i)\\b(?:intern|internship|placement|student)\\b");

	/**
	 * @param jobLevel the job's level
	 * @param roles the resume's roles
	 * @param summary the experience computation
	 * @param today the current month
	 * @return the score and flags
	 */
	public Scored score(String jobLevel, List<Role> roles, ExperienceSummary summary, YearMonth today) {
		int job = LEVELS.indexOf(jobLevel.toLowerCase(Locale.ROOT));
		if (job < 0 || roles.isEmpty()) {
			return Scored.dropped();
		}
		Role recent = roles.stream()
			.max(Comparator.comparing((Role r) -> r.endOr(today)).thenComparing(Role::start))
			.orElseThrow();
		int byTitle = titleLevel(recent.title());
		double years = summary.totalYears();
		int byYears = (years < 1) ? 1 : (years < 3) ? 1 : (years < 6) ? 2 : 3;
		int candidate = Math.max(byTitle, byYears);
		List<String> evidence = new ArrayList<>();
		evidence.add("Job level: " + LEVELS.get(job) + ".");
		evidence.add("Candidate level: " + LEVELS.get(candidate) + " (most recent title \"" + recent.title() + "\" reads as "
				+ LEVELS.get(byTitle) + "; " + years + " years in all roles reads as " + LEVELS.get(byYears) + ").");
		int difference = candidate - job;
		double score = switch (Math.abs(difference)) {
			case 0 -> 100;
			case 1 -> (difference > 0) ? 75 : 65;
			case 2 -> (difference > 0) ? 40 : 30;
			default -> (difference > 0) ? 15 : 5;
		};
		List<Flag> flags = new ArrayList<>();
		if (difference <= -2) {
			flags.add(Flag.warning("underqualified", "This is " + LEVEL_PHRASES.get(job) + "; the resume reads as "
					+ LEVELS.get(candidate) + " level."));
		}
		else if (difference >= 2) {
			flags.add(Flag.warning("overqualified", "This is " + LEVEL_PHRASES.get(job) + "; the resume reads as "
					+ LEVELS.get(candidate) + " level, which employers may see as overqualified."));
		}
		return new Scored(CategoryScore.of("seniority", WEIGHT, score, evidence), flags);
	}

	static int titleLevel(String title) {
		if (EXECUTIVE.matcher(title).find()) {
			return 5;
		}
		if (LEAD.matcher(title).find()) {
			return 4;
		}
		if (SENIOR.matcher(title).find()) {
			return 3;
		}
		if (INTERN.matcher(title).find()) {
			return 0;
		}
		if (ENTRY.matcher(title).find()) {
			return 1;
		}
		return 2;
	}

}
