package org.crmsocial.sandbox.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Writes an {@link ApiError} as its network would: status, JSON body, headers. */
@Provider
public class ApiErrorMapper implements ExceptionMapper<ApiError> {

  /** JSON in UTF-8, as the networks send it. */
  static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

  @Override
  public Response toResponse(ApiError e) {
    return response(e);
  }

  static Response response(ApiError e) {
    Response.ResponseBuilder r =
        (e.status() == 429
                ? Response.status(429, "Too Many Requests")
                : Response.status(e.status()))
            .type(JSON)
            .entity(e.body().toString());
    e.headers().forEach(r::header);
    return r.build();
  }
}
