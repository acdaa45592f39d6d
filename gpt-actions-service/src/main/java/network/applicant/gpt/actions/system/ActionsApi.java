package network.applicant.gpt.actions.system;

/**
 * Paths of the public Actions API.
 */
public final class ActionsApi {

	/** Every action lives under this prefix. */
	public static final String PREFIX = "/api/v1/gpt";

	private ActionsApi() {
	}

}
