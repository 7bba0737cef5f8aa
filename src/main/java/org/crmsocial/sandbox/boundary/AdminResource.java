package org.crmsocial.sandbox.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.crmsocial.sandbox.control.ActivityService;
import org.crmsocial.sandbox.control.ActorDirectory;
import org.crmsocial.sandbox.control.BulkSeeder;
import org.crmsocial.sandbox.control.NetworkControls;
import org.crmsocial.sandbox.control.OAuthService;
import org.crmsocial.sandbox.model.Actor;
import org.crmsocial.sandbox.model.FaultKind;
import org.crmsocial.sandbox.model.Item;
import org.crmsocial.sandbox.model.Network;

/**
 * The sandbox's own controls, not part of any network (and gone when the sandbox is off): generate
 * activity now, items behind the newest pages (backdated posts, comments on the oldest post), a
 * long conversation, queue faults for the next API calls, bulk-seed items for benchmarks, expire
 * tokens at once, reset Twitter's rate windows. Bodies are JSON; a bad body is a 400 with a
 * message.
 */
@Path("/{network}/_admin")
public class AdminResource {

  @Inject ActivityService activity;
  @Inject BulkSeeder bulk;
  @Inject NetworkControls controls;
  @Inject OAuthService oauth;
  @Inject ActorDirectory actors;

  /** {@code {"count":N}}: N new activities now (1 … 10000). */
  @POST
  @Path("activity")
  public Response activity(@PathParam("network") String network, String body) {
    Network n = network(network);
    int count = integer(body, "count", 1, 1, 10_000);
    List<Item> created = activity.generate(n, count);
    JsonArrayBuilder ids = SandboxJson.array();
    created.forEach(i -> ids.add(String.valueOf(i.id())));
    return ok(
        SandboxJson.object()
            .add("network", n.path())
            .add("activities", count)
            .add("items", ids)
            .build());
  }

  /**
   * {@code {"posts":N,"comments":M}}: N brand posts dated 30 days back that sort behind everything
   * created since the sandbox started (a backdated post), and M new comments on the page's oldest
   * post (0 … 1000 each).
   */
  @POST
  @Path("behind")
  public Response behind(@PathParam("network") String network, String body) {
    Network n = network(network);
    List<Item> created =
        activity.behind(
            n, integer(body, "posts", 0, 0, 1000), integer(body, "comments", 0, 0, 1000));
    return created(n, created);
  }

  /** {@code {"messages":N}}: N messages now from one person in one conversation (1 … 1000). */
  @POST
  @Path("conversation")
  public Response conversation(@PathParam("network") String network, String body) {
    Network n = network(network);
    return created(n, activity.conversation(n, integer(body, "messages", -1, 1, 1000)));
  }

  private static Response created(Network n, List<Item> created) {
    JsonArrayBuilder ids = SandboxJson.array();
    created.forEach(i -> ids.add(String.valueOf(i.id())));
    return ok(SandboxJson.object().add("network", n.path()).add("items", ids).build());
  }

  /**
   * {@code {"kind":"HTTP_500|RATE_LIMIT|TIMEOUT|TOKEN_EXPIRED","count":N,"after":M}}: the next N
   * calls fail, once M calls (default 0) have been served as usual.
   */
  @POST
  @Path("faults")
  public Response faults(@PathParam("network") String network, String body) {
    Network n = network(network);
    JsonObject json = json(body);
    String kind = Params.string(json, "kind");
    FaultKind fault;
    try {
      fault = FaultKind.valueOf(kind == null ? "" : kind);
    } catch (IllegalArgumentException e) {
      throw bad("kind must be one of HTTP_500, RATE_LIMIT, TIMEOUT, TOKEN_EXPIRED");
    }
    controls.faults(n).pass(integer(body, "after", 0, 0, 100_000));
    controls.faults(n).add(fault, integer(body, "count", 1, 0, 100_000));
    return pending(n);
  }

  @GET
  @Path("faults")
  public Response faults(@PathParam("network") String network) {
    return pending(network(network));
  }

  @DELETE
  @Path("faults")
  public Response clearFaults(@PathParam("network") String network) {
    Network n = network(network);
    controls.faults(n).clear();
    return pending(n);
  }

