package org.crmsocial.crm.control;

import jakarta.ejb.Stateless;
import org.crmsocial.crm.entity.Contact;

/** Contacts: see {@link CrmRecordService}. */
@Stateless
public class ContactService extends CrmRecordService<Contact> {

  public ContactService() {
    super(Contact.class);
  }

  @Override
  protected Contact newRecord() {
    return new Contact();
  }
}
