package org.crmsocial.crm.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.crmsocial.crm.control.ContactService;
import org.crmsocial.crm.control.CrmRecordService;
import org.crmsocial.crm.entity.Contact;

/** {@code contacts/edit.xhtml}. */
@Named
@ViewScoped
public class ContactEditView extends RecordEditView<Contact> {

  private static final long serialVersionUID = 1L;

  @Inject ContactService contacts;

  @Override
  protected CrmRecordService<Contact> service() {
    return contacts;
  }

  @Override
  protected Contact newForm() {
    return new Contact();
  }

  @Override
  protected String folder() {
    return "contacts";
  }
}
