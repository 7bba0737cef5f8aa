package org.crmsocial.crm.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.crmsocial.crm.control.CrmRecordService;
import org.crmsocial.crm.control.LeadService;
import org.crmsocial.crm.entity.Lead;

/** {@code leads/index.xhtml}. */
@Named
@ViewScoped
public class LeadListView extends RecordListView<Lead> {

  private static final long serialVersionUID = 1L;

  @Inject LeadService leads;

  @Override
  protected CrmRecordService<Lead> service() {
    return leads;
  }
}
