package org.crmsocial.social.settings.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.crmsocial.social.settings.control.TokenCipher;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}, the token key's part: DOWN while tokens cannot be encrypted (in
 * production, until {@code CRMSOCIAL_TOKEN_KEY} is set: every server of a cluster needs the same
 * key), saying what to set.
 */
@Readiness
@ApplicationScoped
public class TokenKeyReadiness implements HealthCheck {

  @Inject TokenCipher cipher;

  @Override
  public HealthCheckResponse call() {
    Optional<String> problem = cipher.problem();
    return HealthCheckResponse.named("token-key")
        .status(problem.isEmpty())
        .withData("tokenKey", problem.orElse("ready"))
        .build();
  }
}
