package org.crmsocial.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import org.crmsocial.platform.control.AuditAction;
import org.crmsocial.platform.control.AuditDetail;
import org.crmsocial.platform.control.AuditField;
import org.crmsocial.platform.entity.AuditEntry;
import org.junit.jupiter.api.Test;

// issue 19 point 22: the page shows words; the export keeps the codes
class AuditCsvTest {

  @Test
  void theExportKeepsTheStoredCodesQuoted() throws Exception {
    String detail = AuditDetail.of().changed(AuditField.MANAGE_SOCIAL, false, true).encode();
    AuditEntry entry =
        new AuditEntry(
            OffsetDateTime.parse("2026-12-04T01:00:00Z"),
            1L,
            "admin@crmsocial.example",
            AuditAction.PROFILE_UPDATE.code(),
            "Sales \"East\", 営業",
            detail);
    StringWriter out = new StringWriter();
    AuditCsv.header(out);
    AuditCsv.line(entry, out);
    assertThat(out.toString())
        .isEqualTo(
            "at,actor,action,target,detail\r\n"
                + "\"2026-12-04T01:00:00Z\",\"admin@crmsocial.example\",\"profile.update\","
                + "\"Sales \"\"East\"\", 営業\","
                + "\"{\"\"fields\"\":[{\"\"field\"\":\"\"manageSocial\"\",\"\"before\"\":false,"
                + "\"\"after\"\":true}]}\"\r\n");
  }

  @Test
  void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
    assertThat(AuditCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(AuditCsv.cell("+1")).isEqualTo("\"'+1\"");
    assertThat(AuditCsv.cell("-1")).isEqualTo("\"'-1\"");
    assertThat(AuditCsv.cell("@handle")).isEqualTo("\"'@handle\"");
    assertThat(AuditCsv.cell("plain")).isEqualTo("\"plain\"");
    assertThat(AuditCsv.cell(null)).isEmpty();
  }
}
