/**
 * The Social tab (S-2, S-3, S-6, S-8, S-12, S-14, S-18): which streams the signed-in user may see,
 * pages of them from the database, and every write the tab offers (post, comment, like, message
 * reply, tweet, reply, retweet, favourite, DM reply) and Twitter search with saved searches. It
 * owns {@code SavedSearch}; it reads and stores the conversation through {@code
 * social.conversation}, calls the networks only through {@code social.provider}, reads links of
 * {@code social.settings} and creates leads and contacts through {@code social.people}. Every
 * per-account rule is asked of {@code social.settings.control.AccountPermissions} before anything
 * is read or sent.
 */
package org.crmsocial.social.stream;
