package network.applicant.gpt.actions.privacy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the privacy page names.
 *
 * @param contactEmail where candidates send privacy questions and requests
 */
@Validated
@ConfigurationProperties(PrivacyProperties.PREFIX)
record PrivacyProperties(@DefaultValue("privacy@applicant.network") @NotBlank @Email String contactEmail) {

	static final String PREFIX = "applicant.actions.privacy";

}
