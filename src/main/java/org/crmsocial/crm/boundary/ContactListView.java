package org.crmsocial.crm.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.crmsocial.crm.control.ContactService;
import org.crmsocial.crm.control.CrmRecordService;
import org.crmsocial.crm.entity.Contact;

/** {@code contacts/index.xhtml}. */
@Named
@ViewScoped
public class ContactListView extends RecordListView<Contact> {

  private static final long serialVersionUID = 1L;

  @Inject ContactService contacts;

  @Override
  protected CrmRecordService<Contact> service() {
    return contacts;
  }
}
