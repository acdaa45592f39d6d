package network.applicant.gpt.config.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import network.applicant.gpt.config.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox and relay against the real PostgreSQL, each test in a schema of its own.
 */
class AuditOutboxIntegrationTests {

	private final String schema = "outbox_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private JdbcTemplate jdbc;

	private DataSourceTransactionManager transactionManager;

	private final List<UUID> sent = new CopyOnWriteArrayList<>();

	private int relayRuns;

	@BeforeEach
	void createTable() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(PostgresTestDatabase.ensure("applicant_test_shared"));
		dataSource.setUser(PostgresTestDatabase.user());
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactionManager = new DataSourceTransactionManager(dataSource);
		this.jdbc.execute("CREATE SCHEMA " + this.schema);
		this.jdbc.execute("""
				CREATE TABLE %s.audit_outbox (
				    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
				    event_id uuid NOT NULL UNIQUE,
				    event_type text NOT NULL,
				    payload jsonb NOT NULL,
				    created_at timestamptz NOT NULL,
				    attempts integer NOT NULL DEFAULT 0,
				    next_attempt_at timestamptz NOT NULL DEFAULT now(),
				    last_error text,
				    delivered_at timestamptz
				)""".formatted(this.schema));
	}

	@AfterEach
	void dropSchema() {
		this.jdbc.execute("DROP SCHEMA " + this.schema + " CASCADE");
	}

	private AuditProperties.Outbox settings() {
		return settings(Duration.ofMillis(100), Duration.ofSeconds(5));
	}

	/** The first back-off after a failure is the poll interval, doubled per attempt up to the maximum. */
	private AuditProperties.Outbox settings(Duration pollInterval, Duration maxBackoff) {
		return new AuditProperties.Outbox(true, this.schema + ".audit_outbox", "auditEvents-out-0", pollInterval, 2,
				Duration.ofSeconds(1), maxBackoff);
	}

	private AuditOutbox outbox() {
		return new AuditOutbox(this.jdbc, new AuditEventCodec(), settings().table(), () -> this.relayRuns++);
	}

	private AuditOutboxRelay relay(AuditEventSender sender) {
		return new AuditOutboxRelay(this.jdbc, this.transactionManager, sender, settings());
	}

	private int count(String where) {
		Integer count = this.jdbc.queryForObject(
				"SELECT count(*) FROM " + this.schema + ".audit_outbox WHERE " + where, Integer.class);
		return (count != null) ? count : -1;
	}

	private static AuditEvent event() {
		return AuditEvent.builder("test.thing.happened", "shared-config-tests").build();
	}

	@Test
	void recordWhenTransactionRollsBackThenNoEventAndNoNudge() {
		TransactionTemplate tx = new TransactionTemplate(this.transactionManager);

		tx.executeWithoutResult((status) -> {
			outbox().record(event());
			status.setRollbackOnly();
		});

		assertThat(count("true")).isZero();
		assertThat(this.relayRuns).isZero();
	}

	@Test
	void recordWhenTransactionCommitsThenEventStoredAndRelayNudgedOnce() {
		TransactionTemplate tx = new TransactionTemplate(this.transactionManager);
		AuditEvent event = event();

		tx.executeWithoutResult((status) -> outbox().record(event));

		assertThat(this.jdbc.queryForObject("SELECT payload->>'type' FROM " + this.schema
				+ ".audit_outbox WHERE event_id = ?", String.class, event.eventId()))
			.isEqualTo("test.thing.happened");
		assertThat(this.relayRuns).isEqualTo(1);
	}

	@Test
	void relayOnceSendsPendingEventsInOrderAndMarksThemDelivered() {
		AuditEvent first = event();
		AuditEvent second = event();
		AuditEvent third = event();
		outbox().record(first);
		outbox().record(second);
		outbox().record(third);
		AuditOutboxRelay relay = relay((id, json) -> this.sent.add(id));

		assertThat(relay.relayOnce()).isEqualTo(2);
		assertThat(relay.relayOnce()).isEqualTo(1);
		assertThat(relay.relayOnce()).isZero();

		assertThat(this.sent).containsExactly(first.eventId(), second.eventId(), third.eventId());
		assertThat(count("delivered_at IS NOT NULL AND attempts = 1")).isEqualTo(3);
	}

	@Test
	void relayOnceWhenSenderFailsThenEventStaysWithBackoffAndReason() {
		outbox().record(event());
		outbox().record(event());
		// a back-off (30 s) that no pause of a loaded machine between the two passes outlasts
		AuditProperties.Outbox settings = settings(Duration.ofSeconds(30), Duration.ofMinutes(5));
		AuditOutboxRelay relay = new AuditOutboxRelay(this.jdbc, this.transactionManager, (id, json) -> {
			throw new java.net.ConnectException("refused");
		}, settings);

		assertThat(relay.relayOnce()).isZero();

		assertThat(count("delivered_at IS NULL")).isEqualTo(2);
		assertThat(count("attempts = 1 AND last_error = 'ConnectException' AND next_attempt_at > now() + interval '20 seconds'"))
			.as("only the first row was tried; the pass stops at the first failure").isEqualTo(1);
		assertThat(new AuditOutboxRelay(this.jdbc, this.transactionManager, (id, json) -> this.sent.add(id), settings)
			.relayOnce()).as("the failed row waits for its back-off, the untried one goes").isEqualTo(1);
	}

	@Test
	void relayOncePublishesTheBatchBeforeWaitingAndMarksOnlyConfirmedRowsDelivered() {
		AuditEvent first = event();
		AuditEvent second = event();
		outbox().record(first);
		outbox().record(second);
		List<String> calls = new ArrayList<>();
		AuditEventSender pipelining = new AuditEventSender() {
			@Override
			public void send(UUID eventId, byte[] json) {
				throw new AssertionError("the relay publishes, it does not send one by one");
			}

			@Override
			public Confirm publish(UUID eventId, byte[] json) {
				calls.add("publish " + eventId);
				return () -> {
					calls.add("await " + eventId);
					if (eventId.equals(first.eventId())) {
						throw new java.util.concurrent.TimeoutException("no confirm");
					}
				};
			}
		};

		assertThat(relay(pipelining).relayOnce()).isEqualTo(1);

		assertThat(calls).containsExactly("publish " + first.eventId(), "publish " + second.eventId(),
				"await " + first.eventId(), "await " + second.eventId());
		assertThat(count("delivered_at IS NOT NULL AND attempts = 1")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT last_error FROM " + this.schema
				+ ".audit_outbox WHERE event_id = ? AND delivered_at IS NULL AND attempts = 1", String.class,
				first.eventId()))
			.isEqualTo("TimeoutException");
	}

	@Test
	void concurrentRelaysNeverSendTheSameRowTwice() throws Exception {
		for (int i = 0; i < 40; i++) {
			outbox().record(event());
		}
		AuditEventSender slowSender = (id, json) -> {
			this.sent.add(id);
			Thread.onSpinWait();
		};
		AuditOutboxRelay one = relay(slowSender);
		AuditOutboxRelay two = relay(slowSender);
		Thread a = Thread.ofPlatform().start(() -> {
			while (one.relayOnce() > 0) {
				// keep draining
			}
		});
		Thread b = Thread.ofPlatform().start(() -> {
			while (two.relayOnce() > 0) {
				// keep draining
			}
		});
		a.join();
		b.join();
		while (one.relayOnce() > 0) {
			// a pass can end early while the other holds locks; finish the rest
		}

		assertThat(this.sent).hasSize(40).doesNotHaveDuplicates();
		assertThat(count("delivered_at IS NOT NULL")).isEqualTo(40);
	}

	@Test
	void backoffDoublesUpToTheMaximum() {
		AuditOutboxRelay relay = relay((id, json) -> {
		});

		assertThat(List.of(relay.backoff(1), relay.backoff(2), relay.backoff(3), relay.backoff(10)))
			.containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
					Duration.ofSeconds(5));
	}

	@Test
	void startedRelayDeliversAfterNudge() {
		AuditOutboxRelay relay = relay((id, json) -> this.sent.add(id));
		AuditOutbox outbox = new AuditOutbox(this.jdbc, new AuditEventCodec(), settings().table(), relay::nudge);
		relay.start();
		try {
			AuditEvent event = event();
			outbox.record(event);
			org.awaitility.Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(this.sent).contains(event.eventId()));
		}
		finally {
			relay.stop();
		}
		assertThat(relay.isRunning()).isFalse();
		assertThat(Map.of("delivered", count("delivered_at IS NOT NULL"))).containsEntry("delivered", 1);
	}

	@Test
	void recordWhenRequestAndTraceInContextThenEventCarriesThem() {
		AuditOutbox outbox = new AuditOutbox(this.jdbc, new AuditEventCodec(), settings().table(), () -> {
		}, new AuditEventContext() {
			@Override
			public String requestId() {
				return "req-context-1234";
			}

			@Override
			public String traceId() {
				return "4bf92f3577b34da6a3ce929d0e0e4736";
			}
		});
		AuditEvent event = event();

		outbox.record(event);

		Map<String, Object> stored = this.jdbc.queryForMap("SELECT payload->>'requestId' AS request_id,"
				+ " payload->>'traceId' AS trace_id FROM " + this.schema + ".audit_outbox WHERE event_id = ?",
				event.eventId());
		assertThat(stored).containsEntry("request_id", "req-context-1234")
			.containsEntry("trace_id", "4bf92f3577b34da6a3ce929d0e0e4736");
	}

	@Test
	void relayWithMetricsThenCountersAndBacklogGaugesMove() {
		io.micrometer.core.instrument.simple.SimpleMeterRegistry registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
		MicrometerAuditOutboxMetrics metrics = new MicrometerAuditOutboxMetrics(registry, "shared-config-tests");
		outbox().record(event());
		outbox().record(event());
		this.jdbc.update("UPDATE " + this.schema + ".audit_outbox SET created_at = now() - interval '90 seconds'");
		AuditOutboxRelay failing = new AuditOutboxRelay(this.jdbc, this.transactionManager, (id, json) -> {
			throw new java.net.ConnectException("refused");
		}, settings(), metrics);

		failing.relayOnce();
		failing.refreshBacklog();

		assertThat(registry.get(MicrometerAuditOutboxMetrics.FAILURES).tag("reason", "ConnectException").counter().count())
			.isEqualTo(1);
		assertThat(registry.get(MicrometerAuditOutboxMetrics.PENDING).tag("source", "shared-config-tests").gauge().value())
			.isEqualTo(2);
		assertThat(registry.get(MicrometerAuditOutboxMetrics.OLDEST_AGE).gauge().value()).isBetween(89.0, 300.0);

		this.jdbc.update("UPDATE " + this.schema + ".audit_outbox SET next_attempt_at = now()");
		AuditOutboxRelay working = new AuditOutboxRelay(this.jdbc, this.transactionManager,
				(id, json) -> this.sent.add(id), settings(), metrics);
		working.relayOnce();
		working.refreshBacklog();

		assertThat(registry.get(MicrometerAuditOutboxMetrics.DELIVERED).counter().count()).isEqualTo(2);
		assertThat(registry.get(MicrometerAuditOutboxMetrics.PENDING).gauge().value()).isZero();
		assertThat(registry.get(MicrometerAuditOutboxMetrics.OLDEST_AGE).gauge().value()).isZero();
	}

}
