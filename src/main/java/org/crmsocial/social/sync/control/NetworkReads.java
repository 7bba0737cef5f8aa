package org.crmsocial.social.sync.control;

import java.time.Instant;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.RateBudget;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.provider.model.StreamQuery;

/**
 * Reads one page of a stream within the budget the network's usage headers report (issue 19 point
 * 17): a read the budget asks to hold is not sent ({@link BudgetSpent}), and what a page's headers
 * say of the budget left pauses the stream, or the whole account, before the network refuses.
 */
final class NetworkReads {

  /** Items asked per page (the networks' maximum). */
  static final int PAGE_SIZE = 100;

  private final SyncParts parts;

  NetworkReads(SyncParts parts) {
    this.parts = parts;
  }

  /**
   * Reads a page, unless the budget the network reported asks to hold the call (then {@link
   * BudgetSpent}: what was read is kept, the stream goes on after the pause).
   */
  StreamPage<NetworkItem> read(RunAccount account, StreamTally tally, StreamQuery query) {
    Instant now = parts.clock().instant();
    Instant until = SyncTimes.later(account.pausedUntil(), tally.pausedUntil());
    if (until != null && until.isAfter(now)) {
      throw new BudgetSpent();
    }
    StreamPage<NetworkItem> page = account.client.read(query);
    RateBudget budget = page.budget();
    if (budget.pausesAt(now)) {
      if (budget.accountWide()) {
        account.pause(budget.pauseUntil());
      } else {
        tally.pause(budget.pauseUntil());
      }
    }
    return page;
  }

  /** The query of a stream of the account, with its token, a full page where the stream has one. */
  StreamQuery query(RunAccount account, NetworkStream stream) {
    StreamQuery query =
        StreamQuery.of(
            stream,
            parts.credentials().token(account.credentials, stream),
            account.snapshot.ownerId());
    return stream == NetworkStream.FACEBOOK_CONVERSATIONS ? query : query.withLimit(PAGE_SIZE);
  }

  /**
   * The budget is spent for now: the stream stops reading until its pause ends (what the run read
   * is committed first, {@link StreamRun.Held}).
   */
  static final class BudgetSpent extends StreamRun.Held {
    private static final long serialVersionUID = 1L;

    BudgetSpent() {
      super("the network's budget asks to hold the next call");
    }
  }
}
