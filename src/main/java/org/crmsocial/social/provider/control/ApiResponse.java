package org.crmsocial.social.provider.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An HTTP answer from a network: status, headers (looked up without regard to case, as HTTP wants)
 * and the body as text.
 */
record ApiResponse(int status, Map<String, List<String>> headers, String body) {

  ApiResponse {
    headers = headers == null ? Map.of() : headers;
    body = body == null ? "" : body;
  }

  boolean successful() {
    return status >= 200 && status < 300;
  }

  /** The first value of a header, whatever the case of its name. */
  Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream())
        .findFirst();
  }

  /** The same answer with every secret of the call cut out of the body. */
  ApiResponse scrubbed(Set<String> secrets) {
    return new ApiResponse(status, headers, Secrets.scrub(body, secrets));
  }
}
