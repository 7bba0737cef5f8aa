package org.crmsocial.social.settings.boundary;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.crmsocial.platform.control.AccessDenied;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.boundary.UserSession;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.settings.control.LinkingService;

/**
 * {@code /social/connect/{network}}: where Add Account's popup (or, with popups blocked, the same
 * tab) starts. Sends the browser to the network's authorization page with a fresh single-use state
 * (S-9, S-13, S-15). Manage Social only (the access filter and the service both check).
 */
@WebServlet("/social/connect/*")
public class ConnectServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB LinkingService linking;
  @Inject UserSession session;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Network network = OAuthPages.network(request.getPathInfo());
    if (network == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      AuthorizationRequest started = linking.start(network, OAuthPages.base(request));
      response.sendRedirect(started.url());
    } catch (AccessDenied denied) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } catch (RuleViolation refused) {
      LinkNotice notice = LinkNotice.error(network, refused.getKey(), refused.getArgs());
      notice.store(request.getSession());
      OAuthPages.render(
          response, session.getLocale(), notice, OAuthPages.settings(request, network));
    }
  }
}
