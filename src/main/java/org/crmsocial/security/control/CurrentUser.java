package org.crmsocial.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.crmsocial.platform.entity.AccessDenied;
import org.crmsocial.security.entity.User;

/**
 * The signed-in user of this request, loaded once with its profile, as the database has them now (a
 * profile changed by an administrator takes effect on the user's next request). Timers and other
 * system work run with no user.
 */
@RequestScoped
public class CurrentUser {

  @PersistenceContext EntityManager em;
  @Inject SecurityContext securityContext;

  private User user;
  private boolean loaded;

  /** The signed-in, active user, or {@code null} for system work and anonymous requests. */
  public User orNull() {
    if (!loaded) {
      loaded = true;
      Principal principal = callerPrincipal();
      if (principal != null) {
        user =
            em.createNamedQuery(User.FIND_BY_EMAIL, User.class)
                .setParameter("email", User.normalizeEmail(principal.getName()))
                .getResultStream()
                .filter(User::isActive)
                .findFirst()
                .orElse(null);
      }
    }
    return user;
  }

  /** The signed-in user; refuses anonymous and deactivated callers. */
  public User get() {
    User u = orNull();
    if (u == null) {
      throw new AccessDenied("platform.error.signInRequired");
    }
    return u;
  }

  private Principal callerPrincipal() {
    try {
      return securityContext.getCallerPrincipal();
    } catch (RuntimeException notInARequest) {
      return null;
    }
  }
}
