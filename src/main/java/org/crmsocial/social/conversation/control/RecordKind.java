package org.crmsocial.social.conversation.control;

/** Which kind of CRM record a person is associated with: the detail page asking. */
public enum RecordKind {
  LEAD("p.lead.id"),
  CONTACT("p.contact.id");

  private final String personPath;

  RecordKind(String personPath) {
    this.personPath = personPath;
  }

  /** The JPQL path, from a person {@code p}, of this kind's record id. */
  public String personPath() {
    return personPath;
  }

  /** The kind of a detail page's {@code kind} parameter: {@code leads} or {@code contacts}. */
  public static RecordKind ofPage(String kind) {
    return "contacts".equals(kind) ? CONTACT : LEAD;
  }
}
