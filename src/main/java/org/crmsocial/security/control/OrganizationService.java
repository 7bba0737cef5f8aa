package org.crmsocial.security.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.crmsocial.platform.control.AuditAction;
import org.crmsocial.platform.control.AuditDetail;
import org.crmsocial.platform.control.AuditField;
import org.crmsocial.platform.control.AuditLog;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.entity.Edition;
import org.crmsocial.security.entity.Organization;

/** The organization and its edition (S-7). Only the super administrator changes the edition. */
@Stateless
public class OrganizationService {

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject AuditLog audit;

  /** The organization of this installation (created by the installer at the first start). */
  public Organization current() {
    return em.createNamedQuery(Organization.FIND_ALL, Organization.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The installation has no organization"));
  }

  public Edition edition() {
    return current().getEdition();
  }

  /** S-7: switching to Free or Standard takes Social away; the super administrator decides. */
  public Organization changeEdition(Edition edition) {
    policy.requireSuperAdmin();
    if (edition == null) {
      throw new RuleViolation("platform.organization.error.editionRequired");
    }
    Organization org = current();
    Edition before = org.getEdition();
    if (before != edition) {
      org.setEdition(edition);
      audit.record(
          AuditAction.ORGANIZATION_EDITION,
          org.getName(),
          AuditDetail.of().changed(AuditField.EDITION, before.label(), edition.label()));
    }
    return org;
  }
}
