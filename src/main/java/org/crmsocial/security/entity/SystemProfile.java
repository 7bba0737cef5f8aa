package org.crmsocial.security.entity;

/** The CRM's two default profiles, created at install; Manage Social is locked on both (S-28). */
public enum SystemProfile {
  ADMINISTRATOR,
  STANDARD
}
