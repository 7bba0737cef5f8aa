package org.crmsocial.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.crmsocial.platform.control.AuditLog;

/**
 * {@code setup/audit.xhtml}: the audit log, newest first, paged in the database, each entry in
 * words in the reader's language ({@link AuditText}).
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog audit;

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
}
