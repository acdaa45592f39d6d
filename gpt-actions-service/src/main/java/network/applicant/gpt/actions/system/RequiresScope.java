package network.applicant.gpt.actions.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import network.applicant.gpt.config.jwt.Scope;

/**
 * The scope an action needs. A handler without it is refused for every caller, so a
 * forgotten annotation fails closed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresScope {

	/** @return the scope the caller must have */
	Scope value();

}
