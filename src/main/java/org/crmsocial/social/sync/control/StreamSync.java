package org.crmsocial.social.sync.control;

import java.lang.System.Logger.Level;
import java.util.List;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.sync.control.CursorStore.CursorSnapshot;

/**
 * One stream's turn in a run: read it ({@link StreamReader}); a failure stays with the stream and
 * decides when it is tried again ({@link BackOff}). An expired token is renewed once ({@link
 * TokenRenewal}) and the stream read again; a page cursor the network no longer takes makes the
 * stream read its range again (idempotent); an account removed meanwhile stops the run.
 */
final class StreamSync {

  private static final System.Logger LOG = System.getLogger(StreamSync.class.getName());

  private final SyncParts parts;
  private final StreamReader reader;
  private final BackOff backOff;
  private final TokenRenewal renewal;

  StreamSync(SyncParts parts) {
    this.parts = parts;
    this.reader = new StreamReader(parts);
    this.backOff = new BackOff(parts);
    this.renewal = new TokenRenewal(parts, backOff);
  }

  BackOff backOff() {
    return backOff;
  }

  /** Syncs the stream of {@code cursor}; what it did. */
  StreamTally sync(RunAccount account, CursorSnapshot cursor) {
    StreamTally tally = new StreamTally();
    for (int attempt = 0; ; attempt++) {
      try {
        if (attempt > 0) {
          cursor = parts.cursors().cursors(account.id(), List.of(cursor.stream())).get(0);
        }
        reader.read(account, cursor, tally);
        backOff.finished(account, cursor, tally);
        return tally;
      } catch (NetworkReads.BudgetSpent spent) {
        backOff.finished(account, cursor, tally);
        return tally;
      } catch (AccountNotActive | LeaseLost stopped) {
        // Removed meanwhile, or taken over by another server: nothing more is read for it here.
        account.stopped = true;
        return tally;
      } catch (ProviderException.TokenExpired e) {
        if (attempt == 0 && renewal.renew(account, cursor, tally, e)) {
          continue;
        }
        if (!tally.failed) {
          backOff.reauthorize(account, cursor, tally, e);
        }
        return tally;
      } catch (ProviderException.RateLimited e) {
        backOff.rateLimited(account, cursor, tally, e);
        return tally;
      } catch (ProviderException.BadRequest e) {
        if ((cursor.state().backfilling() || cursor.walk().cursor() != null) && attempt == 0) {
          // The network no longer takes the saved page cursor: read the range again (idempotent).
          parts.cursors().restart(cursor.id());
          continue;
        }
        backOff.failed(cursor, tally, e.getMessage());
        return tally;
      } catch (ProviderException e) {
        backOff.failed(cursor, tally, e.getMessage());
        return tally;
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Sync of " + cursor.stream() + " of social account " + account.id() + " failed",
            e);
        backOff.failed(
            cursor,
            tally,
            "The sync failed inside the server: " + describe(e) + ". It will be tried again.");
        return tally;
      }
    }
  }

  private static String describe(RuntimeException e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName();
  }
}
