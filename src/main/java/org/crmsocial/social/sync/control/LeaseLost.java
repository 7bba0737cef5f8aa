package org.crmsocial.social.sync.control;

/**
 * The run's lease on its account expired and another server took the account over ({@link
 * LeaseKeeper}): the run ends at once, what it committed stays (a page stored twice stores nothing
 * twice), and the other server goes on from the cursors.
 */
final class LeaseLost extends RuntimeException {

  private static final long serialVersionUID = 1L;

  LeaseLost(long accountId) {
    super("the sync lease of social account " + accountId + " was taken over by another server");
  }
}
