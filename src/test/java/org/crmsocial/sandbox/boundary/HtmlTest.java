package org.crmsocial.sandbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.crmsocial.sandbox.model.Network;
import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesEveryDangerousCharacter() {
    assertThat(Html.escape("<script>alert('x')</script>&\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;");
    assertThat(Html.escape(null)).isEmpty();
  }

  @Test
  void signInPageEscapesCarriedParametersAndHasStableIds() {
    String page =
        Html.signIn(
            Network.FACEBOOK,
            "/sandbox/facebook/www/v25.0/dialog/oauth",
            Map.of("state", "\"><script>x</script>"),
            "<b>bad</b>",
            "a\"b");
    assertThat(page)
        .doesNotContain("<script>x")
        .doesNotContain("<b>bad</b>")
        .contains("&quot;&gt;&lt;script&gt;")
        .contains("id=\"email\"")
        .contains("id=\"pass\"")
        .contains("id=\"login\"")
        .doesNotContain("http://")
        .doesNotContain("https://");
  }
}
