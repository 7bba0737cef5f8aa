package org.crmsocial.social.stream.control;

/**
 * How a stream is narrowed by the author's relationship to the CRM, as the seed's CRM groups
 * people: everyone, people associated with a lead, with a contact, or with neither (Unknown,
 * offered "+ Add").
 */
public enum Relationship {
  ALL,
  LEADS,
  CONTACTS,
  UNKNOWN
}
