package org.crmsocial.sandbox.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.crmsocial.sandbox.model.Network;

/**
 * Marks a network's API resource (not its OAuth pages or token endpoint): the calls that fault
 * injection, rate windows and usage headers apply to.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SandboxApi {

  /** The network the resource simulates. */
  Network value() default Network.FACEBOOK;
}
