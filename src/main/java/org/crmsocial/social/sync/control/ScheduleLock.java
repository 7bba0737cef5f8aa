package org.crmsocial.social.sync.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The cluster-wide lock on the set of sync timers: the one row of {@code sync_schedule_lock}
 * (migration V11), locked until the caller's transaction ends. Servers starting together therefore
 * put the timers right one after the other ({@link SyncScheduler#reconcile}), and the second finds
 * the timers the first created instead of creating them again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ScheduleLock {

  @PersistenceContext EntityManager em;

  /**
   * Takes the lock for the rest of the caller's transaction, waiting while another server has it.
   */
  public void lock() {
    em.createNativeQuery("SELECT id FROM sync_schedule_lock WHERE id = 1 FOR UPDATE")
        .getSingleResult();
  }
}
