package org.crmsocial.crm.control;

import jakarta.ejb.Stateless;
import org.crmsocial.crm.entity.Lead;

/** Leads: see {@link CrmRecordService}; a lead also has a status. */
@Stateless
public class LeadService extends CrmRecordService<Lead> {

  public LeadService() {
    super(Lead.class);
  }

  @Override
  protected Lead newRecord() {
    return new Lead();
  }

  @Override
  protected void copyOwnFields(Lead form, Lead lead) {
    if (form.getStatus() != null) {
      lead.setStatus(form.getStatus());
    }
  }
}
