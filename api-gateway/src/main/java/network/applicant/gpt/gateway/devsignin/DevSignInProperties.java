package network.applicant.gpt.gateway.devsignin;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The local dev sign-in that plays Clerk.
 *
 * @param enabled whether {@code /dev/sign-in}, {@code /dev/sign-out} and the dev JWKS are
 * served; refused at start-up while the {@code prod} profile is active
 * @param issuer the {@code iss} of the session tokens it issues; the gateway's
 * {@code applicant.gateway.clerk.issuer} must be the same for them to verify
 * @param origin the gateway's public origin: the {@code azp} of the tokens, and the only
 * origin an absolute {@code redirect_url} may point at
 * @param sessionLifetime how long a session token is valid (no Clerk script refreshes it)
 * @param secureCookie whether the cookies get the {@code Secure} attribute (false for plain
 * http on localhost)
 * @param users the demo candidates who can sign in
 */
@Validated
@ConfigurationProperties(DevSignInProperties.PREFIX)
record DevSignInProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("http://localhost:8080/dev/clerk") @NotBlank String issuer,
		@DefaultValue("http://localhost:8080") @NotNull URI origin,
		@DefaultValue("1h") @NotNull Duration sessionLifetime, @DefaultValue("false") boolean secureCookie,
		@DefaultValue @NotNull List<@Valid @NotNull User> users) {

	static final String PREFIX = "applicant.gateway.dev-sign-in";

	DevSignInProperties {
		if (origin != null && (!origin.isAbsolute() || origin.getHost() == null
				|| !("http".equals(origin.getScheme()) || "https".equals(origin.getScheme()))
				|| !(origin.getRawPath() == null || origin.getRawPath().isEmpty()) || origin.getRawQuery() != null)) {
			throw new IllegalArgumentException(PREFIX + ".origin must be an origin such as http://localhost:8080"
					+ " (scheme, host, optional port; no path), but was '" + origin + "'");
		}
		if (sessionLifetime != null && (sessionLifetime.compareTo(Duration.ofMinutes(1)) < 0
				|| sessionLifetime.compareTo(Duration.ofDays(1)) > 0)) {
			throw new IllegalArgumentException(PREFIX + ".session-lifetime must be between 1m and 1d");
		}
		if (users != null) {
			Set<String> emails = new HashSet<>();
			for (int i = 0; i < users.size(); i++) {
				User user = users.get(i);
				if (user == null) {
					continue;
				}
				if (!emails.add(user.email().toLowerCase(Locale.ROOT))) {
					throw new IllegalArgumentException(PREFIX + ".users[" + i + "].email repeats another user's email");
				}
				if (!PasswordHash.isWellFormed(user.passwordHash())) {
					// never echo the value: it is a credential, even if only a hash
					throw new IllegalArgumentException(PREFIX + ".users[" + i + "].password-hash must look like"
							+ " pbkdf2-sha256:<iterations>:<base64 salt>:<base64 hash>");
				}
			}
			users = List.copyOf(users);
		}
	}

	@Override
	public String toString() {
		return "DevSignInProperties[enabled=" + this.enabled + ", issuer=" + this.issuer + ", origin=" + this.origin
				+ ", users=" + this.users.size() + "]";
	}

	/**
	 * A demo candidate.
	 *
	 * @param id the Clerk-style user id, for example {@code user_demo_ada}
	 * @param email the sign-in email
	 * @param name the full name
	 * @param passwordHash {@code pbkdf2-sha256:<iterations>:<base64 salt>:<base64 hash>} of the password
	 */
	record User(@NotBlank String id, @NotBlank String email, @NotBlank String name, String passwordHash) {

		@Override
		public String toString() {
			return "User[id=" + this.id + ", email=" + this.email + "]";
		}

	}

}
