package network.applicant.gpt.actions.resume;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import network.applicant.gpt.actions.resume.analysis.CategoryScore;
import network.applicant.gpt.actions.resume.analysis.ExperienceSummary;
import network.applicant.gpt.actions.resume.analysis.Flag;
import network.applicant.gpt.actions.resume.analysis.MatchedSkill;

/**
 * The answer of {@code analyzeResume}; see the module README for every member.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record AnalyzeResumeResponse(int fitScore, String fitBand, long jobId, String jobTitle, String resumeSource,
		List<CategoryScore> categories, List<MatchedSkill> matchedSkills, List<String> missingRequiredSkills,
		ExperienceSummary experience, List<Flag> flags, List<String> suggestions, List<String> notAssessed,
		boolean deterministic, @Nullable String narrative, String narrativeStatus, String about) {
}
