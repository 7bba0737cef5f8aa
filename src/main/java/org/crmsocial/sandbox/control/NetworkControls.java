package org.crmsocial.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.crmsocial.sandbox.model.Network;

/**
 * The in-memory controls of the running sandbox: the fault queue of each network, Twitter's
 * 15-minute rate windows per token and endpoint, and Facebook's hourly call count behind its usage
 * headers. They reset on restart, as a real network's windows would have by then.
 */
@ApplicationScoped
public class NetworkControls {

  /** Twitter's rate window: 15 minutes. */
  public static final long TWITTER_WINDOW_MILLIS = 15 * 60 * 1000L;

  /** The hourly calls that Facebook's usage headers count as 100 %. */
  public static final long FACEBOOK_HOURLY_BUDGET = 20_000;

  private final Map<Network, FaultQueue> faults = new EnumMap<>(Network.class);
  private final RateWindow twitter = new RateWindow(TWITTER_WINDOW_MILLIS);
  private final AtomicLong facebookHour = new AtomicLong();
  private final AtomicLong facebookCalls = new AtomicLong();
  private volatile FacebookUsage facebookUsage;

  /**
   * Usage set through the admin control {@code usage}: Facebook's usage headers report at least
   * {@code percent}, and a throttle (the RATE_LIMIT fault) says access returns after {@code
   * regainMinutes}.
   */
  public record FacebookUsage(int percent, int regainMinutes) {

    /** What a throttle says when no usage is set: access returns after 5 minutes. */
    public static final int DEFAULT_REGAIN_MINUTES = 5;
  }

  public NetworkControls() {
    for (Network n : Network.values()) {
      faults.put(n, new FaultQueue());
    }
  }

  /** The fault queue of a network. */
  public FaultQueue faults(Network network) {
    return faults.get(network);
  }

  /** Twitter's rate windows. */
  public RateWindow twitterWindows() {
    return twitter;
  }

  /**
   * Counts one Facebook call; the percentage of the hourly budget used so far this hour, at least
   * the usage set.
   */
  public int facebookCall(long nowMillis) {
    long hour = nowMillis / 3_600_000L;
    if (facebookHour.getAndSet(hour) != hour) {
      facebookCalls.set(0);
    }
    long calls = facebookCalls.incrementAndGet();
    int counted = (int) Math.min(100, calls * 100 / FACEBOOK_HOURLY_BUDGET);
    FacebookUsage set = facebookUsage;
    return set == null ? counted : Math.max(counted, set.percent());
  }

  /** Sets Facebook's usage ({@code null}: back to counting calls only). */
  public void facebookUsage(FacebookUsage usage) {
    this.facebookUsage = usage;
  }

  /** The usage set, if any. */
  public java.util.Optional<FacebookUsage> facebookUsage() {
    return java.util.Optional.ofNullable(facebookUsage);
  }
}
