package org.crmsocial.platform.boundary;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import org.crmsocial.platform.control.AccessDenied;
import org.crmsocial.platform.control.NotFound;
import org.crmsocial.platform.control.RuleViolation;
import org.primefaces.PrimeFaces;
import org.primefaces.csp.CspException;

/**
 * Turns what the services refuse into what a person should see: a refused rule or bad input becomes
 * a message on the same page (nothing was saved: the service rolled back), {@link AccessDenied} the
 * 403 page, {@link NotFound} the 404 page, a concurrent edit a "reload" message, and an expired or
 * forged form post (no valid view state) a message that nothing was saved, and a post without the
 * page's script nonce the same page anew with a message. Within an ajax request a refusal is always
 * a message on the page, next to the field or in the dialog the command names ({@link
 * RefusalTarget}). Everything else goes on to the 500 page. This is the one place a refusal is
 * shown: backing beans let a service's {@link RuleViolation} pass.
 */
public class RuleViolationExceptionHandler extends ExceptionHandlerWrapper {

  public RuleViolationExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      if (handled(context, thrown)) {
        events.remove();
      }
    }
    getWrapped().handle();
  }

  private boolean handled(FacesContext context, Throwable thrown) {
    try {
      if (find(thrown, ViewExpiredException.class) != null) {
        Messages.error("platform.error.viewExpired");
        return reload(context);
      }
      if (find(thrown, CspException.class) != null) {
        // A form post without the page's script nonce (a browser without JavaScript, or a
        // tampered post): the page cannot be re-rendered under its policy, so it is shown anew
        // with what was said (the action's own message, if it ran) or why nothing was done.
        if (context.getMessageList().isEmpty()) {
          Messages.error("platform.error.formUnreadable");
        } else {
          context.getExternalContext().getFlash().setKeepMessages(true);
        }
        return reload(context);
      }
      RuleViolation violation = find(thrown, RuleViolation.class);
      boolean ajax = context.getPartialViewContext().isAjaxRequest();
      if (violation instanceof AccessDenied && !ajax) {
        return sendError(context, HttpServletResponse.SC_FORBIDDEN);
      }
      if (violation instanceof NotFound && !ajax) {
        return sendError(context, HttpServletResponse.SC_NOT_FOUND);
      }
      if (violation != null) {
        refused(context, violation, ajax);
        return true;
      }
      if (find(thrown, NumberFormatException.class) != null) {
        // a tampered request value a component reads as a number (tampered paging and the like)
        Messages.error("platform.error.unreadableValue");
        context.renderResponse();
        return true;
      }
      if (find(thrown, OptimisticLockException.class) != null) {
        Messages.error("platform.error.staleData");
        context.renderResponse();
        return true;
      }
    } catch (IOException e) {
      throw new FacesException(e);
    }
    return false;
  }

  /**
   * Shows a refusal on the same page: its message where the sending command asked ({@link
   * RefusalTarget}), else with the page's messages; an ajax request's {@code oncomplete} also gets
   * {@code args.failed}, so a dialog can tell it must stay open. The backing beans need no {@code
   * catch} of their own.
   */
  private static void refused(FacesContext context, RuleViolation violation, boolean ajax) {
    Messages.error(RefusalTarget.of(context), violation);
    if (ajax && PrimeFaces.current().isAjaxRequest()) {
      PrimeFaces.current().ajax().addCallbackParam("failed", true);
    }
    context.renderResponse();
  }

  /** Sends the browser to the same page anew (GET), messages kept. */
  private static boolean reload(FacesContext context) throws IOException {
    if (context.getExternalContext().isResponseCommitted()) {
      return false;
    }
    HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
    String query = request.getQueryString();
    context
        .getExternalContext()
        .redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    context.responseComplete();
    return true;
  }

  private static boolean sendError(FacesContext context, int status) throws IOException {
    if (context.getExternalContext().isResponseCommitted()) {
      return false;
    }
    context.getExternalContext().responseSendError(status, null);
    context.responseComplete();
    return true;
  }

  /** The first exception of {@code type} in the cause chain of {@code thrown}. */
  static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
