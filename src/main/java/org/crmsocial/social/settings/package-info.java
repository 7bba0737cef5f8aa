/**
 * Social Integration settings: linking the organization's Facebook page, Twitter account and
 * Google+ page through OAuth (connect and callback servlets, the Add Page step), the per-profile
 * Actions matrix, Social tab access per profile (S-27), removal and re-authorization. It owns the
 * {@code SocialAccount}, {@code SocialPage} and {@code ActionGrant} entities and keeps tokens
 * encrypted at rest. It calls the provider clients ({@code social.provider}) outside any
 * transaction, {@code security} for every permission check and the profiles, and {@code platform}
 * for the audit log and messages.
 *
 * <p>{@code control.AccountPermissions} answers every "may this user do this on this account"
 * question for the whole product, on top of {@code security}'s profile-level rules; it is the only
 * reader of {@code ActionGrant}, which only {@code ActionMatrixService} and {@code LinkStore}'s
 * defaults write.
 *
 * <p>Tokens, one narrow path: {@code LinkStore} alone decrypts them; in clear ({@code Credentials})
 * they never leave this feature. Other features get an account's tokens from {@code
 * AuthorizedCalls}, after their own rule allowed the call, as {@code AccountTokens} holding {@code
 * social.provider.model.SealedToken}s: they can hand them to a {@code StreamQuery} or {@code
 * WriteCommand}, never read them; an expired token is refreshed inside {@code AuthorizedCalls}.
 * ArchitectureTest checks that no class outside settings and provider reaches a clear token.
 */
package org.crmsocial.social.settings;
