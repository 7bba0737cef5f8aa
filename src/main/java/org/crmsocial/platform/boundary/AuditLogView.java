package org.crmsocial.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.crmsocial.platform.control.AuditLog;
import org.crmsocial.platform.entity.AuditEntry;

/** {@code setup/audit.xhtml}: the audit log, newest first, paged in the database. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog audit;

  private ServiceLazyModel<AuditEntry> model;

  @PostConstruct
  void init() {
    model =
        new ServiceLazyModel<>(
            new ServiceLazyModel.Source<AuditEntry>() {
              private static final long serialVersionUID = 1L;

              @Override
              public long count(String search) {
                return audit.count();
              }

              @Override
              public List<AuditEntry> page(
                  int first, int size, String sortField, boolean asc, String search) {
                return audit.page(first, size);
              }
            },
            () -> "",
            AuditEntry::getId);
  }

  public ServiceLazyModel<AuditEntry> getModel() {
    return model;
  }
}
