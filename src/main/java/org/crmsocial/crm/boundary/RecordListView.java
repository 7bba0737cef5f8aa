package org.crmsocial.crm.boundary;

import jakarta.annotation.PostConstruct;
import java.io.Serializable;
import org.crmsocial.crm.control.CrmRecordService;
import org.crmsocial.crm.entity.CrmRecord;
import org.crmsocial.platform.boundary.ServiceLazyModel;
import org.crmsocial.platform.control.PageRequest;

/**
 * The list screen of leads or contacts: a lazy, sortable, searchable table paged in the database.
 */
public abstract class RecordListView<T extends CrmRecord> implements Serializable {

  private static final long serialVersionUID = 1L;

  private String search;
  private ServiceLazyModel<T> model;

  protected abstract CrmRecordService<T> service();

  @PostConstruct
  void init() {
    model =
        new ServiceLazyModel<>(
            new ServiceLazyModel.Source<T>() {
              private static final long serialVersionUID = 1L;

              @Override
              public long count(String text) {
                return service().count(text);
              }

              @Override
              public java.util.List<T> page(
                  int first, int size, String sortField, boolean asc, String text) {
                return service().page(new PageRequest(first, size, sortField, asc, text));
              }
            },
            () -> search,
            CrmRecord::getId);
  }

  public ServiceLazyModel<T> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
