/**
 * The stored conversation, one owner for it: the interactions ({@code SocialInteraction}: posts,
 * comments, tweets, replies, messages, ours and theirs), the people who wrote them ({@code
 * SocialPerson}), threads and conversations, recipients, the idempotent store that sync and the
 * Social tab's writes both go through ({@code control.InteractionStore}), and the queries that read
 * it ({@code control.InteractionQueries}). It decides no permission: its callers ask {@code
 * social.settings.control.AccountPermissions} first. Depends on {@code social.settings} (the
 * account an item belongs to), {@code social.provider} (the network-neutral items it stores),
 * {@code crm} (the lead or contact a person is linked to) and {@code platform}.
 */
package org.crmsocial.social.conversation;
