package org.crmsocial.social.sync.control;

/**
 * Where the last Sync now of an account stands: queued, running, or how it ended (with its report
 * once it ran).
 */
public record SyncNowRun(Phase phase, SyncReport report) {

  /** The steps of a Sync now. */
  public enum Phase {
    /** Queued: its run starts in a moment. */
    QUEUED,
    /** Its run is under way (or waits for the one under way on this server). */
    RUNNING,
    /** It ran: see the report. */
    FINISHED,
    /** It did not run: another server holds the account's lease. */
    BUSY,
    /** It did not run: the account is no longer active. */
    NOT_ACTIVE,
    /** The run failed inside the server (logged). */
    FAILED
  }

  /** Whether the run has yet to end. */
  public boolean pending() {
    return phase == Phase.QUEUED || phase == Phase.RUNNING;
  }
}
