package network.applicant.gpt.actions.resume;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import network.applicant.gpt.actions.resume.analysis.CandidateLocation;
import network.applicant.gpt.actions.resume.analysis.JobPosting;

/**
 * Reads what resume analysis needs from the platform tables: the job with its requirement
 * lines, the candidate's location and the candidate's current stored resume. Read-only.
 */
class ResumeDao {

	private static final String JOB = """
			SELECT j.id, j.title, j.description, j.job_level, j.commute_type, j.city, j.country,
			       j.applicant_countries, j.status
			FROM platform.jobs j
			WHERE j.id = :id
			""";

	private static final String REQUIREMENTS = """
			SELECT kind, text FROM platform.job_requirements WHERE job_id = :id ORDER BY position
			""";

	private static final String CANDIDATE = "SELECT city, country FROM platform.candidates WHERE id = :id";

	private static final String CURRENT_RESUME = """
			SELECT plain_text FROM platform.resumes WHERE candidate_id = :candidate AND is_current
			""";

	private final Jdbi jdbi;

	ResumeDao(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/** A job and whether it still takes applications. */
	record Job(JobPosting posting, boolean open) {
	}

	Optional<Job> job(long id) {
		return this.jdbi.withHandle((handle) -> {
			List<JobPosting.Requirement> requirements = handle.createQuery(REQUIREMENTS)
				.bind("id", id)
				.map((rs, ctx) -> new JobPosting.Requirement("required".equals(rs.getString("kind")), rs.getString("text")))
				.list();
			return handle.createQuery(JOB)
				.bind("id", id)
				.map((rs, ctx) -> new Job(new JobPosting(rs.getLong("id"), rs.getString("title"),
						rs.getString("description"), rs.getString("job_level"), rs.getString("commute_type"),
						rs.getString("city"), rs.getString("country"), strings(rs.getArray("applicant_countries")),
						requirements), "open".equals(rs.getString("status"))))
				.findOne();
		});
	}

	CandidateLocation location(String candidateId) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(CANDIDATE)
			.bind("id", candidateId)
			.map((rs, ctx) -> new CandidateLocation(rs.getString("city"), rs.getString("country")))
			.findOne()
			.orElse(CandidateLocation.unknown()));
	}

	/**
	 * @param candidateId the caller's candidate id; the only candidate whose resume is ever read
	 * @return the candidate's current resume text
	 */
	Optional<String> currentResume(String candidateId) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(CURRENT_RESUME)
			.bind("candidate", candidateId)
			.mapTo(String.class)
			.findOne());
	}

	private static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return null;
		}
		return Arrays.asList((String[]) array.getArray());
	}

}
