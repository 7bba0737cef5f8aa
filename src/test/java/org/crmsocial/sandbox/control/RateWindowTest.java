package org.crmsocial.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateWindowTest {

  @Test
  void countsDownThenRefusesUntilTheWindowResets() {
    RateWindow w = new RateWindow(900_000);
    long t0 = 1_000_000_000L;
    RateWindow.Usage first = w.hit("k", 3, t0);
    assertThat(first.allowed()).isTrue();
    assertThat(first.remaining()).isEqualTo(2);
    assertThat(first.resetEpochSecond()).isEqualTo((t0 + 900_000) / 1000);
    w.hit("k", 3, t0 + 1);
    assertThat(w.hit("k", 3, t0 + 2).remaining()).isZero();
    RateWindow.Usage refused = w.hit("k", 3, t0 + 3);
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.remaining()).isZero();
    assertThat(w.hit("other", 3, t0 + 3).allowed()).isTrue();
    RateWindow.Usage after = w.hit("k", 3, t0 + 900_000);
    assertThat(after.allowed()).isTrue();
    assertThat(after.remaining()).isEqualTo(2);
  }
}
