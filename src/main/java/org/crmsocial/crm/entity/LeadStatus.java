package org.crmsocial.crm.entity;

/** How far a lead has come. */
public enum LeadStatus {
  NEW,
  CONTACTED,
  QUALIFIED,
  LOST
}
