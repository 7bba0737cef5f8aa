package org.crmsocial.it.people;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.crmsocial.it.settings.SandboxConsent;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.settings.control.AccountRemoval;
import org.crmsocial.social.settings.control.AccountSummary;
import org.crmsocial.social.settings.control.LinkingService;
import org.eclipse.microprofile.config.Config;

/**
 * Links and unlinks the sandbox Twitter account through the product's {@link LinkingService} and
 * {@link AccountRemoval} (the caller acts as a Manage Social user), and drives the sandbox's admin
 * endpoints over HTTP.
 */
final class SandboxLinks {

  private final LinkingService linking;
  private final AccountRemoval removal;
  private final String base;

  SandboxLinks(LinkingService linking, AccountRemoval removal, Config config) {
    this.linking = linking;
    this.removal = removal;
    this.base =
        "http://localhost:" + config.getOptionalValue("http.port", String.class).orElse("9080");
  }

  /** Links brand@acme.example's Twitter account (acme_jp), active at once (S-13). */
  void linkTwitter() {
    AuthorizationRequest started = linking.start(Network.TWITTER, base);
    Map<String, String> back =
        SandboxConsent.allow(started.url(), Network.TWITTER, "brand@acme.example");
    linking.complete(Network.TWITTER, back.get("state"), back.get("code"), back.get("error"));
  }

  /** Removes every account in use (S-17). */
  void removeAll() {
    for (AccountSummary account : linking.accounts()) {
      if (!account.isRemoved()) {
        removal.remove(account.id());
      }
    }
  }

  /** POSTs {@code json} to {@code /sandbox/twitter/_admin/<path>}; DELETE when json is null. */
  void twitterAdmin(String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/sandbox/twitter/_admin/" + path))
            .timeout(Duration.ofSeconds(30));
    request =
        json == null
            ? request.DELETE()
            : request
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    try {
      HttpResponse<String> answer =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() >= 300) {
        throw new IllegalStateException(
            path + " answered " + answer.statusCode() + ": " + answer.body());
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
