/**
 * Social profiles of people and their association with leads and contacts (S-4, S-26): adding a
 * person to the CRM from a stream item, linking a profile to a record, a record's Social
 * Interactions list, and a person's tweet history. Reads the conversation through {@code
 * social.conversation}; asks {@code social.settings.control.AccountPermissions} which accounts the
 * user may see.
 */
package org.crmsocial.social.people;
