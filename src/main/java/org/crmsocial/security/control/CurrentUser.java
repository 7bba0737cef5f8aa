package org.crmsocial.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.crmsocial.platform.control.AccessDenied;
import org.crmsocial.platform.control.Actor;
import org.crmsocial.security.entity.User;

/**
 * The signed-in user of this request, loaded once with its profile, as the database has them now (a
 * profile changed by an administrator takes effect on the user's next request). Timers and other
 * system work run with no user.
 */
@RequestScoped
public class CurrentUser implements Actor {

  /** The session attribute that names who signed in ({@code SignInMechanism} sets it). */
  public static final String SESSION_CALLER = "org.crmsocial.security.caller";

  @PersistenceContext EntityManager em;
  @Inject SecurityContext securityContext;
  @Inject HttpServletRequest request;

  private User user;
  private boolean loaded;

  /** The signed-in, active user, or {@code null} for system work and anonymous requests. */
  public User orNull() {
    if (!loaded) {
      loaded = true;
      String caller = callerName();
      if (caller != null) {
        user =
            em.createNamedQuery(User.FIND_BY_EMAIL, User.class)
                .setParameter("email", User.normalizeEmail(caller))
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

  @Override
  public Long actorId() {
    User u = orNull();
    return u == null ? null : u.getId();
  }

  @Override
  public String actorName() {
    User u = orNull();
    return u == null ? "system" : u.getEmail();
  }

  /**
   * Who the container says is calling; on a page the container serves without authentication (the
   * error page after a refused request, the sign-in page), who signed in to this session.
   */
  private String callerName() {
    try {
      Principal principal = securityContext.getCallerPrincipal();
      if (principal != null) {
        return principal.getName();
      }
      HttpSession session = request.getSession(false);
      return session == null ? null : (String) session.getAttribute(SESSION_CALLER);
    } catch (RuntimeException notInARequest) {
      return null;
    }
  }
}
