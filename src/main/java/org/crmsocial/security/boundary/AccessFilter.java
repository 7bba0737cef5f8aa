package org.crmsocial.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.crmsocial.platform.boundary.RequestPaths;
import org.crmsocial.security.control.AccessPolicy;

/**
 * Whole-page access: answers 403 before a page the user may not open renders anything, with the
 * same rules the services apply to every action ({@link AccessPolicy}). web.xml's role constraints
 * are the second line behind it (the roles come from the same rules, {@code SignInMechanism}).
 *
 * <p>The decision is taken on the path as the container resolves it, never on the raw request line:
 * a protected page asked for in any other spelling ({@code //}, {@code /./}, {@code /../}, {@code
 * ;} parameters, percent escapes, other letter case) is not served at all (404), so no spelling of
 * a path can reach a page its canonical form would refuse ({@link RequestPaths}).
 */
@WebFilter(urlPatterns = "/*")
public class AccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject AccessPolicy policy;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String raw = request.getRequestURI().substring(request.getContextPath().length());
    String path = RequestPaths.resolved(raw);
    if (path == null || (RequestPaths.isProtected(path) && !RequestPaths.isCanonical(raw))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND); // path variants
      return;
    }
    if (!RequestPaths.isProtected(path) || allowed(path)) {
      chain.doFilter(request, response);
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  /** The rules per area; {@code path} is resolved and in lower case. */
  private boolean allowed(String path) {
    if (path.startsWith("/app/setup/social/") || path.startsWith("/social/")) {
      return policy.canManageSocial(); // S-5, S-7, S-22
    }
    if (path.equals("/app/setup/index.xhtml")) {
      return policy.canAdminister() || policy.canManageSocial();
    }
    if (path.startsWith("/app/setup/organization")) {
      return policy.isSuperAdmin();
    }
    if (path.startsWith("/app/setup/")) {
      return policy.canAdminister(); // S-23, S-29
    }
    if (path.startsWith("/app/social/")) {
      // Without Social in the edition the tab explains the upgrade (S-7); otherwise S-25, S-27.
      return !policy.socialInEdition() || policy.canOpenSocialTab();
    }
    return true;
  }
}
