package org.crmsocial.social.provider.model;

import jakarta.ejb.ApplicationException;
import java.time.Instant;
import java.util.Objects;

/**
 * A call to a network failed in a way a service can act on. Each subclass is one thing to do:
 * re-authorize ({@link TokenExpired}), ask for a permission ({@link MissingPermission}), wait
 * ({@link RateLimited}), give up on the item ({@link NotFound}, {@link BadRequest}, {@link
 * ReplyWindowClosed}) or retry later ({@link Transient}).
 *
 * <p>{@link #getMessage()} is English an administrator can read, with the network's own words; the
 * {@link #key()} and {@link #args()} name the same text in the {@code messages} bundle ({@code
 * social.provider.error.*}, arguments: network name, the network's message, then the subclass's
 * own). No token ever appears in a message: the clients scrub the network's text of every secret of
 * the call before it gets here.
 *
 * <p>Thrown through an EJB it reaches the caller as is (an application exception); it rolls back,
 * though provider calls never run inside a transaction that holds locks.
 */
@ApplicationException // rolled back where a transaction runs: RefusalRollback
public abstract sealed class ProviderException extends RuntimeException
    permits ProviderException.TokenExpired,
        ProviderException.MissingPermission,
        ProviderException.RateLimited,
        ProviderException.NotFound,
        ProviderException.BadRequest,
        ProviderException.ReplyWindowClosed,
        ProviderException.Transient {

  private static final long serialVersionUID = 1L;

  /**
   * What the network said.
   *
   * @param httpStatus the HTTP status, 0 when no response came
   * @param code the network's error code or reason ({@code 190/463}, {@code
   *     insufficientPermissions}, {@code invalid_grant}), null if none
   * @param message the network's own message, already scrubbed of secrets, null if none
   */
  public record Detail(int httpStatus, String code, String message)
      implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static Detail noResponse(String what) {
      return new Detail(0, null, what);
    }
  }

  private final Network network;
  private final String key;
  private final Detail detail;

  ProviderException(Network network, String key, String summary, Detail detail) {
    super(compose(network, summary, detail));
    this.network = Objects.requireNonNull(network);
    this.key = key;
    this.detail = detail;
  }

  private static String compose(Network network, String summary, Detail detail) {
    StringBuilder text = new StringBuilder(network.displayName()).append(": ").append(summary);
    if (detail != null && detail.message() != null && !detail.message().isBlank()) {
      text.append(' ')
          .append(detail.httpStatus() == 0 ? "Detail" : network.displayName() + " said")
          .append(": ")
          .append(detail.message().strip());
    }
    if (detail != null && (detail.code() != null || detail.httpStatus() != 0)) {
      text.append(" (");
      if (detail.httpStatus() != 0) {
        text.append("HTTP ").append(detail.httpStatus());
      }
      if (detail.code() != null) {
        text.append(detail.httpStatus() != 0 ? ", " : "").append("code ").append(detail.code());
      }
      text.append(')');
    }
    return text.toString();
  }

  public Network network() {
    return network;
  }

  /**
   * The message key in the {@code messages} bundle, such as {@code
   * social.provider.error.tokenExpired}.
   */
  public String key() {
    return key;
  }

  /** The arguments of {@link #key()}: the network's name, then the network's message (or ""). */
  public Object[] args() {
    return new Object[] {network.displayName(), networkMessage()};
  }

  /** What the network said; never null. */
  public Detail detail() {
    return detail;
  }

  String networkMessage() {
    return detail.message() == null ? "" : detail.message();
  }

  /**
   * The token is invalid, expired or revoked (Facebook code 190 with any subcode, HTTP 401, a dead
   * refresh token): the account needs re-authorization.
   */
  public static final class TokenExpired extends ProviderException {
    private static final long serialVersionUID = 1L;

    public TokenExpired(Network network, Detail detail) {
      super(
          network,
          "social.provider.error.tokenExpired",
          "the authorization has expired or was revoked; re-authorize the account.",
          detail);
    }
  }

  /** The person did not grant a permission the call needs; re-authorizing can grant it. */
  public static final class MissingPermission extends ProviderException {
    private static final long serialVersionUID = 1L;
    private final String scope;

    /**
     * @param scope the missing permission or scope when known ({@code pages_manage_posts}), else
     *     null
     */
    public MissingPermission(Network network, String scope, Detail detail) {
      super(
          network,
          "social.provider.error.missingPermission",
          scope == null
              ? "the account did not grant a permission this needs; re-authorize and allow it."
              : "the account did not grant the permission \""
                  + scope
                  + "\"; re-authorize and allow it.",
          detail);
      this.scope = scope;
    }

    /** The missing permission, or null when the network did not say. */
    public String scope() {
      return scope;
    }

    @Override
    public Object[] args() {
      return new Object[] {network().displayName(), networkMessage(), scope == null ? "" : scope};
    }
  }

  /** The network is throttling calls; nothing more should be sent before {@link #resetAt()}. */
  public static final class RateLimited extends ProviderException {
    private static final long serialVersionUID = 1L;
    private final Instant resetAt;

    /** How a reset time is written for people: in the zone every page shows its times in. */
    private static final java.time.format.DateTimeFormatter SHOWN =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(org.crmsocial.platform.control.Clock.DISPLAY_ZONE);

    public RateLimited(Network network, Instant resetAt, Detail detail) {
      super(
          network,
          "social.provider.error.rateLimited",
          "too many calls; the network accepts more after " + shown(resetAt) + ".",
          detail);
      this.resetAt = Objects.requireNonNull(resetAt);
    }

    /**
     * The reset time as the pages show times (issue 19 point 17: in the page's zone, never UTC).
     */
    public static String shown(Instant time) {
      return SHOWN.format(time);
    }

    /** When calls may resume (from the network's headers or body, else a cautious default). */
    public Instant resetAt() {
      return resetAt;
    }

    @Override
    public Object[] args() {
      return new Object[] {network().displayName(), networkMessage(), shown(resetAt)};
    }
  }

  /**
   * The post, comment, page or person does not exist (any more), or is not visible to the token.
   */
  public static final class NotFound extends ProviderException {
    private static final long serialVersionUID = 1L;

    public NotFound(Network network, Detail detail) {
      super(
          network,
          "social.provider.error.notFound",
          "the item, page or person does not exist or is no longer visible.",
          detail);
    }
  }

  /**
   * The network refused the request as such: a duplicate post, bad input, a wrong PKCE verifier or
   * a replayed authorization code, wrong app credentials. Sending it again will not help.
   */
  public static final class BadRequest extends ProviderException {
    private static final long serialVersionUID = 1L;

    public BadRequest(Network network, Detail detail) {
      super(
          network, "social.provider.error.badRequest", "the network refused the request.", detail);
    }
  }

  /**
   * Facebook no longer accepts a reply to this conversation: a page may answer a person only within
   * 24 hours of that person's last message (code 10, subcode 2018278).
   */
  public static final class ReplyWindowClosed extends ProviderException {
    private static final long serialVersionUID = 1L;

    public ReplyWindowClosed(Network network, Detail detail) {
      super(
          network,
          "social.provider.error.replyWindowClosed",
          "this message can no longer be answered: the reply window (24 hours after the person's"
              + " last message) has closed.",
          detail);
    }
  }

  /**
   * The network failed or could not be reached (5xx, timeout, refused connection, an unreadable
   * answer, Facebook codes 1 and 2, Google {@code backendError}); the same call may work later.
   */
  public static final class Transient extends ProviderException {
    private static final long serialVersionUID = 1L;

    public Transient(Network network, Detail detail) {
      super(
          network,
          "social.provider.error.transient",
          "the network is unreachable or failed temporarily; it will be tried again later.",
          detail);
    }
  }
}
