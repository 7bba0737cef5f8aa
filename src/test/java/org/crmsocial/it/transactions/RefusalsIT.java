package org.crmsocial.it.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.logging.Logger;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A refusal is not an incident (issue 19, "every rule refusal logs a rollback"): a service that
 * refuses outside a transaction (as every call to a network runs) logs no rolled-back transaction,
 * and a refusal inside one still leaves nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class RefusalsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWarWith(RefusalsIT.class);
  }

  @EJB Refusing refusing;

  /** The server's own log (the tests run inside it, in its output folder). */
  static final Path LOG = Path.of("logs", "messages.log");

  @Test
  void aRefusalOutsideATransactionLogsNoRollback() throws Exception {
    String marker = "RefusalsIT-" + UUID.randomUUID();
    long start = Files.size(LOG);
    assertThatThrownBy(() -> refusing.readThenRefuseOutsideATransaction())
        .isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> refusing.refuseThroughATransactionalService(refusing, marker))
        .isInstanceOf(RuleViolation.class);
    String logged = logSince(start, marker);
    assertThat(logged).doesNotContain("WLTC0017E").doesNotContain("RolledbackException");
    assertThat(refusing.entriesWith(marker)).as("the refused write was rolled back").isZero();
  }

  @Test
  void aRefusalInsideATransactionLeavesNothingBehind() {
    String marker = "RefusalsIT-" + UUID.randomUUID();
    assertThatThrownBy(() -> refusing.writeThenRefuse(marker)).isInstanceOf(RuleViolation.class);
    assertThat(refusing.entriesWith(marker)).isZero();
  }

  /**
   * What the log gained since {@code start}, read once {@code marker} (logged now) appears in it:
   * everything the refusals before it logged.
   */
  private static String logSince(long start, String marker)
      throws IOException, InterruptedException {
    Logger.getLogger(RefusalsIT.class.getName()).warning("end of refusals " + marker);
    for (int i = 0; i < 100; i++) {
      byte[] all = Files.readAllBytes(LOG);
      String added =
          new String(
              all,
              (int) Math.min(start, all.length),
              (int) Math.max(0, all.length - start),
              StandardCharsets.UTF_8);
      if (added.contains("end of refusals " + marker)) {
        return added;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the marker never reached " + LOG.toAbsolutePath());
  }
}
