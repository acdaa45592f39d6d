package network.applicant.gpt.actions.resume.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores whether the candidate can do the job from where they live.
 *
 * <ul>
 * <li>Remote, open anywhere: 100.</li>
 * <li>Remote, restricted to countries: 100 when the candidate lives in one of them, else 0
 * and a blocker (employers usually cannot hire there).</li>
 * <li>On-site or hybrid in another country: 0 and a blocker (relocation and a right to work
 * are needed).</li>
 * <li>On-site or hybrid in the candidate's country: 100 in the same city, otherwise 50 for
 * hybrid and 40 for on-site with a warning (commute or move).</li>
 * </ul>
 * Dropped when the candidate's country is unknown, unless the job is remote anywhere.
 */
public final class LocationScorer {

	/** Base weight of the category. */
	public static final int WEIGHT = 10;

	/**
	 * @param job the job
	 * @param candidate where the candidate lives
	 * @return the score and flags
	 */
	public Scored score(JobPosting job, CandidateLocation candidate) {
		String commute = job.commuteType().toLowerCase(Locale.ROOT);
		List<String> evidence = new ArrayList<>();
		List<Flag> flags = new ArrayList<>();
		String where = (candidate.country() != null)
				? ((candidate.city() != null) ? candidate.city() + ", " : "") + candidate.country() : "unknown";
		if (commute.equals("remote") && job.applicantCountries() == null) {
			evidence.add("Remote job open to candidates anywhere.");
			return new Scored(CategoryScore.of("location", WEIGHT, 100, evidence), flags);
		}
		if (candidate.country() == null) {
			return Scored.dropped();
		}
		evidence.add("Candidate profile location: " + where + ".");
		double score;
		if (commute.equals("remote")) {
			List<String> allowed = job.applicantCountries();
			evidence.add("Remote job restricted to candidates living in " + String.join(", ", allowed) + ".");
			if (allowed.contains(candidate.country())) {
				score = 100;
			}
			else {
				score = 0;
				flags.add(Flag.blocker("location_not_eligible", "This remote job only hires people living in "
						+ String.join(", ", allowed) + "; the profile says " + candidate.country() + "."));
			}
		}
		else {
			String place = ((job.city() != null) ? job.city() + ", " : "") + job.country();
			evidence.add(("hybrid".equals(commute) ? "Hybrid" : "On-site") + " job in " + place + ".");
			if (job.country() != null && !job.country().equals(candidate.country())) {
				score = 0;
				flags.add(Flag.blocker("relocation_required", "This " + commute + " job is in " + place
						+ " and the profile says " + candidate.country()
						+ ": it needs relocation and the right to work there."));
			}
			else if (job.city() == null || candidate.city() == null
					|| job.city().equalsIgnoreCase(candidate.city())) {
				score = 100;
			}
			else {
				score = commute.equals("hybrid") ? 50 : 40;
				flags.add(Flag.warning("commute_or_move", "This " + commute + " job is in " + job.city()
						+ "; the profile says " + candidate.city() + ". Check the commute or be ready to move."));
			}
		}
		return new Scored(CategoryScore.of("location", WEIGHT, score, evidence), flags);
	}

}
