package org.crmsocial.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.crmsocial.security.control.CallerGroups;
import org.crmsocial.security.control.CurrentUser;

/**
 * Form sign-in with Jakarta Security. The sign-in page's bean hands the email and password to
 * {@code SecurityContext.authenticate}; the session then remembers who signed in, and on every
 * request the caller's container roles are read anew from the database ({@link CallerGroups}), so
 * web.xml's role constraints always agree with the profile as it is now. A protected URL asked for
 * without a session redirects to the sign-in page, which continues to it afterwards; a session
 * whose user was deactivated is ended.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

  static final String CALLER = CurrentUser.SESSION_CALLER;
  static final String CONTINUE = SignInMechanism.class.getName() + ".continue";
  static final String LOGIN_PAGE = "/login.xhtml";
  static final String HOME_PAGE = "/app/home.xhtml";

  @Inject IdentityStoreHandler identities;
  @Inject CallerGroups groups;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(request, credential, context);
    }
    if (!context.isProtected()) {
      return context.doNothing(); // sign-in page, resources: nobody needs to be known
    }
    HttpSession session = request.getSession(false);
    String caller = session == null ? null : (String) session.getAttribute(CALLER);
    if (caller == null) {
      return toSignIn(request, context);
    }
    Set<String> roles = groups.of(caller);
    if (roles.isEmpty()) { // deactivated (or deleted) since signing in
      session.invalidate();
      return context.redirect(request.getContextPath() + LOGIN_PAGE + "?inactive=true");
    }
    return context.notifyContainerAboutLogin(caller, roles);
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, Credential credential, HttpMessageContext context) {
    CredentialValidationResult result = identities.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE; // the sign-in page says why
    }
    String caller = result.getCallerPrincipal().getName();
    Set<String> roles = groups.of(caller);
    if (roles.isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.getSession(true).setAttribute(CALLER, caller);
    return context.notifyContainerAboutLogin(caller, roles);
  }

  private static AuthenticationStatus toSignIn(
      HttpServletRequest request, HttpMessageContext context) {
    if ("GET".equals(request.getMethod())) {
      String wanted =
          request.getRequestURI()
              + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      request.getSession(true).setAttribute(CONTINUE, wanted);
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(CALLER);
    }
  }

  /**
   * Where a successful sign-in goes: the page first asked for (a path of this application only),
   * else the home page. The saved page is forgotten once read.
   */
  public static String continueAfterSignIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object wanted = session == null ? null : session.getAttribute(CONTINUE);
    if (session != null) {
      session.removeAttribute(CONTINUE);
    }
    String home = request.getContextPath() + HOME_PAGE;
    if (!(wanted instanceof String path)) {
      return home;
    }
    String local = path.substring(Math.min(path.length(), request.getContextPath().length()));
    boolean ours =
        path.startsWith(request.getContextPath() + "/")
            && local.startsWith("/")
            && !local.startsWith("//")
            && local.indexOf('\\') < 0
            && !local.startsWith(LOGIN_PAGE);
    return ours ? path : home;
  }
}
