package org.crmsocial.sandbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmsocial.sandbox.control.NetworkControls;
import org.crmsocial.sandbox.model.FaultKind;
import org.crmsocial.sandbox.model.Network;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's usage control (issue 19 points 14 and 17, docs/providers.md): Facebook's usage
 * headers report at least the usage set, and a throttle says when access returns, so a test can
 * drive the sync's slow-down and resume against the running sandbox.
 */
class SandboxUsageTest {

  @Test
  void theUsageSetIsTheLeastTheHeadersReport() {
    NetworkControls controls = new NetworkControls();
    long now = 1_764_806_400_000L;
    assertThat(controls.facebookCall(now)).isZero();

    controls.facebookUsage(new NetworkControls.FacebookUsage(90, 0));
    assertThat(controls.facebookCall(now)).isEqualTo(90);

    controls.facebookUsage(null);
    assertThat(controls.facebookCall(now)).isZero();
  }

  @Test
  void aThrottleSaysWhenAccessReturns() {
    ApiError throttled = ApiFilter.fault(Network.FACEBOOK, FaultKind.RATE_LIMIT, 75, 0);

    assertThat(throttled.status()).isEqualTo(400);
    assertThat(throttled.headers().get("X-Business-Use-Case-Usage"))
        .contains("\"estimated_time_to_regain_access\":0");
    assertThat(
            ApiFilter.fault(Network.FACEBOOK, FaultKind.RATE_LIMIT, 75)
                .headers()
                .get("X-Business-Use-Case-Usage"))
        .as("by default after 5 minutes")
        .contains("\"estimated_time_to_regain_access\":5");
  }
}
