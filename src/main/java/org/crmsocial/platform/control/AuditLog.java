package org.crmsocial.platform.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.crmsocial.platform.entity.AuditEntry;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.security.control.CurrentUser;
import org.crmsocial.security.entity.User;

/**
 * Writes and reads the audit log. {@link #record} joins the caller's transaction, so an entry
 * exists exactly when the change it describes was committed.
 */
@Stateless
public class AuditLog {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AccessPolicy policy;

  /** Records that the signed-in user (or the system) did {@code action} to {@code target}. */
  public void record(String action, String target, String detail) {
    User actor = currentUser.orNull();
    em.persist(
        new AuditEntry(
            Clock.now(),
            actor == null ? null : actor.getId(),
            actor == null ? "system" : actor.getEmail(),
            action,
            target,
            detail));
  }

  /** Records a change as "before → after". */
  public void recordChange(String action, String target, String before, String after) {
    record(action, target, before + " → " + after);
  }

  /** The newest entries first, one page; administrators only. */
  public List<AuditEntry> page(int first, int size) {
    policy.requireAdministrator();
    return em.createQuery(
            "SELECT a FROM AuditEntry a ORDER BY a.at DESC, a.id DESC", AuditEntry.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count() {
    policy.requireAdministrator();
    return em.createQuery("SELECT COUNT(a) FROM AuditEntry a", Long.class).getSingleResult();
  }
}
