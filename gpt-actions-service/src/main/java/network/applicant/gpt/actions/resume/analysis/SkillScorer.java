package network.applicant.gpt.actions.resume.analysis;

import java.util.ArrayList;
import java.util.List;

import network.applicant.gpt.actions.resume.analysis.JobRequirements.SkillRequirement;

/**
 * Scores required or preferred skills: the average credit of the job's skill requirements
 * (1 when used in a role, 0.8 in the summary, 0.4 when only listed, 0 when absent).
 */
public final class SkillScorer {

	/** Base weight of required skills, well above preferred ones. */
	public static final int REQUIRED_WEIGHT = 40;

	/** Base weight of preferred skills. */
	public static final int PREFERRED_WEIGHT = 10;

	/**
	 * The outcome for one kind of skills.
	 * @param category the score, or {@code null} when the job names no such skills
	 * @param matched the requirements met
	 * @param missing the requirements not met, as labels
	 */
	public record Result(CategoryScore category, List<MatchedSkill> matched, List<String> missing) {
	}

	/**
	 * @param requirements the job's required or preferred skills
	 * @param required whether they are required
	 * @param evidence the resume's skill evidence
	 * @return the result; its category is {@code null} when there is nothing to score
	 */
	public @org.jspecify.annotations.Nullable Result score(List<SkillRequirement> requirements, boolean required,
			SkillEvidence evidence) {
		if (requirements.isEmpty()) {
			return null;
		}
		String kind = required ? "required" : "preferred";
		List<MatchedSkill> matched = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		double credit = 0;
		for (SkillRequirement requirement : requirements) {
			SkillEvidence.Match match = evidence.best(requirement, kind);
			if (match == null) {
				missing.add(requirement.label());
				lines.add("Missing: " + requirement.label() + " (job: \"" + requirement.source() + "\")");
				continue;
			}
			credit += match.credit();
			matched.add(match.match());
			lines.add(match.match().skill() + " (" + match.match().support().replace('_', ' ') + "): \""
					+ match.match().evidence() + "\"");
		}
		double score = 100 * credit / requirements.size();
		lines.add(0, matched.size() + " of " + requirements.size() + " " + kind + " skills found; skills only listed count "
				+ Math.round(SkillEvidence.LISTED_CREDIT * 100) + "%, skills shown in a role count 100%");
		return new Result(CategoryScore.of(required ? "required_skills" : "preferred_skills",
				required ? REQUIRED_WEIGHT : PREFERRED_WEIGHT, score, lines), matched, missing);
	}

}
