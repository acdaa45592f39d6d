package network.applicant.gpt.actions.resume.analysis;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a category scorer returns.
 *
 * @param category the score, or {@code null} when there is no data for the category (it is dropped)
 * @param flags flags the scorer raised
 */
public record Scored(@Nullable CategoryScore category, List<Flag> flags) {

	public Scored {
		flags = List.copyOf(flags);
	}

	static Scored dropped() {
		return new Scored(null, List.of());
	}

}
