package org.crmsocial.social.stream.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Social tab's count-horizon policy (moved out of the page's bean): the stream is counted
 * exactly only so far past the furthest page shown; a count past it reads "more than n".
 */
class CountHorizonTest {

  private final CountHorizon horizon = new CountHorizon();

  @Test
  void theFirstCountReachesCountAheadAndOnlyACountPastItIsCapped() {
    assertThat(horizon.toCount()).isEqualTo(StreamService.COUNT_AHEAD);
    assertThat(horizon.capped(StreamService.COUNT_AHEAD)).isFalse();
    assertThat(horizon.capped(StreamService.COUNT_AHEAD + 1L)).isTrue();
  }

  @Test
  void pagingOnMovesTheHorizonWithThePageSoEveryItemStaysReachable() {
    horizon.paged(2_000, 20);
    assertThat(horizon.countedTo())
        .as("the shown count is not changed by paging alone")
        .isEqualTo(StreamService.COUNT_AHEAD);
    assertThat(horizon.toCount()).isEqualTo(2_020 + StreamService.COUNT_AHEAD);
    assertThat(horizon.capped(2_020 + StreamService.COUNT_AHEAD)).isFalse();
    horizon.paged(0, 20);
    assertThat(horizon.toCount())
        .as("paging back keeps what was reached")
        .isEqualTo(2_020 + StreamService.COUNT_AHEAD);
  }

  @Test
  void theFirstPageAgainStartsFromCountAheadAgain() {
    horizon.paged(5_000, 50);
    horizon.toCount();
    horizon.reset();
    assertThat(horizon.toCount()).isEqualTo(StreamService.COUNT_AHEAD);
    assertThat(horizon.capped(StreamService.COUNT_AHEAD + 1L)).isTrue();
  }
}
