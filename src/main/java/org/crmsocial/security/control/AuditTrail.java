package org.crmsocial.security.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.crmsocial.platform.entity.AuditEntry;

/** Reads the audit log that {@code platform.control.AuditLog} writes; administrators only. */
@Stateless
public class AuditTrail {

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;

  /** The newest entries first, one page. */
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
