package network.applicant.gpt.actions.jobs;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SalaryTextTests {

	@Test
	void formatWhenRangeThenSymbolsAndPeriod() {
		assertThat(SalaryText.format(new BigDecimal("120000.00"), new BigDecimal("150000"), "USD", "year"))
			.isEqualTo("$120,000–$150,000 a year");
		assertThat(SalaryText.format(new BigDecimal("38.50"), new BigDecimal("45.00"), "CAD", "hour"))
			.isEqualTo("CA$38.50–CA$45 an hour");
		assertThat(SalaryText.format(new BigDecimal("45000"), new BigDecimal("55000"), "GBP", "year"))
			.isEqualTo("£45,000–£55,000 a year");
		assertThat(SalaryText.format(new BigDecimal("3000"), new BigDecimal("3000"), "EUR", "month"))
			.isEqualTo("€3,000 a month");
	}

	@Test
	void formatWhenOneBoundThenFromOrUpTo() {
		assertThat(SalaryText.format(new BigDecimal("50000"), null, "AUD", "year")).isEqualTo("From A$50,000 a year");
		assertThat(SalaryText.format(null, new BigDecimal("90000"), "CHF", "year")).isEqualTo("Up to CHF 90,000 a year");
	}

	@Test
	void formatWhenNoSalaryThenNull() {
		assertThat(SalaryText.format(null, null, null, null)).isNull();
	}

	@Test
	void yearlyMaxConvertsPeriods() {
		assertThat(SalaryText.yearlyMax(new BigDecimal("30"), new BigDecimal("40"), "hour")).isEqualTo(83_200L);
		assertThat(SalaryText.yearlyMax(new BigDecimal("3000"), null, "month")).isEqualTo(36_000L);
		assertThat(SalaryText.yearlyMax(new BigDecimal("90000"), new BigDecimal("110000"), "year")).isEqualTo(110_000L);
		assertThat(SalaryText.yearlyMax(null, null, "year")).isNull();
	}

}
