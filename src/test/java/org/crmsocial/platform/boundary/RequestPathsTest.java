package org.crmsocial.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestPathsTest {

  static final String[] SPELLINGS_OF_ORGANIZATION = {
    "/app//setup/organization.xhtml",
    "//app/setup/organization.xhtml",
    "/app/./setup/organization.xhtml",
    "/app/x/../setup/organization.xhtml",
    "/app/%73etup/organization.xhtml",
    "/%61pp/setup/organization.xhtml",
    "/app/setup/%6Frganization.xhtml",
    "/app/setup;x=1/organization.xhtml",
    "/app/setup/organization.xhtml;jsessionid=1",
    "/app\\setup\\organization.xhtml",
    "/APP/Setup/Organization.xhtml",
    "/app/jakarta.faces.resource/../setup/organization.xhtml",
    "/app/%2e/setup/organization.xhtml",
    "/app/%2F/setup/organization.xhtml",
    "/app/setup/./././organization.xhtml",
  };

  @Test
  void everySpellingOfAPathResolvesToTheOnePathAccessIsDecidedOn() { // path variants
    for (String spelling : SPELLINGS_OF_ORGANIZATION) {
      assertThat(RequestPaths.resolved(spelling))
          .as(spelling)
          .isEqualTo("/app/setup/organization.xhtml");
      assertThat(RequestPaths.isCanonical(spelling)).as(spelling).isFalse();
    }
    assertThat(RequestPaths.isCanonical("/app/setup/organization.xhtml")).isTrue();
    assertThat(RequestPaths.isCanonical("/app/leads/view.xhtml")).isTrue();
  }

  @Test
  void unreadablePathsResolveToNothing() { // path variants
    assertThat(RequestPaths.resolved("/app/%zzsetup/index.xhtml")).isNull();
    assertThat(RequestPaths.resolved("/app/setup/index.xhtml%")).isNull();
    assertThat(RequestPaths.resolved("/../app/setup/index.xhtml")).isNull();
    assertThat(RequestPaths.resolved("/app/../../setup")).isNull();
  }

  @Test
  void theProtectedAreasAreTheAppAndTheOAuthPaths() {
    assertThat(RequestPaths.isProtected("/app/home.xhtml")).isTrue();
    assertThat(RequestPaths.isProtected("/social/facebook/start")).isTrue();
    assertThat(RequestPaths.isProtected("/app")).isTrue();
    assertThat(RequestPaths.isProtected("/login.xhtml")).isFalse();
    assertThat(RequestPaths.isProtected("/jakarta.faces.resource/theme.css.xhtml")).isFalse();
    assertThat(RequestPaths.isProtected("/application.xhtml")).isFalse();
  }
}
