package org.crmsocial.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.security.control.LoginAttempt;
import org.crmsocial.security.control.LoginOutcome;

/** The sign-in page: authenticates with Jakarta Security and says plainly why a sign-in failed. */
@Named
@RequestScoped
public class LoginView {

  @Inject SecurityContext securityContext;
  @Inject LoginAttempt attempt;
  @Inject FacesContext facesContext;

  private String email;
  private String password;

  public void signIn() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        email == null ? "" : email,
                        new Password(password == null ? "" : password))));
    password = null;
    switch (status) {
      case SEND_CONTINUE -> {
        renewSessionId(external);
        facesContext.responseComplete();
      }
      case SUCCESS -> {
        renewSessionId(external);
        external.redirect(
            SignInMechanism.continueAfterSignIn((HttpServletRequest) external.getRequest()));
      }
      default -> explainFailure();
    }
  }

  /** A new session id at sign-in, so a session id planted before it is worth nothing after. */
  private static void renewSessionId(ExternalContext external) {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
  }

  private void explainFailure() {
    Messages.error(LoginOutcome.failureKey(attempt.outcome()));
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
