package org.crmsocial.social.conversation.entity;

/** Whether an interaction came to the organization ({@link #IN}) or is its own ({@link #OUT}). */
public enum Direction {
  IN,
  OUT
}
