package network.applicant.gpt.actions.resume.analysis;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One category of the fit score.
 *
 * @param name the category ({@code required_skills}, {@code experience}, ...)
 * @param score 0–100
 * @param weight the category's share of the fit score after categories without data were dropped (0–1)
 * @param evidence what the score rests on, in plain words
 * @param baseWeight the weight before re-weighting
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CategoryScore(String name, int score, double weight, List<String> evidence,
		@JsonIgnore int baseWeight) {

	public CategoryScore {
		evidence = List.copyOf(evidence);
	}

	static CategoryScore of(String name, int baseWeight, double score, List<String> evidence) {
		return new CategoryScore(name, (int) Math.round(Math.max(0, Math.min(100, score))), 0, evidence, baseWeight);
	}

	CategoryScore withWeight(double weight) {
		return new CategoryScore(this.name, this.score, weight, this.evidence, this.baseWeight);
	}

}
