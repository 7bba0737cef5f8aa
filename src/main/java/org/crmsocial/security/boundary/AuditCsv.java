package org.crmsocial.security.boundary;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import org.crmsocial.platform.entity.AuditEntry;

/**
 * The audit log's export: one CSV line per entry with the stored codes (action code, field codes
 * and raw values as stored), not the page's words, so a spreadsheet or a script reads them exactly
 * in every language. Cells are quoted as RFC 4180 says; a cell that a spreadsheet would take for a
 * formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return first) is prefixed with
 * {@code '}, since targets and values may come from users or networks.
 */
public final class AuditCsv {

  /** The first line. */
  public static final String HEADER = "at,actor,action,target,detail";

  private AuditCsv() {}

  public static void header(Writer out) throws IOException {
    out.write(HEADER + "\r\n");
  }

  public static void line(AuditEntry entry, Writer out) throws IOException {
    out.write(
        String.join(
                ",",
                cell(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.getAt())),
                cell(entry.getActorName()),
                cell(entry.getAction()),
                cell(entry.getTarget()),
                cell(entry.getDetail()))
            + "\r\n");
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
