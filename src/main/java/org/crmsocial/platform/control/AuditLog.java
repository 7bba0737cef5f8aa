package org.crmsocial.platform.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.crmsocial.platform.entity.AuditAction;
import org.crmsocial.platform.entity.AuditDetail;
import org.crmsocial.platform.entity.AuditEntry;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.security.control.CurrentUser;
import org.crmsocial.security.entity.User;

/**
 * Writes and reads the audit log. {@link #record} joins the caller's transaction, so an entry
 * exists exactly when the change it describes was committed. Entries are stored as codes ({@link
 * AuditAction}, {@link AuditDetail}) so the log page can say them in the reader's language and an
 * export keeps them exact.
 */
@Stateless
public class AuditLog {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AccessPolicy policy;

  /**
   * Records that the signed-in user (or the system) did {@code action} to {@code target}, with the
   * fields of {@code detail} (their before and after, or their value).
   */
  public void record(AuditAction action, String target, AuditDetail detail) {
    User actor = currentUser.orNull();
    em.persist(
        new AuditEntry(
            Clock.now(),
            actor == null ? null : actor.getId(),
            actor == null ? "system" : actor.getEmail(),
            action.code(),
            target,
            detail == null ? null : detail.encode()));
  }

  /** Records an action that needs no more than its target to be understood. */
  public void record(AuditAction action, String target) {
    record(action, target, null);
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
