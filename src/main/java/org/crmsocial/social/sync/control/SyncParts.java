package org.crmsocial.social.sync.control;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.crmsocial.social.provider.control.ProviderClients;

/**
 * What the classes of one run work with, handed down by {@link SyncEngine}: the stored cursors, the
 * tokens, the clients, the configuration, the retry policy, the read-ahead threads and the clock
 * (the system's, or a test's).
 */
record SyncParts(
    CursorStore cursors,
    SyncCredentials credentials,
    ProviderClients clients,
    SyncSettings settings,
    RetryPolicy retry,
    ReadAhead readAhead,
    Clock clock) {

  /** Now, as stored. */
  OffsetDateTime now() {
    return SyncTimes.now(clock);
  }
}
