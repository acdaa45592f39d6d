package network.applicant.gpt.config.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL that tests run against: creates a per-module test database on
 * first use, so that {@code ./mvnw verify} needs nothing but a running server.
 *
 * <p>Host, port and user come from {@code PGHOST}, {@code PGPORT} and {@code PGUSER}
 * (defaults {@code 127.0.0.1}, {@code 5432}, {@code postgres}); the server is expected
 * to trust local connections, as it does on developer and CI machines.
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void database(DynamicPropertyRegistry registry) {
 *     PostgresTestDatabase.register(registry, "applicant_test_oauth");
 * }
 * }</pre>
 */
public final class PostgresTestDatabase {

	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private static final ConcurrentMap<String, String> URLS = new ConcurrentHashMap<>();

	private PostgresTestDatabase() {
	}

	/** @return the user tests connect as */
	public static String user() {
		return env("PGUSER", "postgres");
	}

	/**
	 * @param database the database name
	 * @return its JDBC URL, after creating the database if it did not exist
	 */
	public static String ensure(String database) {
		if (!NAME.matcher(database).matches()) {
			throw new IllegalArgumentException("not a database name: " + database);
		}
		return URLS.computeIfAbsent(database, PostgresTestDatabase::create);
	}

	/**
	 * Points Spring's data source at the given test database.
	 * @param registry the test's dynamic property registry
	 * @param database the database name
	 */
	public static void register(DynamicPropertyRegistry registry, String database) {
		String url = ensure(database);
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", PostgresTestDatabase::user);
		registry.add("spring.datasource.password", () -> "");
	}

	/**
	 * @param database an existing test database
	 * @return an open connection to it
	 * @throws SQLException if the server cannot be reached
	 */
	public static Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(ensure(database), user(), "");
	}

	private static String create(String database) {
		String base = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/";
		try (Connection admin = DriverManager.getConnection(base + "postgres", user(), "")) {
			boolean exists;
			try (PreparedStatement query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
				query.setString(1, database);
				try (ResultSet rows = query.executeQuery()) {
					exists = rows.next();
				}
			}
			if (!exists) {
				try (Statement create = admin.createStatement()) {
					create.execute("CREATE DATABASE " + database);
				}
				catch (SQLException ex) {
					// another test JVM created it first
					if (!"42P04".equals(ex.getSQLState())) {
						throw ex;
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL is not reachable at " + base
					+ " (start it, or set PGHOST/PGPORT/PGUSER): " + ex.getMessage(), ex);
		}
		return base + database;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
