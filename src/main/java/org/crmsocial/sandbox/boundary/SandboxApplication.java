package org.crmsocial.sandbox.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The sandbox networks' JAX-RS application at {@code /sandbox}, listing exactly its own resources
 * and providers so that the product's application (at {@code /api}) and this one never share a
 * resource or a filter.
 */
@ApplicationPath("/sandbox")
public class SandboxApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        FacebookDialogResource.class,
        FacebookTokenResource.class,
        FacebookGraphResource.class,
        TwitterAuthorizeResource.class,
        TwitterTokenResource.class,
        TwitterApiResource.class,
        GoogleAuthResource.class,
        GoogleTokenResource.class,
        GooglePlusResource.class,
        AdminResource.class,
        ApiFilter.class,
        ApiErrorMapper.class);
  }
}
