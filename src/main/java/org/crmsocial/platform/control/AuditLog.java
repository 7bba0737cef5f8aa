package org.crmsocial.platform.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.crmsocial.platform.entity.AuditEntry;

/**
 * Writes the audit log (the security feature's {@code AuditTrail} reads it, for administrators).
 * {@link #record} joins the caller's transaction, so an entry exists exactly when the change it
 * describes was committed. Entries are stored as codes ({@link AuditAction}, {@link AuditDetail})
 * so the log page can say them in the reader's language and an export keeps them exact.
 */
@Stateless
public class AuditLog {

  @PersistenceContext EntityManager em;
  @Inject Actor actor;

  /**
   * Records that the signed-in user (or the system) did {@code action} to {@code target}, with the
   * fields of {@code detail} (their before and after, or their value).
   */
  public void record(AuditAction action, String target, AuditDetail detail) {
    em.persist(
        new AuditEntry(
            Clock.now(),
            actor.actorId(),
            actor.actorName(),
            action.code(),
            target,
            detail == null ? null : detail.encode()));
  }

  /** Records an action that needs no more than its target to be understood. */
  public void record(AuditAction action, String target) {
    record(action, target, null);
  }
}
