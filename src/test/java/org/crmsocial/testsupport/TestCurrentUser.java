package org.crmsocial.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.crmsocial.security.control.CurrentUser;
import org.crmsocial.security.entity.User;

/**
 * In-container tests act as a chosen user: the services see whoever {@link #signInAs} names, for
 * the rest of the test's request, and apply their rules to that user as to a signed-in one.
 * Requests that chose no one see their real signed-in user. Only in test deployments.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@RequestScoped
public class TestCurrentUser extends CurrentUser {

  @PersistenceContext EntityManager entityManager;

  private String email;

  public void signInAs(String email) {
    this.email = email;
  }

  public void signOut() {
    this.email = null;
  }

  /** The chosen user; without one, the request's real signed-in user (pages still work). */
  @Override
  public User orNull() {
    if (email == null) {
      return super.orNull();
    }
    return entityManager
        .createNamedQuery(User.FIND_BY_EMAIL, User.class)
        .setParameter("email", email)
        .getResultStream()
        .filter(User::isActive)
        .findFirst()
        .orElse(null);
  }
}
