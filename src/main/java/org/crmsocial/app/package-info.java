/**
 * The application shell, above every feature: the home page and the navigation (which tabs the
 * signed-in user sees), the installer that creates the organization, the system profiles and the
 * super administrator at the first start, the readiness check, and the quick start's demo data.
 * Nothing depends on it; it may use every feature but the sandbox.
 */
package org.crmsocial.app;
