package org.crmsocial.social.stream.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// issue 19 point 10: a link card names the host and links only to the web; a picture shows only
// from an allowed host
class ItemContentViewTest {

  private final ItemContentView view = new ItemContentView();

  {
    view.images =
        new org.crmsocial.platform.control.ImagePolicy(
            org.crmsocial.platform.control.ImagePolicy.NETWORK_IMAGE_HOSTS);
  }

  @Test
  void aWebAddressIsLinkedAndNamedByItsHost() {
    assertThat(view.linkable("https://www.acme.example/spring?ref=fb")).isTrue();
    assertThat(view.host("https://www.acme.example/spring?ref=fb")).isEqualTo("acme.example");
    assertThat(view.host("HTTP://Shop.Acme.Example/x")).isEqualTo("shop.acme.example");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"javascript:alert(1)", "data:text/html,x", "/relative", "//acme.example/x", " "})
  void anythingElseIsNeitherLinkedNorNamed(String url) {
    assertThat(view.linkable(url)).isFalse();
    assertThat(view.host(url)).isNull();
  }

  @Test
  void picturesShowOnlyOverHttpsFromTheNetworksImageHosts() {
    assertThat(view.showsImage("https://scontent.xx.fbcdn.net/v/t39/photo.jpg")).isTrue();
    assertThat(view.showsImage("https://pbs.twimg.com/media/x.jpg")).isTrue();
    assertThat(view.showsImage("https://lh3.googleusercontent.com/a/p.jpg")).isTrue();
    assertThat(view.showsImage("http://scontent.xx.fbcdn.net/v/photo.jpg")).isFalse();
    assertThat(view.showsImage("https://tracker.example/pixel.gif")).isFalse();
    assertThat(view.showsImage("https://fbcdn.net.evil.example/p.jpg")).isFalse();
    assertThat(view.showsImage("https://evilfbcdn.net/p.jpg")).isFalse();
    assertThat(view.showsImage(null)).isFalse();
  }
}
