package org.crmsocial.sandbox.model;

/**
 * Someone on a network: a user (with an e-mail and a password hash to sign in), a page (with the
 * user who manages it as owner), or a person. A hidden actor's name is withheld by Facebook's
 * privacy rules (the {@code from} field is absent).
 *
 * @param id the numeric id, stable across restarts
 * @param handle the username (Twitter); may be null elsewhere
 */
public record Actor(
    long id,
    Network network,
    ActorKind kind,
    String name,
    String handle,
    String email,
    String passwordHash,
    Long ownerId,
    String category,
    boolean hidden) {}
