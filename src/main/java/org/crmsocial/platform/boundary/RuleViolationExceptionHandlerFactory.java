package org.crmsocial.platform.boundary;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link RuleViolationExceptionHandler} (faces-config.xml). */
public class RuleViolationExceptionHandlerFactory extends ExceptionHandlerFactory {

  public RuleViolationExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new RuleViolationExceptionHandler(getWrapped().getExceptionHandler());
  }
}
