package network.applicant.gpt.actions.resume.document;

/**
 * A document that yields no usable text: scanned or image-only, corrupt, encrypted, or of
 * a kind we cannot read. The message is safe to show and says what to do.
 */
public class UnreadableDocumentException extends RuntimeException {

	public UnreadableDocumentException(String message) {
		super(message, null, false, false);
	}

}
