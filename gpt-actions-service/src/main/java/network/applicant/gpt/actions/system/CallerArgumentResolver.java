package network.applicant.gpt.actions.system;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets action handlers take the {@link Caller} as a parameter.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Caller.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		Object caller = request.getAttribute(CallerAuthenticationFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (caller instanceof Caller resolved) {
			return resolved;
		}
		throw new IllegalStateException("no authenticated caller for " + parameter.getExecutable());
	}

}
