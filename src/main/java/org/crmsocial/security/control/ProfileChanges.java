package org.crmsocial.security.control;

/** What the profile edit screen submits: the name, the description and the permission switches. */
public record ProfileChanges(
    String name,
    String description,
    boolean administrative,
    boolean manageSocial,
    boolean socialDetailPage,
    boolean socialTab) {}
