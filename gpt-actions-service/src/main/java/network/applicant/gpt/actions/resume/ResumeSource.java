package network.applicant.gpt.actions.resume;

/**
 * Where the analysed resume came from, in order of preference when a request gives several.
 */
enum ResumeSource {

	ATTACHED_FILE, RESUME_TEXT, STORED_RESUME;

	String value() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
