package org.crmsocial.sandbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import org.crmsocial.sandbox.control.GraphFields;
import org.crmsocial.sandbox.control.SharedLinks;
import org.crmsocial.sandbox.model.Item;
import org.crmsocial.sandbox.model.ItemKind;
import org.crmsocial.sandbox.model.Network;
import org.junit.jupiter.api.Test;

/**
 * The sandbox serves what posts share as the providers document it (issue 19 points 10, 11, 18):
 * Graph {@code story} and {@code attachments}, Google+ HTML {@code content}, X {@code t.co} links
 * with {@code entities.urls}.
 */
class SharedContentTest {

  private static Item post(String text) {
    return new Item(
        8812,
        Network.FACEBOOK,
        ItemKind.POST,
        1049,
        1049,
        null,
        8812,
        null,
        text,
        OffsetDateTime.parse("2026-11-20T11:00:00Z"),
        0,
        0,
        0);
  }

  private static GraphFields.Field attachmentsField(String fields) {
    return GraphFields.parse(fields, "id").get("attachments").orElseThrow();
  }

  // issue 19 point 10: Graph attachments
  @Test
  void graphSharesTheFirstLinkWithItsTitleThroughTheRedirect() {
    JsonObject a =
        FacebookGraphJson.attachments(
                post("Our spring catalogue is out: https://acme.example/spring?ref=social"),
                attachmentsField("id,attachments{type,title,description,url,media}"))
            .orElseThrow()
            .getJsonArray("data")
            .getJsonObject(0);

    assertThat(a.getString("type")).isEqualTo("share");
    assertThat(a.getString("title")).isEqualTo("Spring collection 2026 | Acme");
    assertThat(a.getString("description")).isEqualTo("Linen shirts, light jackets and more.");
    assertThat(a.getString("url"))
        .isEqualTo(
            "https://l.facebook.com/l.php?u=https%3A%2F%2Facme.example%2Fspring%3Fref%3Dsocial"
                + "&h=AT0sandbox");
    assertThat(a.containsKey("media")).isFalse();
    assertThat(a.containsKey("target")).as("only the sub-fields asked for").isFalse();
  }

  // issue 19 point 10: Graph attachments
  @Test
  void graphServesAPictureAsAPhotoWithItsImage() {
    JsonObject a =
        FacebookGraphJson.attachments(
                post("https://scontent.xx.fbcdn.net/v/sandbox/acme-tokyo-store.jpg"),
                attachmentsField("attachments"))
            .orElseThrow()
            .getJsonArray("data")
            .getJsonObject(0);

    assertThat(a.getString("type")).isEqualTo("photo");
    assertThat(a.getJsonObject("media").getJsonObject("image").getString("src"))
        .isEqualTo("https://scontent.xx.fbcdn.net/v/sandbox/acme-tokyo-store.jpg");
    assertThat(a.getString("url")).startsWith("https://www.facebook.com/photo.php?fbid=8812");
    assertThat(SharedLinks.onlyLink("https://acme.example/x")).isTrue();
    assertThat(SharedLinks.onlyLink("see https://acme.example/x")).isFalse();
    assertThat(FacebookGraphJson.attachments(post("no link"), attachmentsField("attachments")))
        .isEmpty();
  }

  // issue 19 point 10: a comment's one attachment
  @Test
  void graphGivesACommentItsOneAttachment() {
    JsonObject a =
        FacebookGraphJson.attachment(
                post("https://acme.example/events/tokyo-trade-show"),
                GraphFields.parse("attachment", "id").get("attachment").orElseThrow())
            .orElseThrow();

    assertThat(a.getString("type")).isEqualTo("share");
    assertThat(a.getString("title")).isEqualTo("Acme at the Tokyo trade show");
  }

  // issue 19 point 11: Google+ content is HTML
  @Test
  void googlePlusContentIsHtml() {
    assertThat(
            GooglePlusResource.contentHtml(
                "*週末セール* 開催中 & _送料無料_\nTom's <b> https://acme.example/sale."))
        .isEqualTo(
            "<b>週末セール</b> 開催中 &amp; <i>送料無料</i><br />Tom&#39;s &lt;b&gt; "
                + "<a href=\"https://acme.example/sale\" class=\"ot-anchor\" rel=\"nofollow\""
                + " target=\"_blank\">https://acme.example/sale</a>.");
  }

  // issue 19 points 10, 11: a Google+ activity's shared link
  @Test
  void googlePlusSharesTheFirstLinkAsAnArticle() {
    JsonObject a =
        GooglePlusResource.withAttachments(
                SandboxJson.object(), "Catalogue: https://acme.example/spring?ref=social")
            .build()
            .getJsonArray("attachments")
            .getJsonObject(0);

    assertThat(a.getString("objectType")).isEqualTo("article");
    assertThat(a.getString("displayName")).isEqualTo("Spring collection 2026 | Acme");
    assertThat(a.getString("url")).isEqualTo("https://acme.example/spring?ref=social");
    assertThat(
            GooglePlusResource.withAttachments(SandboxJson.object(), "no link")
                .build()
                .containsKey("attachments"))
        .isFalse();
  }

  // issue 19 point 18: X t.co links and entities.urls
  @Test
  void xWrapsEveryLinkInTcoWithItsEntity() {
    String typed = "新作 & more https://acme.example/spring?ref=social 🎉 https://acme.example/sale";
    TwitterApiResource.Served served = TwitterApiResource.served(typed);
    var urls = served.urls().build();

    assertThat(urls).hasSize(2);
    String text = served.text();
    assertThat(text).startsWith("新作 &amp; more https://t.co/").doesNotContain("acme.example");
    for (int i = 0; i < 2; i++) {
      JsonObject u = urls.getJsonObject(i);
      int start = text.offsetByCodePoints(0, u.getInt("start"));
      int end = text.offsetByCodePoints(0, u.getInt("end"));
      assertThat(text.substring(start, end)).isEqualTo(u.getString("url")).hasSize(23);
    }
    assertThat(urls.getJsonObject(0).getString("expanded_url"))
        .isEqualTo("https://acme.example/spring?ref=social");
    assertThat(urls.getJsonObject(0).getString("display_url"))
        .isEqualTo("acme.example/spring?ref=s…");
    assertThat(urls.getJsonObject(1).getString("display_url")).isEqualTo("acme.example/sale");
    assertThat(SharedLinks.tco("https://acme.example/sale"))
        .as("the same link, the same t.co address")
        .isEqualTo(SharedLinks.tco("https://acme.example/sale"));
  }
}
