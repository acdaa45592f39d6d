package network.applicant.gpt.actions.resume.analysis;

/**
 * The parts of a resume that analysis tells apart.
 */
public enum Section {

	/** Lines before the first heading: name, contact details, headline. */
	HEADER,

	SUMMARY,

	EXPERIENCE,

	EDUCATION,

	SKILLS,

	CERTIFICATIONS,

	/** Any other titled part (projects, interests, languages...). */
	OTHER

}
