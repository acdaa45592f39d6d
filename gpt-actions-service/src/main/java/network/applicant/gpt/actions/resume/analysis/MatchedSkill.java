package network.applicant.gpt.actions.resume.analysis;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A job skill found in the resume, with the resume text that matched.
 *
 * @param skill the canonical skill name found
 * @param requirement what the job asked for ("one of Java, Kotlin, Go")
 * @param kind {@code required}, {@code preferred} or {@code credential}
 * @param support {@code experience}, {@code summary}, {@code certification} or {@code skills_list_only}
 * @param section the resume section of the evidence
 * @param evidence the resume line that matched
 * @param role the role the evidence belongs to, when it is in the experience section
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MatchedSkill(String skill, String requirement, String kind, String support, String section,
		String evidence, @Nullable String role) {
}
