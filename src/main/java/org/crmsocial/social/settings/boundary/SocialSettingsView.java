package org.crmsocial.social.settings.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.settings.control.AccountRemoval;
import org.crmsocial.social.settings.control.AccountSummary;
import org.crmsocial.social.settings.control.ActionMatrix;
import org.crmsocial.social.settings.control.ActionMatrixService;
import org.crmsocial.social.settings.control.LinkingService;
import org.crmsocial.social.settings.control.PageChoice;
import org.crmsocial.social.settings.control.ProfileAccess;
import org.crmsocial.social.settings.control.TabAccessService;
import org.crmsocial.social.settings.entity.SocialAction;
import org.primefaces.PrimeFaces;

/**
 * {@code setup/social/index.xhtml}: Setup &gt; Social Integration, with a tab per network and the
 * Access tab (S-9, S-13, S-15, S-17…S-21, S-27). Add Account runs in a popup through the OAuth
 * servlets; the outcome arrives through the session when the popup refreshes this page. A Facebook
 * or Google+ account waiting for its page opens the Add Page dialog; closing it without adding
 * removes the account (S-11, S-16). Every action is decided by the settings services ({@link
 * LinkingService}, {@link ActionMatrixService}, {@link TabAccessService}, {@link AccountRemoval});
 * a refusal reaches the page's messages through the platform's exception handler.
 *
 * <p>Rendering calls no network: the Add Page dialog shows the pages the callback already read;
 * when the page is opened later with an account still waiting for its page, the page asks for them
 * by an action once rendered ({@link #showAddPage}).
 */
