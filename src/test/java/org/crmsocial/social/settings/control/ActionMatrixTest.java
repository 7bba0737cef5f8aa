package org.crmsocial.social.settings.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.settings.entity.SocialAction;
import org.junit.jupiter.api.Test;

// issue 19 point 26: the Actions tab says when only Administrator can use a new account
class ActionMatrixTest {

  private static final List<SocialAction> TWITTER = SocialAction.of(Network.TWITTER);

  private static ActionMatrix matrix(Set<SocialAction> standard, Set<SocialAction> manager) {
    return new ActionMatrix(
        1L,
        Network.TWITTER,
        TWITTER,
        Set.of(),
        List.of(
            new ActionMatrix.Row(1L, "Administrator", true, TWITTER, EnumSet.copyOf(TWITTER)),
            new ActionMatrix.Row(2L, "Standard", false, TWITTER, standard),
            new ActionMatrix.Row(3L, "Social Manager", false, TWITTER, manager)));
  }

  @Test // S-9 step 7: by default the Administrator profile may do every action
  void aNewAccountIsAdministratorsAlone() {
    assertThat(matrix(Set.of(), Set.of()).isOnlyAdministrator()).isTrue();
  }

  @Test
  void oneActionForAnotherProfileEndsTheNotice() {
    assertThat(matrix(Set.of(), EnumSet.of(SocialAction.VIEW)).isOnlyAdministrator()).isFalse();
    assertThat(matrix(EnumSet.of(SocialAction.REPLY), Set.of()).isOnlyAdministrator()).isFalse();
  }

  @Test
  void theNoticeFollowsTheTickedBoxesOnceSaved() {
    ActionMatrix matrix = matrix(Set.of(), Set.of());
    matrix.rows().get(1).getCells().put(SocialAction.VIEW.name(), true);
    assertThat(matrix.isOnlyAdministrator()).isFalse();
    matrix.rows().get(1).getCells().put(SocialAction.VIEW.name(), false);
    assertThat(matrix.isOnlyAdministrator()).isTrue();
  }
}
