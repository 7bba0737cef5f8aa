package org.crmsocial.sandbox.boundary;

import java.util.Map;
import org.crmsocial.sandbox.model.Network;

/**
 * The sandbox's sign-in and consent pages: plain HTML in each network's look, inline styles only
 * (no external asset), every value escaped, every button and input with a stable id.
 */
final class Html {

  private Html() {}

  /** Escapes text for HTML content and attribute values. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A whole page in the network's look around the given (already escaped) body. */
  static String page(Network network, String title, String body) {
    String accent;
    String brand;
    String background;
    switch (network) {
      case FACEBOOK -> {
        accent = "#1877f2";
        brand = "<div class=\"brand\" style=\"color:#1877f2\">facebook</div>";
        background = "#f0f2f5";
      }
      case TWITTER -> {
        accent = "#0f1419";
        brand = "<div class=\"brand\" style=\"color:#0f1419\">&#120143;</div>";
        background = "#ffffff";
      }
      default -> {
        accent = "#1a73e8";
        brand =
            "<div class=\"brand\"><span style=\"color:#4285f4\">G</span><span"
                + " style=\"color:#ea4335\">o</span><span style=\"color:#fbbc05\">o</span><span"
                + " style=\"color:#4285f4\">g</span><span style=\"color:#34a853\">l</span><span"
                + " style=\"color:#ea4335\">e</span></div>";
        background = "#ffffff";
      }
    }
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + escape(title)
        + "</title><style>"
        + "body{margin:0;font-family:Helvetica,Arial,sans-serif;background:"
        + background
        + ";color:#1c1e21}"
        + ".card{max-width:420px;margin:48px auto;background:#fff;border-radius:8px;"
        + "box-shadow:0 2px 4px rgba(0,0,0,.1),0 8px 16px rgba(0,0,0,.1);padding:20px 24px}"
        + ".brand{font-size:40px;font-weight:bold;text-align:center;margin-bottom:8px}"
        + "h1{font-size:20px;margin:8px 0 16px}"
        + "input[type=text],input[type=email],input[type=password]{width:100%;box-sizing:border-box;"
        + "padding:12px;margin:6px 0;border:1px solid #dddfe2;border-radius:6px;font-size:16px}"
        + "button{border:0;border-radius:6px;padding:10px 18px;font-size:16px;font-weight:bold;"
        + "cursor:pointer;margin:6px 6px 0 0}"
        + ".primary{background:"
        + accent
        + ";color:#fff}.secondary{background:#e4e6eb;color:#050505}"
        + ".error{color:#d93025;margin:6px 0}.muted{color:#65676b;font-size:14px}"
        + "label.perm{display:block;padding:6px 0}"
        + "</style></head><body><div class=\"card\">"
        + brand
        + body
        + "</div></body></html>";
  }

  /** Hidden inputs carrying the authorization request's parameters through a form. */
  static String hidden(Map<String, String> params) {
    StringBuilder b = new StringBuilder();
    params.forEach(
        (k, v) -> {
          if (v != null) {
            b.append("<input type=\"hidden\" name=\"")
                .append(escape(k))
                .append("\" value=\"")
                .append(escape(v))
                .append("\">");
          }
        });
    return b.toString();
  }

  /** A submit button posting {@code step=value}. */
  static String button(String id, String value, String label, boolean primary) {
    return "<button type=\"submit\" id=\""
        + escape(id)
        + "\" name=\"step\" value=\""
        + escape(value)
        + "\" class=\""
        + (primary ? "primary" : "secondary")
        + "\">"
        + escape(label)
        + "</button>";
  }

  /** The sign-in form: e-mail (or username), password, and Log in. */
  static String signIn(
      Network network, String action, Map<String, String> params, String error, String login) {
    String heading =
        switch (network) {
          case FACEBOOK -> "Log in to Facebook";
          case TWITTER -> "Sign in to X";
          case GOOGLE -> "Sign in with Google";
        };
    String loginLabel = network == Network.TWITTER ? "Phone, email, or username" : "Email or phone";
    return page(
        network,
        heading,
        "<h1>"
            + escape(heading)
            + "</h1>"
            + (error == null ? "" : "<p class=\"error\" id=\"error\">" + escape(error) + "</p>")
            + "<form id=\"login-form\" method=\"post\" action=\""
            + escape(action)
            + "\">"
            + hidden(params)
            + "<input type=\"text\" id=\"email\" name=\"email\" autocomplete=\"username\""
            + " placeholder=\""
            + escape(loginLabel)
            + "\" value=\""
            + escape(login)
            + "\">"
            + "<input type=\"password\" id=\"pass\" name=\"pass\""
            + " autocomplete=\"current-password\" placeholder=\"Password\">"
            + button("login", "login", network == Network.FACEBOOK ? "Log in" : "Sign in", true)
            + "</form><p class=\"muted\">Sandbox network: demo users sign in with the password"
            + " \"sandbox\".</p>");
  }

  /** An error page of the authorization endpoint (HTTP 400), never a redirect. */
  static String error(Network network, String title, String message) {
    return page(
        network,
        title,
        "<h1 id=\"error-title\">"
            + escape(title)
            + "</h1><p id=\"error\">"
            + escape(message)
            + "</p>");
  }
}
