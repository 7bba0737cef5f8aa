/**
 * The provider clients: everything that speaks the Facebook Graph API, the X (Twitter) API v2 and
 * the Google+ APIs over HTTP. It owns the provider SPI ({@code control.SocialNetworkClient} with
 * one implementation per network), the network-neutral records that SPI returns ({@code model}:
 * plain values, no JPA), the OAuth flows on ScribeJava, JSON-B payload mapping, timeouts, and the
 * typed failures ({@code model.ProviderException}) that turn every network's error shape into
 * something a service can act on and an administrator can read. It calls nothing else in the
 * application: no database, no transactions, no other feature; the base URLs come from MicroProfile
 * Config, so the same code talks to the real networks or to the sandbox networks over HTTP. Tokens
 * are passed in by the caller and never appear in a message, a log line or a {@code toString()}; a
 * feature other than {@code social.settings} passes them as {@code model.SealedToken}s, whose clear
 * value only this feature's {@code StreamQuery} and {@code WriteCommand} read.
 */
package org.crmsocial.social.provider;
