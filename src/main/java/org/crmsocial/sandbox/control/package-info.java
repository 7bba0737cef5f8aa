/**
 * The sandbox networks' logic: the schema and demo data at startup, accounts and sign-in, consents,
 * codes and tokens (single-use codes, PKCE, expiry, rotation), the items and their keyset paging,
 * the activity generator, the bulk seeder, fault injection and rate windows. It owns the {@code
 * sbx_*} tables (plain JDBC on {@code jdbc/crmsocial}) and calls nothing of the product: the
 * product reaches the sandbox only over HTTP.
 */
package org.crmsocial.sandbox.control;
