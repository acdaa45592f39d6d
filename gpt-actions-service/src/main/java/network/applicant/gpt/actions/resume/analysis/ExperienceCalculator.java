package network.applicant.gpt.actions.resume.analysis;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import network.applicant.gpt.actions.resume.analysis.ExperienceSummary.Period;
import network.applicant.gpt.actions.resume.analysis.ExperienceSummary.RoleSpan;

/**
 * Computes years of experience from roles: overlapping and adjacent roles are merged so a
 * month counts once, only experience-section roles count (never education), a role is
 * relevant when its title shares a word with the job's title or field or its text names a
 * skill the job asks for, and months more than {@value #RECENT_YEARS} years ago count half.
 */
public final class ExperienceCalculator {

	/** Months older than this many years count at half weight. */
	public static final int RECENT_YEARS = 10;

	private final SkillDictionary dictionary;

	public ExperienceCalculator(SkillDictionary dictionary) {
		this.dictionary = dictionary;
	}

	/**
	 * @param roles the resume's roles
	 * @param requirements what the job asks for
	 * @param today the current month
	 * @return the computation
	 */
	public ExperienceSummary compute(List<Role> roles, JobRequirements requirements, YearMonth today) {
		Set<String> jobSkills = new HashSet<>();
		requirements.requiredSkills().forEach((r) -> r.alternatives().forEach((s) -> jobSkills.add(s.name())));
		requirements.preferredSkills().forEach((r) -> r.alternatives().forEach((s) -> jobSkills.add(s.name())));
		List<RoleSpan> spans = new ArrayList<>();
		List<Period> all = new ArrayList<>();
		List<Period> relevant = new ArrayList<>();
		for (Role role : roles) {
			if (role.start().isAfter(today)) {
				continue;
			}
			YearMonth end = role.endOr(today);
			int months = months(role.start(), end);
			String reason = relevance(role, requirements.relevanceTerms(), jobSkills);
			boolean isRelevant = reason != null;
			spans.add(new RoleSpan(role.title(), (role.employer() != null) ? role.employer() : "", role.start(), end,
					months, isRelevant, isRelevant ? reason : "no shared title words or job skills"));
			Period period = new Period(role.start(), end, months);
			all.add(period);
			if (isRelevant) {
				relevant.add(period);
			}
		}
		List<Period> mergedAll = merge(all);
		List<Period> mergedRelevant = merge(relevant);
		YearMonth recentFrom = today.minusYears(RECENT_YEARS);
		double weighted = 0;
		for (Period period : mergedRelevant) {
			int old = period.start().isBefore(recentFrom)
					? months(period.start(), period.end().isBefore(recentFrom) ? period.end() : recentFrom.minusMonths(1))
					: 0;
			weighted += (period.months() - old) + old * 0.5;
		}
		return new ExperienceSummary(spans, mergedRelevant, sum(mergedAll), sum(mergedRelevant),
				Math.round(weighted / 1.2) / 10.0);
	}

	private String relevance(Role role, List<String> terms, Set<String> jobSkills) {
		for (String word : role.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			if (word.length() > 2 && terms.contains(RequirementExtractor.stem(word))) {
				return "title shares \"" + word + "\" with the job";
			}
		}
		String text = role.title() + "\n" + String.join("\n", role.bullets());
		List<String> shared = this.dictionary.find(text)
			.stream()
			.map((m) -> m.skill().name())
			.filter(jobSkills::contains)
			.distinct()
			.toList();
		if (!shared.isEmpty()) {
			return "uses " + String.join(", ", shared.subList(0, Math.min(3, shared.size())));
		}
		return null;
	}

	/**
	 * Merges overlapping and adjacent periods.
	 * @param periods periods in any order
	 * @return disjoint periods in time order
	 */
	public static List<Period> merge(List<Period> periods) {
		List<Period> sorted = new ArrayList<>(periods);
		sorted.sort(Comparator.comparing(Period::start).thenComparing(Period::end));
		List<Period> merged = new ArrayList<>();
		for (Period period : sorted) {
			if (!merged.isEmpty()) {
				Period last = merged.get(merged.size() - 1);
				if (!period.start().isAfter(last.end().plusMonths(1))) {
					YearMonth end = period.end().isAfter(last.end()) ? period.end() : last.end();
					merged.set(merged.size() - 1, new Period(last.start(), end, months(last.start(), end)));
					continue;
				}
			}
			merged.add(period);
		}
		return merged;
	}

	static int months(YearMonth start, YearMonth end) {
		return (int) ChronoUnit.MONTHS.between(start, end) + 1;
	}

	private static int sum(List<Period> periods) {
		return periods.stream().mapToInt(Period::months).sum();
	}

}
