/**
 * What every feature stands on and which knows no feature: configuration, messages and their
 * languages, the web layer's defences (filters, CSP, transport security, table parameters), the
 * refusals ({@code RuleViolation}, {@code AccessDenied}, {@code NotFound}) and their handler, the
 * audit log's writer, time, the schema migrations, and the HTML and image policies for what
 * networks send. Where it needs something a feature provides (who is acting, the user's language),
 * it declares an interface ({@code control.Actor}, {@code boundary.UserLanguage}) that the feature
 * implements, so the arrows stay pointing down.
 */
package org.crmsocial.platform;
