package org.crmsocial.security.control;

/**
 * What the user edit screen submits. {@code password} is required for a new user and optional
 * (blank = unchanged) for an existing one.
 */
public record UserForm(String email, String name, String locale, Long profileId, String password) {}
