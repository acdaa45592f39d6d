package network.applicant.gpt.actions.resume.analysis;

import java.util.ArrayList;
import java.util.List;

import network.applicant.gpt.actions.resume.analysis.ExperienceSummary.Period;
import network.applicant.gpt.actions.resume.analysis.ExperienceSummary.RoleSpan;
import network.applicant.gpt.actions.resume.analysis.JobRequirements.YearsRequirement;

/**
 * Scores years of relevant experience against the years the job states: full marks at or
 * above the minimum, proportionally less below it. Dropped when the job states no years.
 */
public final class ExperienceScorer {

	/** Base weight of the category. */
	public static final int WEIGHT = 20;

	/**
	 * @param years what the job asks for, or {@code null}
	 * @param summary the experience computation
	 * @return the score and flags
	 */
	public Scored score(@org.jspecify.annotations.Nullable YearsRequirement years, ExperienceSummary summary) {
		if (years == null) {
			return Scored.dropped();
		}
		List<String> evidence = new ArrayList<>();
		List<Flag> flags = new ArrayList<>();
		evidence.add("Job asks for " + years.min() + ((years.max() != null) ? "–" + years.max() : "+")
				+ " years: \"" + years.source() + "\"");
		if (summary.roles().isEmpty()) {
			evidence.add("No dated roles found in the resume, so no experience could be counted.");
			if (years.min() > 0) {
				flags.add(Flag.warning("no_dated_roles",
						"No roles with dates were found; experience cannot be counted until each role has start and end dates."));
			}
			return new Scored(CategoryScore.of("experience", WEIGHT, (years.min() == 0) ? 100 : 0, evidence), flags);
		}
		for (RoleSpan role : summary.roles()) {
			evidence.add(role.title() + (role.employer().isEmpty() ? "" : ", " + role.employer()) + ": " + role.start()
					+ " to " + role.end() + " = " + role.months() + " months, "
					+ (role.relevant() ? "relevant (" + role.reason() + ")" : "not counted (" + role.reason() + ")"));
		}
		StringBuilder merged = new StringBuilder("Relevant periods after merging overlaps: ");
		List<String> periods = new ArrayList<>();
		for (Period period : summary.mergedPeriods()) {
			periods.add(period.start() + " to " + period.end() + " (" + period.months() + " months)");
		}
		merged.append(periods.isEmpty() ? "none" : String.join(", ", periods));
		merged.append(" = ").append(summary.relevantYears()).append(" years; weighted for recency (months over ")
			.append(ExperienceCalculator.RECENT_YEARS)
			.append(" years ago count half) = ")
			.append(summary.weightedRelevantYears())
			.append(" years; all roles together ")
			.append(summary.totalYears())
			.append(" years; education is never counted.");
		evidence.add(merged.toString());
		double score = (years.min() <= 0) ? 100 : 100 * Math.min(1.0, summary.weightedRelevantYears() / years.min());
		if (summary.weightedRelevantYears() < years.min()) {
			flags.add(Flag.warning("experience_short", "The job asks for " + years.min() + "+ years; the resume shows "
					+ summary.weightedRelevantYears() + " years of relevant experience (recency-weighted)."));
		}
		return new Scored(CategoryScore.of("experience", WEIGHT, score, evidence), flags);
	}

}
