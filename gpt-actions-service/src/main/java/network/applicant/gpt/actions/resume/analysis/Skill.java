package network.applicant.gpt.actions.resume.analysis;

import java.util.Set;

/**
 * A skill, tool or credential of the {@link SkillDictionary}, known by its canonical name.
 *
 * @param name the canonical name shown to candidates ("PostgreSQL", "Registered Nurse")
 * @param category a coarse category ({@code language}, {@code database}, {@code credential}, ...)
 * @param implies canonical names of skills that holding this one demonstrates (ALS implies BLS)
 */
public record Skill(String name, String category, Set<String> implies) {

	/** The category of licences, registrations and certifications. */
	public static final String CREDENTIAL = "credential";

	public Skill {
		implies = Set.copyOf(implies);
	}

	/** @return whether this is a licence, registration or certification */
	public boolean isCredential() {
		return CREDENTIAL.equals(this.category);
	}

}
