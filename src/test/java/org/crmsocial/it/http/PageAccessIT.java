package org.crmsocial.it.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmsocial.testsupport.Deployments;
import org.crmsocial.testsupport.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Page access holds on every spelling of a path (issue 19, path variants): for every protected page
 * and every demo profile, the page's canonical path answers as the rules say, and no other spelling
 * of it (repeated slashes, dot segments, percent escapes, {@code ;} parameters, other case) serves
 * it.
 */
@ExtendWith(ArquillianExtension.class)
class PageAccessIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.productWar();
  }

  @ArquillianResource URL base;

  static final List<String> PROTECTED_PAGES =
      List.of(
          "/app/setup/index.xhtml",
          "/app/setup/organization.xhtml",
          "/app/setup/audit.xhtml",
          "/app/setup/profiles/index.xhtml",
          "/app/setup/users/index.xhtml",
          "/app/setup/social/index.xhtml",
          "/app/social/index.xhtml",
          "/app/leads/index.xhtml");

  @Test
  void noSpellingOfAProtectedPathServesWhatItsCanonicalFormRefuses() { // path variants
    Map<String, Map<String, Integer>> canonical = new LinkedHashMap<>();
    List<String> served = new ArrayList<>();
    for (String user : List.of("admin", "manager", "sales")) {
      WebSession web = new WebSession(base.toString());
      web.signIn(user + "@crmsocial.example", "demo-password-1");
      Map<String, Integer> statuses = new LinkedHashMap<>();
      for (String page : PROTECTED_PAGES) {
        int status = web.raw(page).status();
        statuses.put(page, status);
        for (String variant : spellings(page)) {
          WebSession.RawResponse answer = web.raw(variant);
          boolean servesPage =
              answer.status() < 400 || answer.body().contains("jakarta.faces.ViewState");
          // The container itself strips a session id parameter before the application sees the
          // path, so that one spelling may answer as its canonical path does, never better.
          boolean sameAsCanonical = variant.endsWith(SESSION_ID) && status == 200;
          if (servesPage && !sameAsCanonical) {
            served.add(user + " " + variant + " -> " + answer.status());
          }
        }
      }
      canonical.put(user, statuses);
    }
    assertThat(served).as("non-canonical spellings that served a page").isEmpty();

    // The canonical paths answer as the rules say (S-5, S-23, S-29).
    assertThat(canonical.get("admin"))
        .allSatisfy((page, status) -> assertThat(status).isEqualTo(200));
    assertThat(canonical.get("sales"))
        .containsEntry("/app/setup/index.xhtml", 403)
        .containsEntry("/app/setup/organization.xhtml", 403)
        .containsEntry("/app/setup/audit.xhtml", 403)
        .containsEntry("/app/setup/profiles/index.xhtml", 403)
        .containsEntry("/app/setup/users/index.xhtml", 403)
        .containsEntry("/app/setup/social/index.xhtml", 403)
        .containsEntry("/app/leads/index.xhtml", 200);
    assertThat(canonical.get("manager"))
        .containsEntry("/app/setup/index.xhtml", 200)
        .containsEntry("/app/setup/social/index.xhtml", 200)
        .containsEntry("/app/setup/organization.xhtml", 403)
        .containsEntry("/app/setup/profiles/index.xhtml", 403);
  }

  static final String SESSION_ID = ";jsessionid=1";

  /** Other spellings of {@code page} that a container may resolve to the same page. */
  static List<String> spellings(String page) {
    String rest = page.substring("/app/".length());
    String second = rest.substring(0, 1);
    return List.of(
        "/app//" + rest,
        "/" + page,
        "/app/./" + rest,
        "/app/x/../" + rest,
        "/app/%" + Integer.toHexString(second.charAt(0)) + rest.substring(1),
        "/%61pp/" + rest,
        "/app;x=1/" + rest,
        page + SESSION_ID,
        page.toUpperCase(java.util.Locale.ROOT),
        "/app/jakarta.faces.resource/../" + rest,
        "/app/%2e/" + rest,
        "/app/" + rest.replace("/", "//"));
  }
}
