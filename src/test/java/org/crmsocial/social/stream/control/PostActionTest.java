package org.crmsocial.social.stream.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.settings.entity.SocialAction;
import org.junit.jupiter.api.Test;

/** The write service, not the composer's bean, decides what a new post is on each network. */
class PostActionTest {

  @Test
  void aPostIsATweetOnTwitterAndAStatusElsewhere() { // S-8, S-12, S-14
    assertThat(ActionService.postActionOn(Network.TWITTER)).isEqualTo(SocialAction.TWEET);
    assertThat(ActionService.postActionOn(Network.FACEBOOK)).isEqualTo(SocialAction.POST);
    assertThat(ActionService.postActionOn(Network.GOOGLE_PLUS)).isEqualTo(SocialAction.POST);
  }
}
