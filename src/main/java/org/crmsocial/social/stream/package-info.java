/**
 * The Social tab (S-2, S-3, S-6, S-8, S-12, S-14, S-18): which streams the signed-in user may see,
 * pages of them from the database, and every write the tab offers (post, comment, like, message
 * reply, tweet, reply, retweet, favourite, DM reply) and Twitter search with saved searches. It
 * owns {@code SocialInteraction} and {@code SavedSearch}; it calls the networks only through {@code
 * social.provider}, reads links and grants of {@code social.settings}, stores through {@code
 * social.sync.control.InteractionStore} and creates leads and contacts through {@code
 * social.people}. Every rule is checked in {@code control.AccountAccess} before anything is read or
 * sent.
 */
package org.crmsocial.social.stream;
