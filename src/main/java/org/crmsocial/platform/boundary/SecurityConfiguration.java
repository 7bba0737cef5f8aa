package org.crmsocial.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in with Jakarta Security: a protected URL redirects to the sign-in page, whose bean
 * authenticates against {@link org.crmsocial.security.control.UserIdentityStore} and continues to
 * the URL first asked for.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
public class SecurityConfiguration {}
