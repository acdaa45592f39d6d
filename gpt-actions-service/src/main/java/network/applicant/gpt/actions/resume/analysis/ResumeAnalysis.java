package network.applicant.gpt.actions.resume.analysis;

import java.util.List;

/**
 * The deterministic result of analysing one resume against one job.
 *
 * @param fitScore 0–100
 * @param fitBand {@code strong} (80+), {@code good} (60–79), {@code partial} (40–59) or {@code weak}
 * @param categories the scored categories with their effective weights
 * @param matchedSkills every job skill and credential found, with the resume text that matched
 * @param missingRequiredSkills required skills and credentials the resume does not show
 * @param experience the experience computation
 * @param flags must-have gaps and other warnings
 * @param suggestions at most three concrete suggestions
 * @param notAssessed required lines that cannot be judged from a resume
 */
public record ResumeAnalysis(int fitScore, String fitBand, List<CategoryScore> categories,
		List<MatchedSkill> matchedSkills, List<String> missingRequiredSkills, ExperienceSummary experience,
		List<Flag> flags, List<String> suggestions, List<String> notAssessed) {

	public ResumeAnalysis {
		categories = List.copyOf(categories);
		matchedSkills = List.copyOf(matchedSkills);
		missingRequiredSkills = List.copyOf(missingRequiredSkills);
		flags = List.copyOf(flags);
		suggestions = List.copyOf(suggestions);
		notAssessed = List.copyOf(notAssessed);
	}

	/**
	 * @param score a fit score
	 * @return its band
	 */
	public static String band(int score) {
		return (score >= 80) ? "strong" : (score >= 60) ? "good" : (score >= 40) ? "partial" : "weak";
	}

}
