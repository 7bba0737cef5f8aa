/**
 * Social Integration settings: linking the organization's Facebook page, Twitter account and
 * Google+ page through OAuth (connect and callback servlets, the Add Page step), the per-profile
 * Actions matrix, Social tab access per profile (S-27), removal and re-authorization. It owns the
 * {@code SocialAccount}, {@code SocialPage} and {@code ActionGrant} entities and keeps tokens
 * encrypted at rest. It calls the provider clients ({@code social.provider}) outside any
 * transaction, {@code security} for every permission check and the profiles, and {@code platform}
 * for the audit log and messages.
 */
package org.crmsocial.social.settings;
