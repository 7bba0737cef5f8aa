package org.crmsocial.social.stream.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** S-12: the composer counts a tweet as Twitter does (twitter-text v3 weighting). */
class TweetLengthTest {

  @Test
  void latinTextCountsOnePerCharacter() { // S-12
    assertThat(TweetLength.of("Hello, world")).isEqualTo(12);
    assertThat(TweetLength.of("a".repeat(280))).isEqualTo(280);
    assertThat(TweetLength.fits("a".repeat(280))).isTrue();
    assertThat(TweetLength.fits("a".repeat(281))).isFalse();
    assertThat(TweetLength.of(null)).isZero();
  }

  @Test
  void japaneseCountsTwoPerCharacter() { // S-12
    assertThat(TweetLength.of("こんにちは")).isEqualTo(10);
    assertThat(TweetLength.of("新製品を発表しました！")).isEqualTo(22);
    assertThat(TweetLength.fits("あ".repeat(140))).isTrue();
    assertThat(TweetLength.fits("あ".repeat(141))).isFalse();
    assertThat(TweetLength.remaining("あ".repeat(141))).isEqualTo(-2);
    assertThat(TweetLength.of("Acme 株式会社")).isEqualTo(5 + 8);
  }

  @Test
  void urlsCountAsTwentyThree() { // S-12
    String longUrl = "https://www.example.com/" + "x".repeat(200);
    assertThat(TweetLength.of(longUrl)).isEqualTo(23);
    assertThat(TweetLength.of("see " + longUrl + " now")).isEqualTo(4 + 23 + 4);
    assertThat(TweetLength.of("http://a.co")).isEqualTo(23);
  }

  @Test
  void textIsNormalisedToNfcFirst() { // S-12: "が" as か + combining mark counts like "が"
    assertThat(TweetLength.of("か\u3099")).isEqualTo(TweetLength.of("が")).isEqualTo(2);
    assertThat(TweetLength.of("e\u0301")).isEqualTo(1);
  }

  @Test
  void anEmojiSequenceCountsAsOneEmoji() { // S-12
    assertThat(TweetLength.of("😀")).isEqualTo(2);
    assertThat(TweetLength.of("👍🏽")).isEqualTo(2);
    assertThat(TweetLength.of("👨‍👩‍👧")).isEqualTo(2);
    assertThat(TweetLength.of("ok ❤️")).isEqualTo(5);
  }

  @Test
  void curlyQuotesAndDashesWeighOne() { // S-12: U+2010..U+201F are in the light range
    assertThat(TweetLength.of("“quoted” — ok")).isEqualTo(13);
  }
}
