package org.crmsocial.platform.boundary;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIOutput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.crmsocial.platform.control.NetworkHtml;

/**
 * {@code <crm:richText value="…" styleClass="…"/>}: rich text from a network (Google+ content, a
 * tweet with its links) shown as HTML, always through {@link NetworkHtml#sanitize}, whatever the
 * value's origin: the one way a page shows network HTML (no page uses {@code escape="false"}).
 * Renders {@code <span class="rich-text …">…</span>}; nothing for an empty value.
 */
@FacesComponent(RichTextOutput.TYPE)
public class RichTextOutput extends UIOutput {

  public static final String TYPE = "crmsocial.RichText";

  public RichTextOutput() {
    setRendererType(null);
  }

  @Override
  public String getFamily() {
    return "crmsocial";
  }

  @Override
  public void encodeEnd(FacesContext context) throws IOException {
    Object value = getValue();
    String html = NetworkHtml.sanitize(value == null ? null : value.toString());
    if (html.isEmpty()) {
      return;
    }
    ResponseWriter out = context.getResponseWriter();
    out.startElement("span", this);
    Object styleClass = getAttributes().get("styleClass");
    out.writeAttribute(
        "class", styleClass == null ? "rich-text" : "rich-text " + styleClass, "styleClass");
    out.write(html);
    out.endElement("span");
  }
}
