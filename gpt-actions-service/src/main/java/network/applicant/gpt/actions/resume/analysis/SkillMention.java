package network.applicant.gpt.actions.resume.analysis;

/**
 * Where a skill was found in a text.
 *
 * @param skill the skill
 * @param matched the words that matched, as written
 * @param line the index of the line they are on
 */
public record SkillMention(Skill skill, String matched, int line) {
}
