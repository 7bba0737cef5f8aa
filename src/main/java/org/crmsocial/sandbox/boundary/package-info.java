/**
 * The sandbox networks' HTTP face, under {@code /sandbox}: the sign-in and consent pages (HTML,
 * every value escaped, no external assets), the token endpoints and the API resources of Facebook
 * Graph, Twitter (X API v2) and Google+, path for path and field for field as {@code PROVIDERS.md}
 * documents them, with each network's own error bodies and headers; and the sandbox's admin
 * controls ({@code _admin}: activity, faults, bulk seed, token expiry). Resources only translate
 * HTTP to calls of {@code sandbox.control}; the whole tree answers 404 when the sandbox is off.
 */
package org.crmsocial.sandbox.boundary;
