package network.applicant.gpt.actions.jobs;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;

/**
 * A score multiplier that slightly favours recent postings: {@code 1 + weight * 0.5^(age /
 * halfLife)}, so a posting from today scores up to {@code weight} (15 %) more than an old
 * one and relevance still decides. Computed against a fixed {@code now}, so that every page
 * of a search scores alike.
 */
final class RecencyBoost extends DoubleValuesSource {

	static final double WEIGHT = 0.15;

	static final double HALF_LIFE_SECONDS = 14 * 86_400.0;

	private final String field;

	private final long nowEpochSecond;

	RecencyBoost(String field, long nowEpochSecond) {
		this.field = field;
		this.nowEpochSecond = nowEpochSecond;
	}

	static double factor(long postedEpochSecond, long nowEpochSecond) {
		double age = Math.max(0, nowEpochSecond - postedEpochSecond);
		return 1.0 + WEIGHT * Math.pow(0.5, age / HALF_LIFE_SECONDS);
	}

	@Override
	public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
		NumericDocValues posted = DocValues.getNumeric(context.reader(), this.field);
		return new DoubleValues() {

			private double value = 1.0;

			@Override
			public double doubleValue() {
				return this.value;
			}

			@Override
			public boolean advanceExact(int doc) throws IOException {
				this.value = posted.advanceExact(doc) ? factor(posted.longValue(), RecencyBoost.this.nowEpochSecond)
						: 1.0;
				return true;
			}

		};
	}

	@Override
	public boolean needsScores() {
		return false;
	}

	@Override
	public DoubleValuesSource rewrite(IndexSearcher searcher) {
		return this;
	}

	@Override
	public boolean isCacheable(LeafReaderContext context) {
		return DocValues.isCacheable(context, this.field);
	}

	@Override
	public Explanation explain(LeafReaderContext context, int docId, Explanation scoreExplanation) throws IOException {
		DoubleValues values = getValues(context, null);
		values.advanceExact(docId);
		return Explanation.match(values.doubleValue(), "recency boost");
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.field, this.nowEpochSecond);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RecencyBoost that && this.field.equals(that.field)
				&& this.nowEpochSecond == that.nowEpochSecond;
	}

	@Override
	public String toString() {
		return "recency(" + this.field + ", now=" + this.nowEpochSecond + ")";
	}

}