  /** {@code {"items":N}}: N items seeded fast into the brand's stream. */
  @POST
  @Path("bulk")
  public Response bulk(@PathParam("network") String network, String body) {
    Network n = network(network);
    int count = integer(body, "items", -1, 1, BulkSeeder.MAX_ITEMS);
    BulkSeeder.Result r = bulk.seed(n, count);
    return ok(
        SandboxJson.object()
            .add("network", n.path())
            .add("items", r.items())
            .add("millis", r.millis())
            .build());
  }

  /**
   * Expires tokens at once: {@code {"token":"…"}} one token, or {@code {"login":"…"}} every access
   * and page token of that user (for tests that never see the tokens).
   */
  @POST
  @Path("tokens/expire")
  public Response expire(@PathParam("network") String network, String body) {
    Network n = network(network);
    JsonObject json = json(body);
    String token = Params.string(json, "token");
    String login = Params.string(json, "login");
    int expired;
    if (token != null) {
      expired = oauth.expireToken(n, token) ? 1 : 0;
    } else if (login != null) {
      Optional<Actor> user = actors.findLogin(n, login);
      if (user.isEmpty()) {
        throw bad("no such user: " + login);
      }
      expired = oauth.expireUserTokens(n, user.get().id());
    } else {
      throw bad("give token or login");
    }
    return ok(SandboxJson.object().add("expired", expired).build());
  }

  /**
   * Facebook only, {@code {"percent":N,"minutes":M}}: from now on every answer's usage headers
   * report at least N % (0 to 100), and a RATE_LIMIT fault says access returns after M minutes (0
   * to 60, default 5), so a test can watch the sync slow down and resume.
   */
  @POST
  @Path("usage")
  public Response usage(@PathParam("network") String network, String body) {
    Network n = facebookOnly(network);
    controls.facebookUsage(
        new NetworkControls.FacebookUsage(
            integer(body, "percent", -1, 0, 100),
            integer(body, "minutes", NetworkControls.FacebookUsage.DEFAULT_REGAIN_MINUTES, 0, 60)));
    return usage(n);
  }

  /** Back to usage counted from the calls made, throttles regained after 5 minutes. */
  @DELETE
  @Path("usage")
  public Response clearUsage(@PathParam("network") String network) {
    Network n = facebookOnly(network);
    controls.facebookUsage(null);
    return usage(n);
  }

  private Response usage(Network n) {
    var body = SandboxJson.object().add("network", n.path());
    controls
        .facebookUsage()
        .ifPresentOrElse(
            u -> body.add("percent", u.percent()).add("minutes", u.regainMinutes()),
            () -> body.addNull("percent"));
    return ok(body.build());
  }

  private static Network facebookOnly(String path) {
    Network n = network(path);
    if (n != Network.FACEBOOK) {
      throw bad("usage headers are Facebook's; " + path + " has none");
    }
    return n;
  }

  /** Resets Twitter's rate windows (every token starts a fresh 15 minutes). */
  @DELETE
  @Path("rate-limits")
  public Response resetRateLimits(@PathParam("network") String network) {
    network(network);
    controls.twitterWindows().clear();
    return ok(SandboxJson.object().add("reset", true).build());
  }

  private Response pending(Network n) {
    JsonArrayBuilder list = SandboxJson.array();
    controls.faults(n).pending().forEach(f -> list.add(f.name()));
    return ok(SandboxJson.object().add("network", n.path()).add("pending", list).build());
  }

  private static Network network(String path) {
    return Network.ofPath(path)
        .orElseThrow(
            () -> new ApiError(404, SandboxJson.object().add("error", "no such network").build()));
  }

  private static JsonObject json(String body) {
    return Params.json(body).orElseThrow(() -> bad("the body must be a JSON object"));
  }

  private static int integer(String body, String name, int fallback, int min, int max) {
    JsonObject json = body == null || body.isBlank() ? SandboxJson.object().build() : json(body);
    if (!json.containsKey(name)) {
      if (fallback < 0) {
        throw bad(name + " is required");
      }
      return fallback;
    }
    try {
      int v = json.getInt(name);
      if (v < min || v > max) {
        throw bad(name + " must be between " + min + " and " + max);
      }
      return v;
    } catch (ClassCastException e) {
      throw bad(name + " must be a number");
    }
  }

  private static ApiError bad(String message) {
    return new ApiError(400, SandboxJson.object().add("error", message).build());
  }

  private static Response ok(JsonObject body) {
    return Response.ok(body.toString(), ApiErrorMapper.JSON).build();
  }
}
