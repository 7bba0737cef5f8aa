package org.crmsocial.platform.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;

/**
 * Where the message of a refused action goes: the client id that the command which sent the request
 * names with {@code <f:attribute name="refusalsFor" value="form:field"/>} (a dialog's own messages,
 * or the field the refusal is about), else the page's global messages. The page knows its client
 * ids; the bean and the service need not. A command inside a row ({@code ui:repeat}, a table) is
 * not found by its client id: its refusals go to the page's messages.
 */
final class RefusalTarget {

  /** The attribute a command sets to the client id its refusals are shown at. */
  static final String ATTRIBUTE = "refusalsFor";

  /** The request parameter naming the component that sent an ajax request. */
  private static final String SOURCE = "jakarta.faces.source";

  private RefusalTarget() {}

  /** The client id the sending command asked its refusals to be shown at; null for global. */
  static String of(FacesContext context) {
    String source = context.getExternalContext().getRequestParameterMap().get(SOURCE);
    if (source == null || source.isBlank() || context.getViewRoot() == null) {
      return null;
    }
    UIComponent command;
    try {
      command =
          context
              .getViewRoot()
              .findComponent(UINamingContainer.getSeparatorChar(context) + source.strip());
    } catch (RuntimeException unreadable) {
      // The source is a request parameter: a tampered id must not keep the refusal from showing.
      return null;
    }
    Object target = command == null ? null : command.getAttributes().get(ATTRIBUTE);
    return target instanceof String id && !id.isBlank() ? id : null;
  }
}
