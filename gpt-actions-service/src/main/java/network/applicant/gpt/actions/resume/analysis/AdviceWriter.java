package network.applicant.gpt.actions.resume.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes at most three concrete suggestions from the analysis: the hardest problem first,
 * then what is missing, then what to highlight. Suggestions only ever point at what the
 * resume does or does not show; they never suggest claiming experience the candidate
 * does not have.
 */
public final class AdviceWriter {

	/** The most suggestions returned. */
	public static final int MAX = 3;

	/**
	 * @param flags the analysis flags
	 * @param matched the matched skills and credentials
	 * @param missingRequired missing required skills
	 * @param missingCredentials missing credentials
	 * @param summary the experience computation
	 * @param hasRoles whether the resume has dated roles
	 * @return up to three suggestions
	 */
	public List<String> write(List<Flag> flags, List<MatchedSkill> matched, List<String> missingRequired,
			List<String> missingCredentials, ExperienceSummary summary, boolean hasRoles) {
		List<String> advice = new ArrayList<>();
		for (Flag flag : flags) {
			if (flag.code().equals("relocation_required") || flag.code().equals("location_not_eligible")) {
				advice.add(flag.message() + " Apply only if that is possible for you, and say so in your application.");
			}
		}
		if (!missingCredentials.isEmpty()) {
			advice.add("The job requires " + String.join(" and ", missingCredentials)
					+ ", which your resume does not show. If you hold it, list it with its status (for example under"
					+ " certifications); if you do not, this is a must-have you would need first.");
		}
		if (!hasRoles) {
			advice.add("No roles with dates were found. List each role with its title, employer and dates"
					+ " (for example \"March 2019 – present\") so your experience can be counted.");
		}
		if (!missingRequired.isEmpty()) {
			List<String> top = missingRequired.subList(0, Math.min(3, missingRequired.size()));
			advice.add("The job requires " + String.join(", ", top) + ", which your resume does not mention. If you"
					+ " have used " + ((top.size() == 1) ? "it" : "them") + ", add a bullet under the role where you"
					+ " did, with what you achieved; if not, do not claim it, and point to related experience instead.");
		}
		List<String> listedOnly = matched.stream()
			.filter((m) -> m.support().equals("skills_list_only") && !m.kind().equals("credential"))
			.map(MatchedSkill::skill)
			.distinct()
			.toList();
		if (!listedOnly.isEmpty()) {
			List<String> top = listedOnly.subList(0, Math.min(3, listedOnly.size()));
			advice.add(String.join(", ", top) + ((top.size() == 1) ? " appears" : " appear")
					+ " only in your skills list. Add a bullet to the role where you used "
					+ ((top.size() == 1) ? "it" : "them") + ", with a result, so the experience is visible.");
		}
		flags.stream()
			.filter((f) -> f.code().equals("experience_short"))
			.findFirst()
			.ifPresent((f) -> advice.add(f.message() + " If you have more relevant work, add it with start and end"
					+ " dates (month and year); unrelated roles do not count towards it."));
		flags.stream()
			.filter((f) -> f.code().equals("overqualified"))
			.findFirst()
			.ifPresent((f) -> advice.add(f.message() + " If you apply, say briefly why this role fits your plans."));
		List<String> strengths = matched.stream()
			.filter((m) -> m.support().equals("experience") && m.kind().equals("required"))
			.map(MatchedSkill::skill)
			.distinct()
			.toList();
		if (!strengths.isEmpty()) {
			advice.add("Lead with your strongest matches for this job, "
					+ String.join(", ", strengths.subList(0, Math.min(3, strengths.size())))
					+ ": mention them in your summary so they are seen first.");
		}
		return List.copyOf(advice.subList(0, Math.min(MAX, advice.size())));
	}

}
