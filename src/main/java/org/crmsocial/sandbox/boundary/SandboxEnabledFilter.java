package org.crmsocial.sandbox.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.crmsocial.sandbox.control.SandboxConfig;

/**
 * Answers 404 to every path under {@code /sandbox} when {@code crmsocial.sandbox.enabled} is false,
 * before JAX-RS sees the request: in production the sandbox networks do not exist. A servlet filter
 * rather than a JAX-RS one so that no sandbox path, matched by a resource or not, answers anything
 * else.
 */
@WebFilter(filterName = "SandboxEnabledFilter", urlPatterns = "/sandbox/*")
public class SandboxEnabledFilter implements Filter {

  @Inject SandboxConfig config;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!config.enabled()) {
      ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
