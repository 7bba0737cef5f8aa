package org.crmsocial.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.platform.boundary.ServiceLazyModel;
import org.crmsocial.platform.entity.AuditEntry;
import org.crmsocial.security.control.AuditTrail;

/**
 * {@code setup/audit.xhtml}: the audit log, newest first, paged in the database, each entry in
 * words in the reader's language ({@link AuditText}).
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Entries read at a time for the export. */
  private static final int EXPORT_PAGE = 500;

  @Inject AuditTrail audit;

  private ServiceLazyModel<AuditText.Line> model;

  @PostConstruct
  void init() {
    model =
        new ServiceLazyModel<>(
            new ServiceLazyModel.Source<AuditText.Line>() {
              private static final long serialVersionUID = 1L;

              @Override
              public long count(String search) {
                return audit.count();
              }

              @Override
              public List<AuditText.Line> page(
                  int first, int size, String sortField, boolean asc, String search) {
                Locale reader = Messages.currentLocale();
                return audit.page(first, size).stream().map(e -> AuditText.of(e, reader)).toList();
              }
            },
            () -> "",
            AuditText.Line::id);
  }

  public ServiceLazyModel<AuditText.Line> getModel() {
    return model;
  }

  /** The whole log as CSV with its codes ({@link AuditCsv}), newest first, for download. */
  public void export() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
    try (Writer out =
        new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
      out.write('\uFEFF'); // so spreadsheets read the UTF-8 (Japanese names) as UTF-8
      AuditCsv.header(out);
      for (int first = 0; ; first += EXPORT_PAGE) {
        List<AuditEntry> page = audit.page(first, EXPORT_PAGE);
        for (AuditEntry entry : page) {
          AuditCsv.line(entry, out);
        }
        if (page.size() < EXPORT_PAGE) {
          break;
        }
      }
    }
    context.responseComplete();
  }
}
