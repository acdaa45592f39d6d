package network.applicant.gpt.actions.jobs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.actions.ActionsHttp;
import network.applicant.gpt.actions.ActionsIntegrationTestSupport;

/**
 * The running service with an HTTP client and {@link TestJobRows} for jobs of a test's own,
 * removed after each test: what the job search, details and index tests share.
 */
abstract class JobRowsIntegrationTestSupport extends ActionsIntegrationTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobIndexUpdates index;

	ActionsHttp http;

	TestJobRows rows;

	@BeforeEach
	void createHttpAndRows() {
		this.http = new ActionsHttp(this.port);
		this.rows = new TestJobRows(this.jdbc, this.index);
	}

	@AfterEach
	void deleteRows() {
		this.rows.deleteAll();
	}

}
