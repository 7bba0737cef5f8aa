package org.crmsocial.social.conversation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.crmsocial.social.conversation.entity.Direction;
import org.crmsocial.social.conversation.entity.InteractionKind;
import org.crmsocial.social.provider.model.Network;
import org.junit.jupiter.api.Test;

/** S-4: a line of the Social Interactions list as the page shows it. */
class InteractionRowTest {

  private static InteractionRow row(String name, String handle, OffsetDateTime at) {
    return new InteractionRow(
        1L,
        Network.TWITTER,
        InteractionKind.MENTION,
        Direction.IN,
        name,
        handle,
        "t",
        null,
        at,
        null,
        null,
        null);
  }

  @Test
  void theTimeIsTheSameInstantInTokyo() {
    OffsetDateTime utc = OffsetDateTime.of(2026, 11, 26, 23, 30, 0, 0, ZoneOffset.UTC);
    OffsetDateTime shown = row("A", null, utc).createdAt();
    assertThat(shown.toInstant()).isEqualTo(utc.toInstant());
    assertThat(shown.getOffset()).isEqualTo(ZoneOffset.ofHours(9));
    assertThat(shown.getDayOfMonth()).isEqualTo(27);
    assertThat(shown.getHour()).isEqualTo(8);
  }

  @Test
  void theAuthorIsNamedByDisplayNameElseHandle() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    assertThat(row("Taro Yamada", "taro_y", now).authorLabel()).isEqualTo("Taro Yamada");
    assertThat(row(" ", "taro_y", now).authorLabel()).isEqualTo("@taro_y");
    assertThat(row(null, null, now).authorLabel()).isEmpty();
  }
}
