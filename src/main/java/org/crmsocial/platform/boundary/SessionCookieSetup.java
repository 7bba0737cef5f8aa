package org.crmsocial.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** The session cookie is {@code Secure} when the site is HTTPS-only ({@link TransportSecurity}). */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

  @Inject TransportSecurity transport;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (transport.httpsOnly()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
