package org.crmsocial.crm.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.Serializable;
import org.crmsocial.crm.control.CrmRecordService;
import org.crmsocial.crm.entity.CrmRecord;
import org.crmsocial.crm.entity.RecordSource;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.platform.boundary.Names;

/**
 * Create and edit a lead or contact. Field validation shows next to each field and nothing is saved
 * until every field is valid; the service validates again. An edit carries the version it started
 * from, so a concurrent change is refused rather than overwritten.
 */
public abstract class RecordEditView<T extends CrmRecord> implements Serializable {

  private static final long serialVersionUID = 1L;

  private String id;
  private T form;
  private long version;

  protected abstract CrmRecordService<T> service();

  protected abstract T newForm();

  /** The folder of this kind's pages: {@code leads} or {@code contacts}. */
  protected abstract String folder();

  /** View action: an existing record to edit, or an empty form. */
  public void load() {
    if (form != null) {
      return;
    }
    if (id == null || id.isBlank()) {
      form = newForm();
    } else {
      form = service().find(RecordDetailView.parseId(id));
      version = form.getVersion();
    }
  }

  public void save() throws IOException {
    T saved =
        isNew()
            ? service().create(form, RecordSource.MANUAL)
            : service().update(RecordDetailView.parseId(id), version, form);
    Messages.info("crm.edit.saved", Names.shown(saved.getPersonName()));
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath() + "/app/" + folder() + "/view.xhtml?id=" + saved.getId());
  }

  public boolean isNew() {
    return id == null || id.isBlank();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public T getForm() {
    return form;
  }
}
