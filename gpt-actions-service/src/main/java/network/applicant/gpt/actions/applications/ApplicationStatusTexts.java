package network.applicant.gpt.actions.applications;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What each application status means to a candidate: a short label, an explanation and the
 * next step, when there is one.
 *
 * <pre>{@code
 * ApplicationStatusTexts.of("under_review").label(); // "Under review"
 * }</pre>
 */
final class ApplicationStatusTexts {

	/**
	 * @param label a few words, e.g. "Under review"
	 * @param explanation one sentence on what happened
	 * @param nextStep what the candidate can do or expect next, or null when nothing
	 */
	record Texts(String label, String explanation, @Nullable String nextStep) {
	}

	private static final Map<String, Texts> TEXTS = Map.of(
			"submitted", new Texts("Submitted",
					"Your application was sent to the employer and is waiting to be reviewed.",
					"Nothing to do for now; the employer usually reviews applications within two weeks."),
			"under_review", new Texts("Under review",
					"Under review — the employer has opened your application and is considering it.",
					"Nothing to do for now; the employer will contact you by e-mail if they want to move forward."),
			"interviewing", new Texts("Interviewing",
					"The employer has invited you to interview or is arranging interviews.",
					"Watch your e-mail for interview details and prepare for the conversation."),
			"offer", new Texts("Offer received", "The employer has made you a job offer.",
					"Review the offer and reply to the employer before their deadline."),
			"hired", new Texts("Hired", "You accepted the offer and have been hired.", null),
			"rejected", new Texts("Not selected",
					"The employer decided not to move forward with your application.",
					"Search for similar jobs; this does not stop you from applying to the employer's other jobs."),
			"withdrawn", new Texts("Withdrawn", "You withdrew this application; the employer no longer considers it.",
					null));

	private ApplicationStatusTexts() {
	}

	/**
	 * @param status the stored status
	 * @return its texts; an unknown status gets a neutral label made from its name
	 */
	static Texts of(String status) {
		Texts texts = TEXTS.get(status);
		if (texts != null) {
			return texts;
		}
		String label = status.isEmpty() ? "Unknown"
				: Character.toUpperCase(status.charAt(0)) + status.substring(1).replace('_', ' ');
		return new Texts(label, "The application's status is '" + label + "'.", null);
	}

}
