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
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.settings.control.LinkResult;
import org.crmsocial.social.settings.control.LinkingService;
import org.crmsocial.social.settings.entity.AccountStatus;

/**
 * {@code /social/callback/{network}}: where the network sends the browser back after consent.
 * Completes the link (state checked, code exchanged, tokens stored encrypted), then answers a tiny
 * page that refreshes the settings page in the opener and closes the popup. Denied consent, a
 * forged or replayed state and a network failure link nothing and say why.
 */
@WebServlet("/social/callback/*")
public class CallbackServlet extends HttpServlet {

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
    LinkNotice notice;
    try {
      LinkResult result =
          linking.complete(
              network,
              request.getParameter("state"),
              request.getParameter("code"),
              request.getParameter("error"));
      notice =
          switch (result.outcome()) {
            case NO_PAGE ->
                LinkNotice.noPage(
                    network, "social.settings.noPage", network.displayName(), result.name());
            case RESUMED ->
                LinkNotice.info(
                    network, "social.settings.resumed", network.displayName(), result.name());
            case REAUTHORIZED ->
                LinkNotice.info(
                    network, "social.settings.reauthorized", network.displayName(), result.name());
            case LINKED ->
                LinkNotice.info(
                    network, "social.settings.linked", network.displayName(), result.name());
          };
      if (result.status() == AccountStatus.PENDING_PAGE) {
        notice = notice.withPages(result.pages()); // Add Page opens without a network call
      }
    } catch (AccessDenied denied) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (RuleViolation refused) {
      notice = LinkNotice.error(network, refused.getKey(), refused.getArgs());
    } catch (ProviderException failed) {
      notice = LinkNotice.error(network, failed.key(), failed.args());
    }
    notice.store(request.getSession());
    OAuthPages.render(response, session.getLocale(), notice, OAuthPages.settings(request, network));
  }
}
