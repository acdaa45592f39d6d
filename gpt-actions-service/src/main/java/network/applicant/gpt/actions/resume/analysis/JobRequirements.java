package network.applicant.gpt.actions.resume.analysis;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a job asks for, read from its requirement lines and description.
 *
 * @param requiredSkills must-have skills
 * @param preferredSkills nice-to-have skills
 * @param credentials licences, registrations and certifications the job requires
 * @param education a stated degree requirement, or {@code null}
 * @param years the stated years of experience, or {@code null}
 * @param unassessed required lines no rule can check from a resume ("able to work nights")
 * @param relevanceTerms stemmed words of the job's title and field that make a role relevant
 */
public record JobRequirements(List<SkillRequirement> requiredSkills, List<SkillRequirement> preferredSkills,
		List<SkillRequirement> credentials, @Nullable String education, @Nullable YearsRequirement years,
		List<String> unassessed, List<String> relevanceTerms) {

	public JobRequirements {
		requiredSkills = List.copyOf(requiredSkills);
		preferredSkills = List.copyOf(preferredSkills);
		credentials = List.copyOf(credentials);
		unassessed = List.copyOf(unassessed);
		relevanceTerms = List.copyOf(relevanceTerms);
	}

	/**
	 * A skill the job asks for; any one of the alternatives satisfies it ("Java, Kotlin or Go").
	 * @param alternatives the skills that satisfy it, at least one
	 * @param source the requirement line it came from
	 */
	public record SkillRequirement(List<Skill> alternatives, String source) {

		public SkillRequirement {
			alternatives = List.copyOf(alternatives);
		}

		/** @return how it reads to a candidate: "Kubernetes" or "one of Java, Kotlin, Go" */
		public String label() {
			if (this.alternatives.size() == 1) {
				return this.alternatives.get(0).name();
			}
			return "one of " + String.join(", ", this.alternatives.stream().map(Skill::name).toList());
		}
	}

	/**
	 * @param min the minimum years
	 * @param max the maximum years for a junior range ("0–2 years"), or {@code null}
	 * @param source the line it came from
	 */
	public record YearsRequirement(int min, @Nullable Integer max, String source) {
	}

}
