package org.crmsocial.crm.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.crmsocial.crm.control.CrmRecordService;
import org.crmsocial.crm.control.LeadService;
import org.crmsocial.crm.entity.Lead;

/** {@code leads/edit.xhtml}. */
@Named
@ViewScoped
public class LeadEditView extends RecordEditView<Lead> {

  private static final long serialVersionUID = 1L;

  @Inject LeadService leads;

  @Override
  protected CrmRecordService<Lead> service() {
    return leads;
  }

  @Override
  protected Lead newForm() {
    return new Lead();
  }

  public org.crmsocial.crm.entity.LeadStatus[] getStatuses() {
    return org.crmsocial.crm.entity.LeadStatus.values();
  }

  @Override
  protected String folder() {
    return "leads";
  }
}
