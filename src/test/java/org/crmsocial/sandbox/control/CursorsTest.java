package org.crmsocial.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CursorsTest {

  @Test
  void eachNetworksCursorRoundTrips() {
    for (long id : new long[] {1, 100_000, 1_460_323_737_035_677_698L}) {
      assertThat(Cursors.fromFacebook(Cursors.facebook(id))).hasValue(id);
      assertThat(Cursors.fromTwitter(Cursors.twitter(id))).hasValue(id);
      assertThat(Cursors.fromGoogle(Cursors.google(id))).hasValue(id);
    }
  }

  @Test
  void cursorsLookLikeTheNetworksOwn() {
    assertThat(Cursors.facebook(8811)).startsWith("QVFI").matches("[A-Za-z0-9_-]+");
    assertThat(Cursors.twitter(8811)).matches("[a-z0-9]+");
    assertThat(Cursors.google(8811)).startsWith("CAIQ");
  }

  @Test
  void foreignOrBrokenCursorsDecodeToNothing() {
    assertThat(Cursors.fromFacebook("QVFI!!!")).isEmpty();
    assertThat(Cursors.fromFacebook("abc")).isEmpty();
    assertThat(Cursors.fromFacebook(null)).isEmpty();
    assertThat(Cursors.fromTwitter("7140")).isEmpty();
    assertThat(Cursors.fromTwitter("xyz")).isEmpty();
    assertThat(Cursors.fromGoogle("CAIQ-1")).isEmpty();
  }
}
