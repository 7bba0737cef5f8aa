package org.crmsocial.social.settings.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.social.provider.model.Network;
import org.junit.jupiter.api.Test;

/** The invariants {@link SocialAccount} keeps whoever calls it. */
class SocialAccountTest {

  private static final OffsetDateTime T =
      OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneOffset.UTC);

  private static SocialAccount linked(Network network) {
    SocialAccount account = new SocialAccount(network, "42");
    account.authorize("Acme", null, Set.of("x"), "v1:a", null, T.plusDays(60), null, T);
    return account;
  }

  @Test
  void twitterIsActiveAtOnceFacebookAndGoogleWaitForTheirPage() { // S-9, S-13, S-15
    assertThat(linked(Network.TWITTER).getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(linked(Network.FACEBOOK).getStatus()).isEqualTo(AccountStatus.PENDING_PAGE);
    assertThat(linked(Network.GOOGLE_PLUS).getPendingSince()).isEqualTo(T);
  }

  @Test
  void activateRefusesARemovedAccountAndTwitter() {
    SocialAccount facebook = linked(Network.FACEBOOK);
    facebook.remove(T);
    assertThatThrownBy(() -> facebook.activate("1049", "Acme", null, T))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("social.settings.error.accountRemoved");
    assertThatThrownBy(() -> linked(Network.TWITTER).activate("1", "x", null, T))
        .hasMessageContaining("social.settings.error.noPagesOnNetwork");
  }

  @Test
  void removalErasesEveryTokenAndKeepsThePage() { // S-17, S-19
    SocialAccount facebook = linked(Network.FACEBOOK);
    facebook.activate("1049", "Acme Japan", "v1:page", T);
    facebook.remove(T.plusHours(1));
    assertThat(facebook.getAccessToken()).isNull();
    assertThat(facebook.getRefreshToken()).isNull();
    assertThat(facebook.getPage().getPageToken()).isNull();
    assertThat(facebook.getPage().getExternalPageId()).isEqualTo("1049");
    assertThat(facebook.isRemoved()).isTrue();
    assertThat(facebook.toString()).doesNotContain("v1:");
  }

  @Test
  void reauthorizingAnActiveAccountKeepsItsPageAndWhoLinkedIt() {
    SocialAccount facebook = linked(Network.FACEBOOK);
    facebook.activate("1049", "Acme Japan", "v1:page", T);
    facebook.needsReauthorization();
    assertThat(facebook.getStatus()).isEqualTo(AccountStatus.NEEDS_REAUTH);
    facebook.authorize("Acme", null, Set.of("x"), "v1:b", null, null, null, T.plusDays(3));
    assertThat(facebook.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(facebook.getLinkedAt()).isEqualTo(T);
    assertThat(facebook.getPage().getExternalPageId()).isEqualTo("1049");
  }

  @Test
  void relinkingARemovedAccountAsksForItsPageAgain() { // S-19
    SocialAccount google = linked(Network.GOOGLE_PLUS);
    google.activate("1065", "Acme Japan", null, T);
    google.remove(T);
    google.authorize("Acme", null, Set.of(), "v1:c", "v1:r", null, null, T.plusDays(1));
    assertThat(google.getStatus()).isEqualTo(AccountStatus.PENDING_PAGE);
    assertThat(google.getLinkedAt()).isEqualTo(T.plusDays(1));
  }

  @Test
  void aPendingAccountExpiresAfterFifteenMinutes() { // S-11, S-16
    SocialAccount facebook = linked(Network.FACEBOOK);
    assertThat(facebook.pendingExpired(T.plusMinutes(14))).isFalse();
    assertThat(facebook.pendingExpired(T.plusMinutes(15))).isTrue();
    facebook.activate("1049", "Acme", null, T);
    assertThat(facebook.pendingExpired(T.plusHours(1))).isFalse();
  }

  @Test
  void everyActionNamesTheScopeItNeeds() {
    for (Network network : Network.values()) {
      for (SocialAction action : SocialAction.of(network)) {
        assertThat(action.requiredScope(network)).isNotBlank();
      }
    }
    assertThat(SocialAction.of(Network.GOOGLE_PLUS)).doesNotContain(SocialAction.LIKE);
  }
}
