package org.crmsocial.platform.boundary;

import jakarta.faces.FacesException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * A form post re-renders its page with the page's own script nonce, whatever the post says about
 * it. PrimeFaces compares the nonce a post carries with the one its view keeps and fails the whole
 * request when they differ, so a post from a browser without JavaScript (which never sends it) or a
 * tampered one got a 500 page instead of the page with its message. Here the request's {@value
 * #NONCE} always reads as the view's own value: the client can neither choose nor break it.
 */
public class ViewNonceExternalContextFactory extends ExternalContextFactory {

  static final String NONCE = "primefaces.nonce";

  public ViewNonceExternalContextFactory(ExternalContextFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExternalContext getExternalContext(Object context, Object request, Object response)
      throws FacesException {
    ExternalContext external = getWrapped().getExternalContext(context, request, response);
    return new ExternalContextWrapper(external) {
      private Map<String, String> parameters;

      @Override
      public Map<String, String> getRequestParameterMap() {
        if (parameters == null) {
          parameters = new ViewNonce(getWrapped().getRequestParameterMap());
        }
        return parameters;
      }
    };
  }

  /** The request's parameters, with the nonce read from the view once there is one. */
  static final class ViewNonce extends AbstractMap<String, String> {
    private final Map<String, String> request;

    ViewNonce(Map<String, String> request) {
      this.request = request;
    }

    @Override
    public String get(Object key) {
      if (NONCE.equals(key)) {
        String kept = viewNonce();
        if (kept != null) {
          return kept;
        }
      }
      return request.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return (NONCE.equals(key) && viewNonce() != null) || request.containsKey(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return request.entrySet();
    }

    private static String viewNonce() {
      FacesContext context = FacesContext.getCurrentInstance();
      UIViewRoot view = context == null ? null : context.getViewRoot();
      Map<String, Object> kept = view == null ? null : view.getViewMap(false);
      Object nonce = kept == null ? null : kept.get(NONCE);
      return nonce instanceof String s ? s : null;
    }
  }
}
