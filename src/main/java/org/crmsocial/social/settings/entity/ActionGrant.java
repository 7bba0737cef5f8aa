package org.crmsocial.social.settings.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.entity.Profile;

/**
 * One cell of the Actions matrix: users of {@code profile} may do {@code action} with {@code
 * account} (S-9 step 7, S-13, S-15). Only actions the account's network offers can be granted.
 */
@Entity
@Table(name = "action_grant")
@NamedQuery(
    name = ActionGrant.FIND_BY_ACCOUNT,
    query = "SELECT g FROM ActionGrant g JOIN FETCH g.profile WHERE g.account = :account")
@NamedQuery(
    name = ActionGrant.DELETE_BY_ACCOUNT,
    query = "DELETE FROM ActionGrant g WHERE g.account = :account")
@NamedQuery(
    name = ActionGrant.COUNT_BY_ACCOUNT,
    query = "SELECT COUNT(g) FROM ActionGrant g WHERE g.account = :account")
public class ActionGrant {

  public static final String FIND_BY_ACCOUNT = "ActionGrant.findByAccount";
  public static final String DELETE_BY_ACCOUNT = "ActionGrant.deleteByAccount";
  public static final String COUNT_BY_ACCOUNT = "ActionGrant.countByAccount";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_grant_seq")
  @SequenceGenerator(
      name = "action_grant_seq",
      sequenceName = "action_grant_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private SocialAccount account;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "profile_id", nullable = false)
  private Profile profile;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private SocialAction action;

  protected ActionGrant() {}

  public ActionGrant(SocialAccount account, Profile profile, SocialAction action) {
    this.account = Objects.requireNonNull(account);
    this.profile = Objects.requireNonNull(profile);
    this.action = Objects.requireNonNull(action);
    if (!action.offeredBy(account.getNetwork())) {
      throw new RuleViolation(
          "social.settings.error.actionNotOffered",
          action.label(),
          account.getNetwork().displayName());
    }
  }

  public Long getId() {
    return id;
  }

  public SocialAccount getAccount() {
    return account;
  }

  public Profile getProfile() {
    return profile;
  }

  public SocialAction getAction() {
    return action;
  }
}
