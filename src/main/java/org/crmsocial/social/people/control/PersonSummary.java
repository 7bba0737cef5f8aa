package org.crmsocial.social.people.control;

import java.io.Serializable;
import org.crmsocial.social.conversation.entity.SocialPerson;
import org.crmsocial.social.provider.model.Network;

/**
 * A social person as lists and dialogs show them: who they are on their network and which lead or
 * contact (at most one) they are associated with. Every text comes from the network and is
 * untrusted: pages escape it.
 *
 * @param id the stored person's id (the key of association, standing for the network user id)
 * @param label the display name, else {@code @handle}, else the network user id
 * @param leadId the associated lead, or null
 * @param contactId the associated contact, or null
 */
public record PersonSummary(
    long id,
    Network network,
    String handle,
    String displayName,
    String label,
    String avatarUrl,
    String profileUrl,
    Long leadId,
    Long contactId)
    implements Serializable {

  /** The summary of a stored person (reads its lead or contact id). */
  public static PersonSummary of(SocialPerson person) {
    return new PersonSummary(
        person.getId(),
        person.getNetwork(),
        person.getHandle(),
        person.getDisplayName(),
        person.getLabel(),
        person.getAvatarUrl(),
        person.getProfileUrl(),
        person.getLead() == null ? null : person.getLead().getId(),
        person.getContact() == null ? null : person.getContact().getId());
  }

  /** Whether the person is associated with a lead or a contact. */
  public boolean associated() {
    return leadId != null || contactId != null;
  }
}