@Named
@ViewScoped
public class SocialSettingsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> TABS = List.of("facebook", "twitter", "googleplus", "access");

  @Inject LinkingService linking;
  @Inject ActionMatrixService actions;
  @Inject TabAccessService tabAccess;
  @Inject AccountRemoval removal;

  private String tab;
  private int activeIndex;
  private final Map<Network, AccountSummary> live = new EnumMap<>(Network.class);
  private final Map<Network, List<AccountSummary>> removed = new EnumMap<>(Network.class);
  private final Map<Network, ActionMatrix> matrices = new EnumMap<>(Network.class);
  private List<ProfileAccess> access = List.of();
  private Long pendingAccountId;
  private Network pendingNetwork;
  private List<PageChoice> pages = List.of();
  private boolean addPageVisible;
  private boolean pagesToFetch;

  /** View action: shows what the popup reported, then the accounts; asks no network. */
  public String load() {
    HttpSession session =
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    LinkNotice notice = LinkNotice.take(session);
    if (notice != null) {
      if (notice.error()) {
        Messages.error(notice.key(), (Object[]) notice.args());
      } else {
        Messages.info(notice.key(), (Object[]) notice.args());
      }
      if (notice.leaveSettings()) {
        return "/app/setup/index?faces-redirect=true"; // S-10, S-16: taken off the settings page
      }
      tab = notice.network().path();
    }
    activeIndex = Math.max(0, TABS.indexOf(tab == null ? "" : tab));
    refresh();
    pending().ifPresent(account -> offerPages(account, notice));
    return null;
  }

  /** The account waiting for its page, if any. */
  private Optional<AccountSummary> pending() {
    return live.values().stream().filter(AccountSummary::isPendingPage).findFirst();
  }

  /**
   * Opens Add Page for the pending account with the pages its consent listed (the notice of this
   * callback); without them the page fetches them once rendered.
   */
  private void offerPages(AccountSummary account, LinkNotice notice) {
    pendingAccountId = account.id();
    pendingNetwork = account.network();
    activeIndex = TABS.indexOf(account.network().path());
    if (notice != null && notice.network() == account.network() && !notice.pages().isEmpty()) {
      pages = notice.pages();
      addPageVisible = true;
    } else {
      pagesToFetch = true;
    }
  }

  private void refresh() {
    live.clear();
    removed.clear();
    matrices.clear();
    for (AccountSummary account : linking.accounts()) {
      if (account.isRemoved()) {
        removed.computeIfAbsent(account.network(), n -> new ArrayList<>()).add(account);
      } else {
        live.put(account.network(), account);
        if (!account.isPendingPage()) {
          matrices.put(account.network(), actions.matrix(account.id()));
        }
      }
    }
    access = new ArrayList<>(tabAccess.tabAccess());
  }

  /**
   * The Add Page button of a pending account, or the page itself once rendered: lists its pages
   * from the network and shows the dialog.
   */
  public void showAddPage() {
    pagesToFetch = false;
    pendingAccountId = null;
    pendingNetwork = null;
    addPageVisible = false;
    pages = List.of();
    AccountSummary account = pending().orElse(null);
    if (account == null) {
      return;
    }
    pendingAccountId = account.id();
    pendingNetwork = account.network();
    activeIndex = TABS.indexOf(account.network().path());
    try {
      pages = linking.pages(account.id());
      addPageVisible = true;
      PrimeFaces.current().executeScript("PF('addPage').show()");
    } catch (ProviderException failed) {
      Messages.error(failed.key(), failed.args());
    }
  }

  /** Add beside a page (S-9 step 6, S-15); then the Actions matrix is shown. */
  public void addPage(String pageId) {
    if (pendingAccountId == null) {
      return;
    }
    try {
      linking.addPage(pendingAccountId, pageId);
      Messages.info("social.settings.pageAdded", pendingNetwork.displayName());
      pendingAccountId = null;
      addPageVisible = false;
      PrimeFaces.current().executeScript("PF('addPage').hide()");
    } catch (ProviderException failed) {
      // Not a rule: the network failed; the dialog stays open to try again.
      Messages.error(failed.key(), failed.args());
    }
    refresh();
  }

  /** The Add Page dialog was closed without Add (S-11, S-16): the account is removed. */
  public void closeAddPage() {
    if (pendingAccountId == null) {
      return;
    }
    Network network = pendingNetwork;
    boolean wasRemoved = linking.cancelAddPage(pendingAccountId);
    pendingAccountId = null;
    addPageVisible = false;
    if (wasRemoved) {
      Messages.error("social.settings.addPageClosed", network.displayName());
    }
    refresh();
  }

  /** The delete icon, after "Yes, delete now" (S-17, S-21). */
  public void remove(long accountId) {
    removal.remove(accountId);
    Messages.info("social.settings.removed");
    refresh();
  }

  /** Erases a removed account's stored data, after its own confirmation. */
  public void erase(long accountId) {
    removal.eraseData(accountId);
    Messages.info("social.settings.erased");
    refresh();
  }

  /** Saves one account's Actions matrix (S-9 step 7, S-13, S-15). */
  public void saveGrants(String networkPath) {
    Network network = network(networkPath);
    ActionMatrix matrix = matrices.get(network);
    if (matrix == null) {
      return;
    }
    Map<Long, Set<SocialAction>> byProfile = new LinkedHashMap<>();
    for (ActionMatrix.Row row : matrix.rows()) {
      byProfile.put(row.getProfileId(), row.granted());
    }
    actions.saveGrants(matrix.accountId(), byProfile);
    Messages.info("social.settings.actions.saved", network.displayName());
    refresh();
  }

  /** Saves the Access tab (S-27). */
  public void saveAccess() {
    Map<Long, Boolean> byProfile = new HashMap<>();
    access.forEach(a -> byProfile.put(a.getProfileId(), a.isSocialTab()));
    tabAccess.saveTabAccess(byProfile);
    Messages.info("social.settings.access.saved");
    refresh();
  }

  private static Network network(String path) {
    for (Network n : Network.values()) {
      if (n.path().equals(path)) {
        return n;
      }
    }
    throw new IllegalArgumentException(path);
  }

  // ---- for the page ----

  public AccountSummary account(String networkPath) {
    return live.get(network(networkPath));
  }

  public List<AccountSummary> removedAccounts(String networkPath) {
    return removed.getOrDefault(network(networkPath), List.of());
  }

  public ActionMatrix matrix(String networkPath) {
    return matrices.get(network(networkPath));
  }

  public String networkName(String networkPath) {
    return network(networkPath).displayName();
  }

  public boolean unavailable(String networkPath, SocialAction action) {
    ActionMatrix matrix = matrices.get(network(networkPath));
    return matrix != null && matrix.unavailable().contains(action);
  }

  public String getTab() {
    return tab;
  }

  public void setTab(String tab) {
    this.tab = tab;
  }

  public int getActiveIndex() {
    return activeIndex;
  }

  public void setActiveIndex(int activeIndex) {
    this.activeIndex = activeIndex;
  }

  public List<ProfileAccess> getAccess() {
    return access;
  }

  public List<PageChoice> getPages() {
    return pages;
  }

  public boolean isAddPageVisible() {
    return addPageVisible;
  }

  /**
   * Whether the page, once rendered, asks for the pending account's pages ({@link #showAddPage}).
   */
  public boolean isPagesToFetch() {
    return pagesToFetch;
  }

  public String getPendingNetworkName() {
    return pendingNetwork == null ? "" : pendingNetwork.displayName();
  }

  public String getPendingNetworkPath() {
    return pendingNetwork == null ? "facebook" : pendingNetwork.path();
  }
}
