package org.crmsocial.social.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import org.crmsocial.crm.entity.Contact;
import org.crmsocial.crm.entity.Lead;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkPerson;

/**
 * A person (or page) seen on a network. The key is the network's stable user id, never the handle:
 * a renamed handle updates this row instead of making a second person (S-24, S-26). A person may be
 * associated with one lead or one contact, which makes their interactions appear in that record's
 * Social Interactions list (S-3, S-4).
 */
@Entity
@Table(name = "social_person")
public class SocialPerson {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_person_seq")
  @SequenceGenerator(
      name = "social_person_seq",
      sequenceName = "social_person_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Network network;

  @Column(name = "external_id", nullable = false, length = 100)
  private String externalId;

  @Column(length = 100)
  private String handle;

  @Column(name = "display_name", length = 200)
  private String displayName;

  @Column(name = "search_handle", length = 100)
  private String searchHandle;

  @Column(name = "search_name", length = 200)
  private String searchName;

  @Column(name = "avatar_url", length = 1000)
  private String avatarUrl;

  @Column(name = "profile_url", length = 1000)
  private String profileUrl;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "lead_id")
  private Lead lead;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contact_id")
  private Contact contact;

  @Column(name = "associated_by", length = 254)
  private String associatedBy;

  @Column(name = "associated_at")
  private OffsetDateTime associatedAt;

  @Column(name = "first_seen_at", nullable = false)
  private OffsetDateTime firstSeenAt;

  @Column(name = "last_seen_at", nullable = false)
  private OffsetDateTime lastSeenAt;

  @Version private long version;

  protected SocialPerson() {}

  /** A person seen for the first time. */
  public SocialPerson(Network network, NetworkPerson seen, OffsetDateTime now) {
    this.network = Objects.requireNonNull(network, "network");
    this.externalId = Objects.requireNonNull(seen, "seen").id();
    this.firstSeenAt = now;
    see(seen, now);
  }

  /**
   * Takes what the network shows now. Fields the network left out (null) keep what was known, so a
   * person read in a short form (id only) does not lose the name read earlier.
   *
   * @return whether anything changed
   */
  public boolean see(NetworkPerson seen, OffsetDateTime now) {
    if (!externalId.equals(seen.id())) {
      throw new IllegalArgumentException("another person: " + seen.id());
    }
    boolean changed = false;
    if (seen.handle() != null && !seen.handle().equals(handle)) {
      handle = truncate(seen.handle(), 100);
      searchHandle = handle.toLowerCase(Locale.ROOT);
      changed = true;
    }
    if (seen.displayName() != null && !seen.displayName().equals(displayName)) {
      displayName = truncate(seen.displayName(), 200);
      searchName = displayName.toLowerCase(Locale.ROOT);
      changed = true;
    }
    if (seen.avatarUrl() != null && !seen.avatarUrl().equals(avatarUrl)) {
      avatarUrl = truncate(seen.avatarUrl(), 1000);
      changed = true;
    }
    if (seen.profileUrl() != null && !seen.profileUrl().equals(profileUrl)) {
      profileUrl = truncate(seen.profileUrl(), 1000);
      changed = true;
    }
    lastSeenAt = now;
    return changed;
  }

  /** Associates this person with a lead (replacing any earlier association). */
  public void associate(Lead target, String by, OffsetDateTime now) {
    requireAssociable();
    this.lead = Objects.requireNonNull(target, "lead");
    this.contact = null;
    this.associatedBy = by;
    this.associatedAt = now;
  }

  /** Associates this person with a contact (replacing any earlier association). */
  public void associate(Contact target, String by, OffsetDateTime now) {
    requireAssociable();
    this.contact = Objects.requireNonNull(target, "contact");
    this.lead = null;
    this.associatedBy = by;
    this.associatedAt = now;
  }

  /** Undoes the association; the lead or contact itself stays (S-20). */
  public void dissociate() {
    this.lead = null;
    this.contact = null;
    this.associatedBy = null;
    this.associatedAt = null;
  }

  /** S-24: association is for Facebook and Twitter profiles. */
  private void requireAssociable() {
    if (network == Network.GOOGLE_PLUS) {
      throw new RuleViolation("social.people.error.notAssociable", network.displayName());
    }
  }

  public boolean isAssociated() {
    return lead != null || contact != null;
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Network getNetwork() {
    return network;
  }

  public String getExternalId() {
    return externalId;
  }

  public String getHandle() {
    return handle;
  }

  public String getDisplayName() {
    return displayName;
  }

  /** The name to show: the display name, else {@code @handle}, else the network id. */
  public String getLabel() {
    if (displayName != null && !displayName.isBlank()) {
      return displayName;
    }
    return handle != null ? "@" + handle : externalId;
  }

  public String getAvatarUrl() {
    return avatarUrl;
  }

  public String getProfileUrl() {
    return profileUrl;
  }

  public Lead getLead() {
    return lead;
  }

  public Contact getContact() {
    return contact;
  }

  public String getAssociatedBy() {
    return associatedBy;
  }

  public OffsetDateTime getAssociatedAt() {
    return associatedAt;
  }

  public OffsetDateTime getFirstSeenAt() {
    return firstSeenAt;
  }

  public OffsetDateTime getLastSeenAt() {
    return lastSeenAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SocialPerson other && id != null && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }

  @Override
  public String toString() {
    return "SocialPerson[id=%s, network=%s, externalId=%s, handle=%s]"
        .formatted(id, network, externalId, handle);
  }
}
