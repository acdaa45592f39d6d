package network.applicant.gpt.actions.resume.analysis;

import org.jspecify.annotations.Nullable;

/**
 * Where the candidate lives, from their profile.
 *
 * @param city the city, if known
 * @param country ISO 3166-1 alpha-2 country, if known
 */
public record CandidateLocation(@Nullable String city, @Nullable String country) {

	/** @return an unknown location */
	public static CandidateLocation unknown() {
		return new CandidateLocation(null, null);
	}

}
