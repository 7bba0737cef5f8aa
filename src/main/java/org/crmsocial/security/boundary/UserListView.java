package org.crmsocial.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.platform.boundary.ServiceLazyModel;
import org.crmsocial.security.control.ProfileService;
import org.crmsocial.security.control.UserForm;
import org.crmsocial.security.control.UserService;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.User;
import org.primefaces.PrimeFaces;

/** {@code setup/users/index.xhtml}: the user list, with create and edit in a dialog. */
@Named
@ViewScoped
public class UserListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UserService users;
  @Inject ProfileService profiles;

  private ServiceLazyModel<User> model;
  private List<Profile> profileChoices;

  private Long editingId;
  private long editingVersion;
  private String email;
  private String name;
  private String locale = "en";
  private Long profileId;
  private String password;

  @PostConstruct
  void init() {
    model =
        new ServiceLazyModel<>(
            new ServiceLazyModel.Source<User>() {
              private static final long serialVersionUID = 1L;

              @Override
              public long count(String search) {
                return users.count();
              }

              @Override
              public List<User> page(
                  int first, int size, String sortField, boolean asc, String search) {
                return users.page(first, size, sortField, asc);
              }
            },
            () -> "",
            User::getId);
    profileChoices = profiles.all();
  }

  public void prepareNew() {
    editingId = null;
    email = null;
    name = null;
    locale = "en";
    profileId = null;
    password = null;
  }

  public void prepareEdit(User user) {
    editingId = user.getId();
    editingVersion = user.getVersion();
    email = user.getEmail();
    name = user.getName();
    locale = user.getLocale();
    profileId = user.getProfile().getId();
    password = null;
  }

  public void save() {
    UserForm form = new UserForm(email, name, locale, profileId, password);
    try { // a refusal shows in the dialog, which stays open (refusalsFor on the button)
      User saved =
          editingId == null ? users.create(form) : users.update(editingId, editingVersion, form);
      Messages.info("security.users.saved", saved.getEmail());
      PrimeFaces.current().executeScript("PF('userDialog').hide()");
    } finally {
      password = null;
    }
  }

  public void deactivate(User user) {
    act(() -> users.deactivate(user.getId()), "security.users.deactivated", user);
  }

  public void activate(User user) {
    act(() -> users.activate(user.getId()), "security.users.activated", user);
  }

  public void unlock(User user) {
    act(() -> users.unlock(user.getId()), "security.users.unlocked", user);
  }

  private void act(Runnable action, String doneKey, User user) {
    action.run();
    Messages.info(doneKey, user.getEmail());
  }

  public boolean isNew() {
    return editingId == null;
  }

  public ServiceLazyModel<User> getModel() {
    return model;
  }

  public List<Profile> getProfileChoices() {
    return profileChoices;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public Long getProfileId() {
    return profileId;
  }

  public void setProfileId(Long profileId) {
    this.profileId = profileId;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
