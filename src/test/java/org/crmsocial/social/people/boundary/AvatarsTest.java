package org.crmsocial.social.people.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AvatarsTest {

  @Test
  void anAvatarWithoutAPictureShowsTheInitials() { // avatars: initials, never a broken image
    assertThat(Avatars.initialsOf("Emily Clark")).isEqualTo("EC");
    assertThat(Avatars.initialsOf("james wilson jr")).isEqualTo("JJ");
    assertThat(Avatars.initialsOf("@acme_jp")).isEqualTo("AJ");
    assertThat(Avatars.initialsOf("Acme")).isEqualTo("A");
    assertThat(Avatars.initialsOf("山田 太郎")).isEqualTo("山");
    assertThat(Avatars.initialsOf("やまだ")).isEqualTo("や");
    assertThat(Avatars.initialsOf("Émile Zola")).isEqualTo("ÉZ");
    assertThat(Avatars.initialsOf("  ")).isEmpty();
    assertThat(Avatars.initialsOf("!!!")).isEmpty();
    assertThat(Avatars.initialsOf(null)).isEmpty();
    assertThat(Avatars.initialsOf("<script>")).isEqualTo("S");
  }
}
