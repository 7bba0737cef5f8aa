package org.crmsocial.platform.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.DateTimeConverter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.crmsocial.platform.control.Clock;

/**
 * Shows a stored time in the organization's zone ({@link Clock#DISPLAY_ZONE}). Faces' own {@code
 * f:convertDateTime} formats an {@code OffsetDateTime} in the offset it carries (UTC, as stored)
 * and ignores its {@code timeZone} attribute, so every page uses {@code <crm:time pattern="…"/>}
 * from {@code WEB-INF/crmsocial.taglib.xml} instead. Output only: times are never typed in.
 */
@FacesConverter(DisplayTimeConverter.ID)
public class DisplayTimeConverter extends DateTimeConverter {

  public static final String ID = "crmsocial.displayTime";

  public DisplayTimeConverter() {
    setType("offsetDateTime");
    setPattern("yyyy-MM-dd HH:mm");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Object value) {
    return super.getAsString(context, component, inDisplayZone(value));
  }

  /** The same instant as an offset time in the display zone; anything else unchanged. */
  static Object inDisplayZone(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.atZoneSameInstant(Clock.DISPLAY_ZONE).toOffsetDateTime();
    }
    if (value instanceof ZonedDateTime time) {
      return time.withZoneSameInstant(Clock.DISPLAY_ZONE).toOffsetDateTime();
    }
    if (value instanceof Instant time) {
      return time.atZone(Clock.DISPLAY_ZONE).toOffsetDateTime();
    }
    return value;
  }
}
