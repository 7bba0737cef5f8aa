package org.crmsocial.social.sync.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.settings.entity.SocialAccount;

/**
 * Where the sync of one stream of one account stands (DESIGN.md §4): the marker of the newest item
 * committed ({@code sinceMarker}), the cursor of a read that has not reached the marker yet ({@code
 * backfillCursor}), and the status the sync panel shows (last attempt and success, next attempt,
 * last error, items fetched). The marker moves only after the items it covers are committed, so
 * nothing fetched is lost whatever fails in between. The {@code walk…} fields keep the full walk
 * over every page of the stream ({@code FullWalk}), which finds what the newest-first read cannot.
 */
@Entity
@Table(name = "sync_cursor")
public class SyncCursor {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_cursor_seq")
  @SequenceGenerator(
      name = "sync_cursor_seq",
      sequenceName = "sync_cursor_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private SocialAccount account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private NetworkStream stream;

  @Column(name = "since_marker", length = 200)
  private String sinceMarker;

  @Column(name = "backfill_cursor", length = 2000)
  private String backfillCursor;

  /** The newest marker of the unfinished read; becomes {@code sinceMarker} once it is complete. */
  @Column(name = "pending_marker", length = 200)
  private String pendingMarker;

  @Column(name = "last_attempt_at")
  private OffsetDateTime lastAttemptAt;

  @Column(name = "last_success_at")
  private OffsetDateTime lastSuccessAt;

  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  /** Why {@code nextAttemptAt} is set: a rate limit (honoured even by Sync now) or a back-off. */
  @Enumerated(EnumType.STRING)
  @Column(name = "wait_reason", length = 20)
  private WaitReason waitReason;

  @Column(name = "consecutive_failures", nullable = false)
  private int consecutiveFailures;

  @Column(name = "last_run_items", nullable = false)
  private int lastRunItems;

  @Column(name = "items_fetched", nullable = false)
  private long itemsFetched;

  /** The next page of the full walk under way; null at its first page or when none is. */
  @Column(name = "walk_cursor", length = 2000)
  private String walkCursor;

  /** When the full walk under way began; null when none is. */
  @Column(name = "walk_started_at")
  private OffsetDateTime walkStartedAt;

  /** Pages the full walk under way has committed. */
  @Column(name = "walk_pages", nullable = false)
  private int walkPages;

  /** When the last full walk reached the end of the stream. */
  @Column(name = "last_walk_at")
  private OffsetDateTime lastWalkAt;

  /** When the next full walk is due; null: due now. */
  @Column(name = "next_walk_at")
  private OffsetDateTime nextWalkAt;

  @Version private long version;

  protected SyncCursor() {}

  public SyncCursor(SocialAccount account, NetworkStream stream) {
    this.account = Objects.requireNonNull(account, "account");
    this.stream = Objects.requireNonNull(stream, "stream");
  }

  public Long getId() {
    return id;
  }

  public SocialAccount getAccount() {
    return account;
  }

  public NetworkStream getStream() {
    return stream;
  }

  public String getSinceMarker() {
    return sinceMarker;
  }

  public void setSinceMarker(String sinceMarker) {
    this.sinceMarker = sinceMarker;
  }

  public String getBackfillCursor() {
    return backfillCursor;
  }

  public void setBackfillCursor(String backfillCursor) {
    this.backfillCursor = backfillCursor;
  }

  public String getPendingMarker() {
    return pendingMarker;
  }

  public void setPendingMarker(String pendingMarker) {
    this.pendingMarker = pendingMarker;
  }

  public OffsetDateTime getLastAttemptAt() {
    return lastAttemptAt;
  }

  public void setLastAttemptAt(OffsetDateTime lastAttemptAt) {
    this.lastAttemptAt = lastAttemptAt;
  }

  public OffsetDateTime getLastSuccessAt() {
    return lastSuccessAt;
  }

  public void setLastSuccessAt(OffsetDateTime lastSuccessAt) {
    this.lastSuccessAt = lastSuccessAt;
  }

  public OffsetDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  public void setNextAttemptAt(OffsetDateTime nextAttemptAt) {
    this.nextAttemptAt = nextAttemptAt;
  }

  public WaitReason getWaitReason() {
    return waitReason;
  }

  public void setWaitReason(WaitReason waitReason) {
    this.waitReason = waitReason;
  }

  public String getLastError() {
    return lastError;
  }

  /** Sets the last error, cut to the column's 1,000 characters; null clears it. */
  public void setLastError(String lastError) {
    this.lastError =
        lastError == null || lastError.length() <= 1000 ? lastError : lastError.substring(0, 1000);
  }

  public int getConsecutiveFailures() {
    return consecutiveFailures;
  }

  public void setConsecutiveFailures(int consecutiveFailures) {
    this.consecutiveFailures = consecutiveFailures;
  }

  public int getLastRunItems() {
    return lastRunItems;
  }

  public void setLastRunItems(int lastRunItems) {
    this.lastRunItems = lastRunItems;
  }

  public long getItemsFetched() {
    return itemsFetched;
  }

  public void addItemsFetched(long count) {
    this.itemsFetched += count;
  }

  public String getWalkCursor() {
    return walkCursor;
  }

  public OffsetDateTime getWalkStartedAt() {
    return walkStartedAt;
  }

  public int getWalkPages() {
    return walkPages;
  }

  public OffsetDateTime getLastWalkAt() {
    return lastWalkAt;
  }

  public OffsetDateTime getNextWalkAt() {
    return nextWalkAt;
  }

  /** The walk under way committed a page: it continues at {@code cursor}. */
  public void walkedTo(String cursor, int pages, OffsetDateTime at) {
    this.walkCursor = cursor;
    this.walkPages = pages;
    if (walkStartedAt == null) {
      walkStartedAt = at;
    }
  }

  /** The walk reached the end of the stream at {@code at}; the next is due at {@code next}. */
  public void walkFinished(OffsetDateTime at, OffsetDateTime next) {
    this.walkCursor = null;
    this.walkPages = 0;
    this.walkStartedAt = null;
    this.lastWalkAt = at;
    this.nextWalkAt = next;
  }

  /** The walk under way starts over from the first page (the network refused its cursor). */
  public void restartWalk() {
    this.walkCursor = null;
    this.walkPages = 0;
  }

  /** A full walk is due now (linked or re-authorized). */
  public void walkDueNow() {
    this.nextWalkAt = null;
  }

  public long getVersion() {
    return version;
  }
}
