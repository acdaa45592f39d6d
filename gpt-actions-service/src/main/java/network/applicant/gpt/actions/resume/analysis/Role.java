package network.applicant.gpt.actions.resume.analysis;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One position in a resume's experience.
 *
 * @param title the job title as written
 * @param employer the employer when the resume names it
 * @param start the first month
 * @param end the last month, or {@code null} for a current role ("to present")
 * @param bullets what the candidate did there, one entry per bullet
 * @param headerLine index of the line with the title
 * @param lastLine index of the last line of the role
 */
public record Role(String title, @Nullable String employer, YearMonth start, @Nullable YearMonth end,
		List<String> bullets, int headerLine, int lastLine) {

	public Role {
		bullets = List.copyOf(bullets);
	}

	/** @return whether the role is current */
	public boolean isCurrent() {
		return this.end == null;
	}

	/**
	 * @param today the current month
	 * @return the last month, {@code today} for a current role, never after {@code today}
	 */
	public YearMonth endOr(YearMonth today) {
		return (this.end == null || this.end.isAfter(today)) ? today : this.end;
	}

	/** @return whether a line index belongs to this role */
	boolean contains(int line) {
		return line >= this.headerLine && line <= this.lastLine;
	}

}
