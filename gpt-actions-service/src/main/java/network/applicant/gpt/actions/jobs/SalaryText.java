package network.applicant.gpt.actions.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Salary ranges as people write them, and as yearly amounts for the {@code salary_min}
 * filter.
 *
 * <pre>{@code
 * SalaryText.format(new BigDecimal("120000"), new BigDecimal("150000"), "USD", "year"); // "$120,000–$150,000 a year"
 * }</pre>
 */
final class SalaryText {

	private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "GBP", "£", "EUR", "€", "CAD", "CA$",
			"AUD", "A$", "NZD", "NZ$", "JPY", "¥", "INR", "₹");

	private static final Map<String, String> PER = Map.of("hour", "an hour", "day", "a day", "week", "a week",
			"month", "a month", "year", "a year");

	/** Working hours, days, weeks and months in a year, for converting pay to a yearly amount. */
	private static final Map<String, Integer> PER_YEAR = Map.of("hour", 2080, "day", 260, "week", 52, "month", 12,
			"year", 1);

	private SalaryText() {
	}

	/**
	 * @param min the lower bound, or null
	 * @param max the upper bound, or null
	 * @param currency ISO 4217 code (required when a bound is present)
	 * @param period hour, day, week, month or year
	 * @return e.g. {@code "£45,000–£55,000 a year"}, {@code "From $30 an hour"}, or null
	 * when no salary is published
	 */
	static @Nullable String format(@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String currency,
			@Nullable String period) {
		if ((min == null && max == null) || currency == null) {
			return null;
		}
		String per = (period != null) ? " " + PER.getOrDefault(period, "per " + period) : "";
		if (min != null && max != null) {
			if (min.compareTo(max) == 0) {
				return amount(min, currency) + per;
			}
			return amount(min, currency) + "–" + amount(max, currency) + per;
		}
		return (min != null) ? "From " + amount(min, currency) + per : "Up to " + amount(max, currency) + per;
	}

	/**
	 * @return the most the job pays in a year (the upper bound, else the lower), rounded
	 * down, or null when no salary is published or the period is unknown
	 */
	static @Nullable Long yearlyMax(@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String period) {
		BigDecimal top = (max != null) ? max : min;
		Integer factor = (period != null) ? PER_YEAR.get(period) : null;
		if (top == null || factor == null) {
			return null;
		}
		return top.multiply(BigDecimal.valueOf(factor)).setScale(0, RoundingMode.DOWN).longValueExact();
	}

	private static String amount(BigDecimal value, String currency) {
		DecimalFormat format = new DecimalFormat(
				(value.stripTrailingZeros().scale() <= 0) ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		String number = format.format(value);
		String symbol = SYMBOLS.get(currency);
		return (symbol != null) ? symbol + number : currency + " " + number;
	}

}
