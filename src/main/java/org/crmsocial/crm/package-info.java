/**
 * Leads and contacts: list, detail, create and edit, owned by a user. It knows nothing of social
 * networks; the Social Interactions list on a record's page comes from {@code social.people}.
 * Depends on {@code security} and {@code platform}.
 */
package org.crmsocial.crm;
