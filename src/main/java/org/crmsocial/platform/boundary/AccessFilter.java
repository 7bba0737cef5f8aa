package org.crmsocial.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.security.control.CurrentUser;

/**
 * Whole-page access: answers 403 before a page the user may not open renders anything, with the
 * same rules the services apply to every action ({@link AccessPolicy}). A session whose user was
 * deactivated is ended here.
 */
@WebFilter(urlPatterns = {"/app/*", "/social/*"})
public class AccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject AccessPolicy policy;
  @Inject CurrentUser currentUser;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null && currentUser.orNull() == null) {
      request.logout();
      request.getSession().invalidate();
      response.sendRedirect(request.getContextPath() + "/login.xhtml?inactive=true");
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.contains("/jakarta.faces.resource/") || allowed(path)) {
      chain.doFilter(request, response);
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

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
