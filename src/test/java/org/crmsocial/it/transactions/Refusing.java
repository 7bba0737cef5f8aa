package org.crmsocial.it.transactions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.crmsocial.platform.control.AuditAction;
import org.crmsocial.platform.control.AuditLog;
import org.crmsocial.platform.control.RuleViolation;

/** Services that refuse, as the product's do: inside a transaction and outside one. */
@Stateless
public class Refusing {

  @PersistenceContext EntityManager em;
  @EJB AuditLog audit;

  /** Writes, then refuses: the write must not survive (nothing is ever half done). */
  public void writeThenRefuse(String marker) {
    audit.record(AuditAction.USER_UPDATE, marker); // any entry, found by its target
    em.flush();
    throw new RuleViolation("social.stream.error.searchSaved");
  }

  /** Reads outside a transaction (as a call to a network does), then refuses. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void readThenRefuseOutsideATransaction() {
    em.createNativeQuery("SELECT COUNT(*) FROM audit_entry").getSingleResult();
    throw new RuleViolation("social.stream.error.searchSaved");
  }

  /** Calls a transactional service that refuses, from outside a transaction. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void refuseThroughATransactionalService(Refusing self, String marker) {
    em.createNativeQuery("SELECT COUNT(*) FROM audit_entry").getSingleResult();
    self.writeThenRefuse(marker);
  }

  public long entriesWith(String marker) {
    return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.target = :marker", Long.class)
        .setParameter("marker", marker)
        .getSingleResult();
  }
}
