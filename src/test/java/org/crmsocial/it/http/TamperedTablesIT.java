package org.crmsocial.it.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.crmsocial.testsupport.Deployments;
import org.crmsocial.testsupport.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every lazy table answers tampered paging and sorting values (tampered paging) with a page, never
 * a server error: the values are clamped, or the request is refused with a message.
 */
@ExtendWith(ArquillianExtension.class)
class TamperedTablesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.productWar();
  }

  @ArquillianResource URL base;

  /** page, form, table */
  static final List<String[]> TABLES =
      List.of(
          new String[] {"/app/leads/index.xhtml", "list-form", "list-form:records"},
          new String[] {"/app/contacts/index.xhtml", "list-form", "list-form:records"},
          new String[] {"/app/setup/audit.xhtml", "audit-form", "audit-form:audit"},
          new String[] {"/app/setup/users/index.xhtml", "users-form", "users-form:users"});

  static final List<String[]> PAGING =
      List.of(
          new String[] {"99999999999999999999", "25"},
          new String[] {"-50", "25"},
          new String[] {"abc", "25"},
          new String[] {"0", "1000000"},
          new String[] {"0", "0"},
          new String[] {"0", "-1"},
          new String[] {"0", "x"},
          new String[] {"2147483647", "100"});

  @Test
  void tamperedPagingAndSortingAnswerWithATableNotAServerError() { // tampered paging
    WebSession web = new WebSession(base.toString());
    web.signIn("admin@crmsocial.example", "demo-password-1");
    for (String[] table : TABLES) {
      String page = web.get(table[0]).body();
      String state = WebSession.enc(WebSession.viewState(page));
      for (String[] paging : PAGING) {
        String what = table[0] + " first=" + paging[0] + " rows=" + paging[1];
        HttpResponse<String> answer =
            ajax(
                web,
                table,
                state,
                "page",
                "_pagination=true&"
                    + enc(table[2])
                    + "_first="
                    + WebSession.enc(paging[0])
                    + "&"
                    + enc(table[2])
                    + "_rows="
                    + WebSession.enc(paging[1]));
        assertAnsweredWithATable(answer, what);
      }
      for (String sort : new String[] {"7", "abc", ""}) {
        HttpResponse<String> answer =
            ajax(
                web,
                table,
                state,
                "sort",
                "_sorting=true&"
                    + enc(table[2])
                    + "_sortKey="
                    + enc(table[2] + ":no-such-column")
                    + "&"
                    + enc(table[2])
                    + "_sortDir="
                    + WebSession.enc(sort));
        assertAnsweredWithATable(answer, table[0] + " sortDir=" + sort);
      }
    }
  }

  private static void assertAnsweredWithATable(HttpResponse<String> answer, String what) {
    assertThat(answer.statusCode()).as(what).isEqualTo(200);
    assertThat(answer.body())
        .as(what)
        .contains("<partial-response")
        .doesNotContain("<error>")
        .doesNotContain("Exception");
  }

  private static HttpResponse<String> ajax(
      WebSession web, String[] table, String state, String event, String feature) {
    String t = enc(table[2]);
    return web.post(
        table[0],
        "jakarta.faces.partial.ajax=true&jakarta.faces.source="
            + t
            + "&jakarta.faces.partial.execute="
            + t
            + "&jakarta.faces.partial.render="
            + t
            + "&jakarta.faces.behavior.event="
            + event
            + "&jakarta.faces.partial.event="
            + event
            + "&"
            + t
            + feature
            + "&"
            + t
            + "_skipChildren=true&"
            + t
            + "_encodeFeature=true&"
            + enc(table[1])
            + "="
            + enc(table[1])
            + "&jakarta.faces.ViewState="
            + state,
        "Faces-Request",
        "partial/ajax");
  }

  private static String enc(String s) {
    return WebSession.enc(s);
  }
}
