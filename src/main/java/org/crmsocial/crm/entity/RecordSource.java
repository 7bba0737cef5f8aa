package org.crmsocial.crm.entity;

/**
 * Where a lead or contact came from. Records from the Social tab are never deleted by social
 * changes (S-20).
 */
public enum RecordSource {
  MANUAL,
  IMPORT,
  WEB,
  SOCIAL_TAB
}
