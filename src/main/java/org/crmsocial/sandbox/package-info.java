/**
 * The sandbox networks: local simulators of the Facebook Graph, X (Twitter) and Google+ HTTP
 * contracts, consent pages included, so the whole product works offline. The product never calls it
 * directly: only over HTTP, through the configured base URLs. Off in production.
 */
package org.crmsocial.sandbox;
