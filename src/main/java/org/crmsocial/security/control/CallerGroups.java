package org.crmsocial.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.crmsocial.security.entity.User;

/** The container roles of a signed-in caller, read from the database as it is now. */
@ApplicationScoped
public class CallerGroups {

  @PersistenceContext EntityManager em;
  @Inject OrganizationService organization;

  /**
   * The caller's roles ({@link AccessPolicy#groupsOf}); empty when the user is gone or inactive.
   */
  public Set<String> of(String email) {
    User user =
        em.createNamedQuery(User.FIND_BY_EMAIL, User.class)
            .setParameter("email", User.normalizeEmail(email))
            .getResultStream()
            .findFirst()
            .orElse(null);
    return user == null ? Set.of() : AccessPolicy.groupsOf(user, organization.edition());
  }
}
