package network.applicant.gpt.actions.jobs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A validated {@code searchJobs} request, without the page position.
 *
 * @param keywords free text, or null
 * @param location a city, region or country, or null
 * @param commuteType remote, hybrid or onsite, or null
 * @param jobLevel intern … executive, or null
 * @param salaryMin the least yearly pay, or null
 * @param postedWithinDays posted at most this many days ago (1–365), or null
 */
record JobSearchCriteria(@Nullable String keywords, @Nullable String location, @Nullable String commuteType,
		@Nullable String jobLevel, @Nullable Long salaryMin, @Nullable Integer postedWithinDays) {

	static JobSearchCriteria keywords(String keywords) {
		return new JobSearchCriteria(keywords, null, null, null, null, null);
	}

	JobSearchCriteria withKeywords(@Nullable String keywords) {
		return new JobSearchCriteria(keywords, this.location, this.commuteType, this.jobLevel, this.salaryMin,
				this.postedWithinDays);
	}

	JobSearchCriteria withLocation(@Nullable String location) {
		return new JobSearchCriteria(this.keywords, location, this.commuteType, this.jobLevel, this.salaryMin,
				this.postedWithinDays);
	}

	JobSearchCriteria withCommuteType(@Nullable String commuteType) {
		return new JobSearchCriteria(this.keywords, this.location, commuteType, this.jobLevel, this.salaryMin,
				this.postedWithinDays);
	}

	JobSearchCriteria withJobLevel(@Nullable String jobLevel) {
		return new JobSearchCriteria(this.keywords, this.location, this.commuteType, jobLevel, this.salaryMin,
				this.postedWithinDays);
	}

	JobSearchCriteria withSalaryMin(@Nullable Long salaryMin) {
		return new JobSearchCriteria(this.keywords, this.location, this.commuteType, this.jobLevel, salaryMin,
				this.postedWithinDays);
	}

	JobSearchCriteria withPostedWithinDays(@Nullable Integer postedWithinDays) {
		return new JobSearchCriteria(this.keywords, this.location, this.commuteType, this.jobLevel, this.salaryMin,
				postedWithinDays);
	}

	/** @return 8 bytes that identify the search, so that a cursor only continues the search it came from */
	byte[] fingerprint() {
		String canonical = String.join("\u0000", String.valueOf(normalise(this.keywords)),
				String.valueOf(normalise(this.location)), String.valueOf(this.commuteType),
				String.valueOf(this.jobLevel), String.valueOf(this.salaryMin), String.valueOf(this.postedWithinDays));
		try {
			return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)),
					8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable String normalise(@Nullable String text) {
		return (text != null) ? Places.normalise(text) : null;
	}

}
