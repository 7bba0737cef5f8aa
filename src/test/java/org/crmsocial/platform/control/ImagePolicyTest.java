package org.crmsocial.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImagePolicyTest {

  @Test
  void onlyHttpsImagesOnAllowedHostsAreShown() { // avatars: no image the policy would refuse
    ImagePolicy policy = new ImagePolicy(ImagePolicy.NETWORK_IMAGE_HOSTS);
    assertThat(policy.allows("https://pbs.twimg.com/profile_images/1/a_normal.jpg")).isTrue();
    assertThat(policy.allows("https://scontent.xx.fbcdn.net/v/t1/p.jpg")).isTrue();
    assertThat(policy.allows("https://lh3.googleusercontent.com/a/photo.jpg?sz=50")).isTrue();
    assertThat(policy.allows("http://pbs.twimg.com/a.jpg")).as("not https").isFalse();
    assertThat(policy.allows("https://fbcdn.net.evil.example/a.jpg")).isFalse();
    assertThat(policy.allows("https://evilfbcdn.net/a.jpg")).isFalse();
    assertThat(policy.allows("https://user@pbs.twimg.com/a.jpg")).isFalse();
    assertThat(policy.allows("javascript:alert(1)")).isFalse();
    assertThat(policy.allows("https://pbs.twimg.com /a b")).isFalse();
    assertThat(policy.allows(null)).isFalse();
    assertThat(policy.sources()).contains("https://pbs.twimg.com").contains("https://*.fbcdn.net");
    assertThat(new ImagePolicy(" ").allows("https://pbs.twimg.com/a.jpg")).isFalse();
    assertThat(new ImagePolicy("img.example.com, 'unsafe-inline'").sources())
        .isEqualTo("https://img.example.com");
  }
}
