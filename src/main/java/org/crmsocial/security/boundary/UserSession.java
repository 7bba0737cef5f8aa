package org.crmsocial.security.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.crmsocial.platform.boundary.UserLanguage;
import org.crmsocial.security.control.AccountService;
import org.crmsocial.security.control.CurrentUser;
import org.crmsocial.security.entity.User;

/**
 * The browser session: the language of its pages (the signed-in user's setting, else the one chosen
 * on the sign-in page, else the browser's) and signing out.
 */
@Named
@SessionScoped
public class UserSession implements Serializable, UserLanguage {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;
  @Inject AccountService account;

  private String chosenLanguage;

  public Locale getLocale() {
    User user = currentUser.orNull();
    if (user != null) {
      return Locale.forLanguageTag(user.getLocale());
    }
    if (chosenLanguage != null) {
      return Locale.forLanguageTag(chosenLanguage);
    }
    FacesContext context = FacesContext.getCurrentInstance();
    Locale browser =
        context == null ? Locale.ENGLISH : context.getExternalContext().getRequestLocale();
    return "ja".equals(browser.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public String getUserName() {
    User user = currentUser.orNull();
    return user == null ? "" : user.getName();
  }

  /** Switches the pages' language; for a signed-in user, the setting is saved. */
  public void switchLanguage(String language) throws IOException {
    String lang = "ja".equals(language) ? "ja" : "en";
    if (currentUser.orNull() != null) {
      account.changeOwnLocale(lang);
    } else {
      chosenLanguage = lang;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String query = request.getQueryString();
    external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
  }

  public void signOut() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }
}
