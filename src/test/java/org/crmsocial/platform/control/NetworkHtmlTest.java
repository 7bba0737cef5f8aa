package org.crmsocial.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// issue 19 point 11: network HTML. One sanitizer for every place network HTML is shown.
class NetworkHtmlTest {

  @Test
  void keepsLinksLineBreaksBoldAndItalic() {
    assertThat(
            NetworkHtml.sanitize(
                "Hello <b>bold</b> <i>it</i> <strong>s</strong> <em>e</em><br>"
                    + "<a href=\"https://acme.example/x?a=1&amp;b=2\">link</a>"))
        .isEqualTo(
            "Hello <b>bold</b> <i>it</i> <strong>s</strong> <em>e</em><br>"
                + "<a href=\"https://acme.example/x?a=1&amp;b=2\" rel=\"nofollow noopener\">link</a>");
  }

  @Test
  void dropsScriptsHandlersAndOtherTagsKeepingTheirText() {
    String clean =
        NetworkHtml.sanitize(
            "<div onclick=\"steal()\"><span style=\"color:red\">nested <u>text</u></span></div>"
                + "<script>alert(1)</script><style>body{}</style><img src=x onerror=alert(1)>"
                + "<b onmouseover=\"x()\">b</b><iframe src=\"https://evil.example\"></iframe>");
    assertThat(clean).isEqualTo("nested text<b>b</b>");
  }

  @Test
  void dropsDisallowedTagsNestedInAllowedOnes() {
    assertThat(
            NetworkHtml.sanitize(
                "<b><span class=\"x\"><script>x()</script>t</span></b>"
                    + "<a href=\"https://a.example\"><i>x</i><iframe src=\"https://e.example\">"
                    + "</iframe><img src=\"https://e.example/p.png\"></a>"
                    + "<table><tr><td>cell</td></tr></table><form><input value=\"v\"></form>"))
        .isEqualTo(
            "<b>t</b><a href=\"https://a.example\" rel=\"nofollow noopener\"><i>x</i></a>cell");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java&#x09;script:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "/relative/path",
        "//evil.example/x",
        "ftp://files.example/x"
      })
  void keepsOnlyHttpAndHttpsLinksAndShowsTheOthersAsText(String href) {
    String clean = NetworkHtml.sanitize("<a href=\"" + href + "\" target=\"_top\">click</a>");
    assertThat(clean).isEqualTo("click");
  }

  @Test
  void everyLinkGetsNofollowNoopenerWhateverItSaidItself() {
    assertThat(
            NetworkHtml.sanitize(
                "<a href=\"http://acme.example\" rel=\"opener\" target=\"_blank\">a</a>"))
        .isEqualTo("<a href=\"http://acme.example\" rel=\"nofollow noopener\">a</a>");
  }

  @Test
  void escapesTextExactlyOnce() {
    assertThat(NetworkHtml.sanitize("Tom &amp; Jerry &lt;3 &quot;q&quot; 5 > 4"))
        .isEqualTo("Tom &amp; Jerry &lt;3 \"q\" 5 &gt; 4");
    assertThat(NetworkHtml.sanitize("&lt;script&gt;alert(1)&lt;/script&gt;"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(NetworkHtml.sanitize("新店舗オープン 😍")).isEqualTo("新店舗オープン 😍");
  }

  @Test
  void sanitizingTwiceChangesNothing() {
    String once =
        NetworkHtml.sanitize(
            "a &amp; b<br/><a href=\"https://x.example/?q=1&amp;r=2\">x</a><p>p</p>");
    assertThat(NetworkHtml.sanitize(once)).isEqualTo(once);
  }

  @Test
  void plainTextDecodesEntitiesAndKeepsLineBreaks() {
    assertThat(
            NetworkHtml.plainText(
                "Tom &amp; Jerry<br />second <b>line</b> <a href=\"https://a.example\">link</a>"
                    + "<p>para</p>last"))
        .isEqualTo("Tom & Jerry\nsecond line link\npara\nlast");
    assertThat(NetworkHtml.plainText(null)).isNull();
  }

  @Test
  void withLinksEscapesTheTextAndLinksTheRanges() {
    String text = "see <b> & https://t.co/abc\nbye";
    int start = text.indexOf("https");
    assertThat(
            NetworkHtml.withLinks(
                text,
                List.of(
                    new NetworkHtml.Link(
                        start, start + 16, "https://acme.example/spring", "acme.example/spring"))))
        .isEqualTo(
            "see &lt;b&gt; &amp; <a href=\"https://acme.example/spring\" rel=\"nofollow noopener\">"
                + "acme.example/spring</a><br>bye");
  }

  @Test
  void withLinksRefusesUnsafeAddressesAndBadRanges() {
    assertThat(
            NetworkHtml.withLinks(
                "a b c",
                List.of(
                    new NetworkHtml.Link(0, 1, "javascript:alert(1)", "<x>"),
                    new NetworkHtml.Link(2, 9, "https://a.example", "out of range"))))
        .isEqualTo("&lt;x&gt; b c");
  }
}
