package org.crmsocial.crm.boundary;

import java.io.Serializable;
import org.crmsocial.crm.control.CrmRecordService;
import org.crmsocial.crm.entity.CrmRecord;
import org.crmsocial.platform.control.NotFound;

/**
 * The detail page of a lead or contact, with its Social Interactions related list (S-4; its content
 * comes with the Social tab issue: until then, its empty state).
 */
public abstract class RecordDetailView<T extends CrmRecord> implements Serializable {

  private static final long serialVersionUID = 1L;

  private String id;
  private T record;

  protected abstract CrmRecordService<T> service();

  /** View action: loads the record named by the {@code id} parameter; 404 for anything else. */
  public void load() {
    record = service().find(parseId(id));
  }

  static long parseId(String id) {
    try {
      return Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new NotFound("record", id);
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public T getRecord() {
    return record;
  }
}
