package org.crmsocial.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which third-party hosts a page may show images from ({@code crmsocial.image-hosts}): the
 * networks' image hosts by default. The same list is the {@code img-src} of the pages' Content
 * Security Policy, and a page renders a network's image only when its address is allowed, so no
 * image is ever refused by the policy: anything else shows the person's initials instead.
 */
@ApplicationScoped
public class ImagePolicy {

  /** The networks' image hosts: X's, Facebook's (Graph pictures redirect to its CDNs), Google's. */
  public static final String NETWORK_IMAGE_HOSTS =
      "pbs.twimg.com, abs.twimg.com, graph.facebook.com, *.fbcdn.net, *.fbsbx.com,"
          + " *.googleusercontent.com";

  private final List<String> hosts;

  /** For the container's proxy only. */
  protected ImagePolicy() {
    this(NETWORK_IMAGE_HOSTS);
  }

  @Inject
  public ImagePolicy(
      @ConfigProperty(name = "crmsocial.image-hosts", defaultValue = NETWORK_IMAGE_HOSTS)
          String hosts) {
    this.hosts =
        Arrays.stream(hosts.split(","))
            .map(h -> h.trim().toLowerCase(Locale.ROOT))
            .filter(h -> h.matches("(\\*\\.)?[a-z0-9.-]+"))
            .toList();
  }

  /** Whether a page may show the image at {@code url}: https, on an allowed host. */
  public boolean allows(String url) {
    if (url == null || url.isBlank()) {
      return false;
    }
    URI uri;
    try {
      uri = URI.create(url.trim());
    } catch (IllegalArgumentException notAnAddress) {
      return false;
    }
    String host = uri.getHost();
    if (!"https".equalsIgnoreCase(uri.getScheme()) || host == null || uri.getUserInfo() != null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    return hosts.stream()
        .anyMatch(
            allowed ->
                allowed.startsWith("*.")
                    ? h.endsWith(allowed.substring(1)) && h.length() > allowed.length() - 1
                    : h.equals(allowed));
  }

  /** The allowed hosts as Content Security Policy sources ({@code https://host}). */
  public String sources() {
    return hosts.stream().map(h -> "https://" + h).collect(Collectors.joining(" "));
  }
}
