package org.crmsocial.security.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.crmsocial.security.entity.User;

/** What signed-in users change about themselves: for now, the language of their pages. */
@Stateless
public class AccountService {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;

  public void changeOwnLocale(String locale) {
    User user = em.merge(currentUser.get());
    user.changeLocale(locale);
  }
}
