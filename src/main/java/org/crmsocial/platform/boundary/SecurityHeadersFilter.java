package org.crmsocial.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response: no framing (the OAuth flow uses a popup window, never a
 * frame), no MIME sniffing, no referrer to other sites, and no caching of anything but static
 * resources, so a signed-out browser's back button shows nothing. The Content-Security-Policy of
 * pages comes from PrimeFaces' CSP mode ({@link ContentSecurityPolicy}, nonces on every script);
 * HSTS whenever the site is HTTPS-only or the request came over HTTPS ({@link TransportSecurity}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject TransportSecurity transport;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (transport.sendsHsts(request)) {
      response.setHeader("Strict-Transport-Security", TransportSecurity.HSTS);
    }
    if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(request, response);
  }
}
