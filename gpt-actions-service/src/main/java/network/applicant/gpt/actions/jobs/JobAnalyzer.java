package network.applicant.gpt.actions.jobs;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of every full-text field of the job index and of the query words: standard
 * tokenisation, lower case, accents folded, English possessives removed and KStem
 * stemming ("nurses" meets "nurse"). KStem rather than Porter: Porter turns "accountant"
 * into "account", so a search for accountants found account executives. No stop words: BM25 already gives
 * common words little weight and phrases keep their positions.
 */
final class JobAnalyzer extends Analyzer {

	private final boolean stem;

	/** The analyzer of the full-text fields: with stemming. */
	JobAnalyzer() {
		this(true);
	}

	/**
	 * @param stem false for the spelling field, which keeps words as written so that a
	 * misspelt word can be corrected to a real one
	 */
	JobAnalyzer(boolean stem) {
		this.stem = stem;
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(tokenizer);
		stream = new ASCIIFoldingFilter(stream);
		stream = new EnglishPossessiveFilter(stream);
		if (this.stem) {
			stream = new KStemFilter(stream);
		}
		return new TokenStreamComponents(tokenizer, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

}
