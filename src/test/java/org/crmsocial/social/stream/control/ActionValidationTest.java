package org.crmsocial.social.stream.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.WriteKind;
import org.crmsocial.social.settings.entity.SocialAction;
import org.junit.jupiter.api.Test;

/** What ActionService refuses before calling a network, and where it stores what it created. */
class ActionValidationTest {

  @Test
  void textOfOnlyControlOrInvisibleCharactersIsRefusedOnEveryNetworkAndAction() { // control chars
    String[] invisible = {
      "\u0000",
      "\u0000\u0000\u0000",
      "\u0001\u0007\u001b\u007f",
      "\u0085\u009f",
      "\r\n\u0000\t",
      "\u200b\u00a0\ufeff",
      "\u3000\u2028",
      "\ud800"
    };
    for (WriteKind kind : WriteKind.values()) {
      for (Network network : Network.values()) {
        if (!kind.offeredBy(network) || !ActionService.hasText(kind)) {
          continue;
        }
        for (String text : invisible) {
          assertThatThrownBy(() -> ActionService.validated(network, kind, text))
              .as(network + " " + kind + " " + text.codePoints().boxed().toList())
              .isInstanceOfSatisfying(
                  RuleViolation.class,
                  v -> assertThat(v.getKey()).isEqualTo("social.stream.error.blank"));
        }
        assertThat(ActionService.validated(network, kind, "a\u0000b\u0007 c\r\nd\te"))
            .as("controls are dropped, line breaks and tabs kept")
            .isEqualTo("ab c\nd\te");
      }
    }
  }

  @Test
  void blankTextIsRefusedOnEveryNetwork() { // S-8, S-12, S-14
    for (Network network : Network.values()) {
      WriteKind kind = network == Network.TWITTER ? WriteKind.TWEET : WriteKind.POST;
      assertThatThrownBy(() -> ActionService.validated(network, kind, " \n "))
          .isInstanceOfSatisfying(
              RuleViolation.class,
              v -> assertThat(v.getKey()).isEqualTo("social.stream.error.blank"));
      assertThatThrownBy(() -> ActionService.validated(network, kind, null))
          .isInstanceOf(RuleViolation.class);
    }
  }

  @Test
  void tweetsAndRepliesAreLimitedAsTwitterCounts() { // S-12
    assertThat(
            ActionService.validated(
                Network.TWITTER, WriteKind.TWEET, "  " + "あ".repeat(140) + "  "))
        .hasSize(140);
    assertThatThrownBy(
            () -> ActionService.validated(Network.TWITTER, WriteKind.REPLY, "あ".repeat(141)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.getKey()).isEqualTo("social.stream.error.tooLongTweet");
              assertThat(v.getArgs()).containsExactly(282, 280);
            });
    // a DM is not a tweet: 281 characters are fine
    assertThat(ActionService.validated(Network.TWITTER, WriteKind.DM_REPLY, "a".repeat(281)))
        .hasSize(281);
  }

  @Test
  void likesRetweetsAndFavouritesCarryNoText() { // S-8, S-12
    assertThat(ActionService.validated(Network.FACEBOOK, WriteKind.LIKE, "ignored")).isNull();
    assertThat(ActionService.validated(Network.TWITTER, WriteKind.RETWEET, null)).isNull();
    assertThat(ActionService.validated(Network.TWITTER, WriteKind.FAVOURITE, null)).isNull();
  }

  @Test
  void googlePlusAndFacebookHaveTheirOwnLimits() { // S-8, S-14
    assertThatThrownBy(
            () ->
                ActionService.validated(
                    Network.GOOGLE_PLUS,
                    WriteKind.COMMENT,
                    "x".repeat(ActionService.GOOGLE_MAX + 1)))
        .hasMessageContaining("social.stream.error.tooLong");
    assertThat(
            ActionService.validated(
                Network.FACEBOOK, WriteKind.POST, "x".repeat(ActionService.GOOGLE_MAX + 1)))
        .isNotNull();
  }

  @Test
  void viewSearchAndHistoryAreNotWrites() {
    assertThatThrownBy(() -> ActionService.writeKind(SocialAction.VIEW))
        .isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> ActionService.writeKind(SocialAction.SEARCH))
        .isInstanceOf(RuleViolation.class);
    assertThat(ActionService.writeKind(SocialAction.DM_REPLY)).isEqualTo(WriteKind.DM_REPLY);
  }

  @Test
  void aRefusalNamesTheActionAsTheActionsMatrixDoesInTheReadersLanguage() { // S-12
    RuleViolation refused =
        catchThrowableOfType(
            RuleViolation.class, () -> ActionService.writeKind(SocialAction.LEAD_HISTORY));
    assertThat(Messages.text(Locale.ENGLISH, refused.getKey(), refused.getArgs()))
        .isEqualTo("Lead tweet history is not something to post.");
    assertThat(Messages.text(Locale.JAPANESE, refused.getKey(), refused.getArgs()))
        .startsWith("見込み客のツイート履歴 は")
        .doesNotContain("LEAD_HISTORY");
  }

  @Test
  void whatAnActionCreatesIsStoredInTheStreamTheSyncReads() { // S-8, S-12, S-14: shows at once,
    // stored once
    assertThat(ActionService.streamOf(Network.FACEBOOK, WriteKind.COMMENT))
        .isEqualTo(NetworkStream.FACEBOOK_PAGE_FEED);
    assertThat(ActionService.streamOf(Network.FACEBOOK, WriteKind.MESSAGE_REPLY))
        .isEqualTo(NetworkStream.FACEBOOK_CONVERSATIONS);
    assertThat(ActionService.streamOf(Network.GOOGLE_PLUS, WriteKind.POST))
        .isEqualTo(NetworkStream.GOOGLE_PAGE_ACTIVITIES);
    assertThat(ActionService.streamOf(Network.TWITTER, WriteKind.REPLY))
        .isEqualTo(NetworkStream.TWITTER_OWN_TWEETS);
    assertThat(ActionService.streamOf(Network.TWITTER, WriteKind.DM_REPLY))
        .isEqualTo(NetworkStream.TWITTER_DIRECT_MESSAGES);
  }
}
