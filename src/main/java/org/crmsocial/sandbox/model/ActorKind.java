package org.crmsocial.sandbox.model;

/** What an actor is: a user who signs in, a page a user manages, or a person who only talks. */
public enum ActorKind {
  USER,
  PAGE,
  PERSON
}
