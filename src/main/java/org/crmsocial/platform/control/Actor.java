package org.crmsocial.platform.control;

/**
 * Who is acting, as the audit log names them: the signed-in user, or the system (timers, start-up).
 * The security feature provides it ({@code security.control.CurrentUser}); the platform only asks.
 */
public interface Actor {

  /** The acting user's id, or {@code null} when the system acts. */
  Long actorId();

  /** The acting user's email, or {@code "system"}. */
  String actorName();
}
