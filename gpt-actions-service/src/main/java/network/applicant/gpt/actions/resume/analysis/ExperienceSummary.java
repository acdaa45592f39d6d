package network.applicant.gpt.actions.resume.analysis;

import java.time.YearMonth;
import java.util.List;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Years of experience as computed from a resume's roles, with the working shown.
 *
 * @param roles every dated role, with whether it counts as relevant
 * @param mergedPeriods the relevant roles' periods with overlaps merged
 * @param totalMonths months covered by any role, overlaps counted once
 * @param relevantMonths months covered by relevant roles, overlaps counted once
 * @param weightedRelevantYears relevant years with months older than {@value ExperienceCalculator#RECENT_YEARS}
 *        years counted at half weight
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExperienceSummary(List<RoleSpan> roles, List<Period> mergedPeriods, int totalMonths, int relevantMonths,
		double weightedRelevantYears) {

	public ExperienceSummary {
		roles = List.copyOf(roles);
		mergedPeriods = List.copyOf(mergedPeriods);
	}

	/** @return total years, one decimal */
	public double totalYears() {
		return Math.round(this.totalMonths / 1.2) / 10.0;
	}

	/** @return relevant years, one decimal */
	public double relevantYears() {
		return Math.round(this.relevantMonths / 1.2) / 10.0;
	}

	/**
	 * @param title the role's title
	 * @param employer the employer, or empty
	 * @param start first month
	 * @param end last month counted (the current month for a current role)
	 * @param months months in the role
	 * @param relevant whether it counts towards the job
	 * @param reason why it is relevant or not
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record RoleSpan(String title, String employer, YearMonth start, YearMonth end, int months, boolean relevant,
			String reason) {
	}

	/**
	 * @param start first month
	 * @param end last month
	 * @param months months, both ends included
	 */
	public record Period(YearMonth start, YearMonth end, int months) {
	}

}
