package network.applicant.gpt.actions.resume.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import network.applicant.gpt.actions.resume.analysis.JobRequirements.SkillRequirement;

/**
 * Scores the licences, registrations, certifications and degree a job requires: the share
 * that the resume shows. Each one missing is a blocker flag. Dropped when the job states none.
 */
public final class CredentialScorer {

	/** Base weight of the category. */
	public static final int WEIGHT = 15;

	private static final Pattern DEGREE = Pattern.compile(
			"(?i)\\b(?:bsc|ba|b\\.a\\.|bs|msc|ma|mba|phd|beng|meng|bcom|bachelor|master|degree|diploma|doctorate|studying|student)\\b");

	/**
	 * The outcome.
	 * @param scored the score and flags
	 * @param matched the credentials found
	 * @param missing the credentials not found
	 */
	public record Result(Scored scored, List<MatchedSkill> matched, List<String> missing) {
	}

	/**
	 * @param requirements what the job asks for
	 * @param resume the parsed resume
	 * @param evidence the resume's skill evidence
	 * @return the result
	 */
	public Result score(JobRequirements requirements, ParsedResume resume, SkillEvidence evidence) {
		int needed = requirements.credentials().size() + ((requirements.education() != null) ? 1 : 0);
		if (needed == 0) {
			return new Result(Scored.dropped(), List.of(), List.of());
		}
		List<String> lines = new ArrayList<>();
		List<Flag> flags = new ArrayList<>();
		List<MatchedSkill> matched = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		int met = 0;
		for (SkillRequirement credential : requirements.credentials()) {
			SkillEvidence.Match match = evidence.best(credential, "credential");
			if (match != null) {
				met++;
				matched.add(match.match());
				lines.add(match.match().skill() + ": \"" + match.match().evidence() + "\"");
			}
			else {
				missing.add(credential.label());
				lines.add("Missing: " + credential.label() + " (job: \"" + credential.source() + "\")");
				flags.add(Flag.blocker("credential_missing", "The job requires " + credential.label()
						+ "; the resume does not show it."));
			}
		}
		if (requirements.education() != null) {
			String degree = resume.linesOf(Section.EDUCATION)
				.stream()
				.filter((line) -> DEGREE.matcher(line).find())
				.findFirst()
				.orElse(null);
			if (degree == null) {
				degree = resume.lines().stream().filter((line) -> DEGREE.matcher(line).find()).findFirst().orElse(null);
			}
			if (degree != null) {
				met++;
				lines.add("Education: \"" + SkillEvidence.snippet(degree) + "\" (job: \"" + requirements.education() + "\")");
			}
			else {
				missing.add("the stated education");
				lines.add("Missing: education (job: \"" + requirements.education() + "\")");
				flags.add(Flag.warning("education_not_shown", "The job states an education requirement (\""
						+ requirements.education() + "\"); the resume shows no degree or studies."));
			}
		}
		lines.add(0, met + " of " + needed + " required credentials shown");
		return new Result(new Scored(CategoryScore.of("credentials", WEIGHT, 100.0 * met / needed, lines), flags), matched,
				missing);
	}

}
