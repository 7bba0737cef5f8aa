package org.crmsocial.sandbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmsocial.sandbox.control.SandboxConfig;
import org.junit.jupiter.api.Test;

/** With the sandbox off, every sandbox path is a 404 and nothing behind the filter runs. */
class SandboxEnabledFilterTest {

  @Test
  void offAnswers404AndStopsTheChain() throws Exception {
    AtomicInteger error = new AtomicInteger();
    AtomicBoolean passed = new AtomicBoolean();
    run(false, error, passed);
    assertThat(error.get()).isEqualTo(404);
    assertThat(passed).isFalse();
  }

  @Test
  void onPassesThrough() throws Exception {
    AtomicInteger error = new AtomicInteger();
    AtomicBoolean passed = new AtomicBoolean();
    run(true, error, passed);
    assertThat(error.get()).isZero();
    assertThat(passed).isTrue();
  }

  private static void run(boolean enabled, AtomicInteger error, AtomicBoolean passed)
      throws Exception {
    SandboxEnabledFilter filter = new SandboxEnabledFilter();
    filter.config =
        new SandboxConfig() {
          @Override
          public boolean enabled() {
            return enabled;
          }
        };
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                SandboxEnabledFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("sendError")) {
                    error.set((Integer) args[0]);
                  }
                  return null;
                });
    ServletRequest request =
        (ServletRequest)
            Proxy.newProxyInstance(
                SandboxEnabledFilterTest.class.getClassLoader(),
                new Class<?>[] {ServletRequest.class},
                (proxy, method, args) -> null);
    FilterChain chain = (req, res) -> passed.set(true);
    filter.doFilter(request, response, chain);
  }
}
