package org.crmsocial.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * A second line beside the Faces view state against forged posts: a state-changing request that a
 * browser says came from another site ({@code Origin}, else {@code Referer}) is refused with 403
 * before anything runs. A request that names no origin at all (some privacy settings, clients that
 * are not browsers) is left to the view state.
 */
@WebFilter(urlPatterns = "/*")
public class SameOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Inject TransportSecurity transport;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!SAFE.contains(request.getMethod()) && fromAnotherSite(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN); // forged posts
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean fromAnotherSite(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin != null) {
      return !transport.isThisSite(origin, request); // "null" (a sandboxed page) is another site
    }
    String referer = request.getHeader("Referer");
    return referer != null && !transport.isThisSite(referer, request);
  }
}
