package org.crmsocial.social.stream.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.platform.boundary.ServiceLazyModel;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.settings.entity.SocialAction;
import org.crmsocial.social.stream.control.AccountStreams;
import org.crmsocial.social.stream.control.CountHorizon;
import org.crmsocial.social.stream.control.Relationship;
import org.crmsocial.social.stream.control.SocialTab;
import org.crmsocial.social.stream.control.StreamItem;
import org.crmsocial.social.stream.control.StreamService;
import org.primefaces.component.datatable.DataTable;

/**
 * {@code app/social/index.xhtml}: the Social tab (S-2, S-3, S-6). Holds which stream is shown, the
 * relationship filter and the "n new" count; every row and count comes from {@link StreamService},
 * which applies the rules, counted as far as {@link CountHorizon} says. A Twitter search (live or
 * saved) replaces the stream while it is shown ({@link TwitterSearchView}).
 */
@Named
@ViewScoped
public class SocialTabView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The stream table's client id, for resetting it to its first page. */
  static final String TABLE = "stream-form:items";

  @Inject StreamService service;

  private SocialTab tab;
  private Long accountId;
  private NetworkStream stream;
  private Relationship relationship = Relationship.ALL;
  private long newestShownId;
  private long newCount;
  private boolean searching;
  private ServiceLazyModel<StreamItem> model;

  /** How far the shown stream is counted exactly. */
  private final CountHorizon horizon = new CountHorizon();

  @PostConstruct
  void init() {
    tab = service.tab();
    if (tab.mode() == SocialTab.Mode.STREAMS) {
      AccountStreams first = tab.accounts().get(0);
      select(first.account().id(), first.streams().get(0));
    }
    model =
        new ServiceLazyModel<>(
            new ServiceLazyModel.Source<StreamItem>() {
              private static final long serialVersionUID = 1L;

              @Override
              public long count(String ignored) {
                int to = horizon.toCount();
                return accountId == null ? 0 : service.count(accountId, stream, relationship, to);
              }

              @Override
              public List<StreamItem> page(
                  int first, int size, String sortField, boolean asc, String ignored) {
                horizon.paged(first, size);
                return accountId == null
                    ? List.of()
                    : service.page(accountId, stream, relationship, first, size);
              }
            },
            () -> null,
            StreamItem::externalId);
  }

  /** Reads the tab again (a search was saved or deleted), keeping what is shown. */
  void reload() {
    tab = service.tab();
  }

  /** Shows a stream of an account, from its newest item. */
  public void select(long account, NetworkStream which) {
    accountId = account;
    stream = which;
    searching = false;
    relationship = Relationship.ALL;
    showNew();
  }

  /** Shows what arrived since the page was loaded: the first page again, and no "n new". */
  public void showNew() {
    newestShownId = accountId == null ? 0 : service.newestId(accountId, stream);
    newCount = 0;
    firstPage();
  }

  /** The poll: how many items arrived since the newest shown one. */
  public void checkNew() {
    if (accountId == null || searching) {
      return;
    }
    newCount = 0; // what a refused count shows (the handler shows why)
    newCount = service.countNewer(accountId, stream, newestShownId);
  }

  /** The filter changed: the first page of what it lets through. */
  public void filter() {
    firstPage();
  }

  void firstPage() {
    horizon.reset();
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null
        && context.getViewRoot() != null
        && context.getViewRoot().findComponent(TABLE) instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  /** The account of the shown stream or search. */
  public AccountStreams getCurrent() {
    if (tab == null || accountId == null) {
      return null;
    }
    return tab.accounts().stream()
        .filter(a -> a.account().id() == accountId)
        .findFirst()
        .orElse(null);
  }

  /**
   * Whether the user may do {@code action} (by name) with the shown account; the server checks
   * again.
   */
  public boolean may(String action) {
    AccountStreams current = getCurrent();
    return current != null && current.may(SocialAction.valueOf(action));
  }

  /** Whether the stream link is the one shown. */
  public boolean isShown(long account, NetworkStream which) {
    return !searching && accountId != null && accountId == account && which == stream;
  }

  void searchShown(long account) {
    accountId = account;
    searching = true;
  }

  public SocialTab getTab() {
    return tab;
  }

  public String getMode() {
    return tab.mode().name();
  }

  public List<AccountStreams> getAccounts() {
    return tab.accounts();
  }

  public String getWithoutView() {
    return String.join(", ", tab.withoutView());
  }

  public ServiceLazyModel<StreamItem> getModel() {
    return model;
  }

  /** Whether the stream holds more items than the service counts exactly. */
  public boolean isCountCapped() {
    return model != null && horizon.capped(model.getRowCount());
  }

  /**
   * The page report of a stream counted only up to its horizon: "1–20 of more than 1,000" (the
   * paginator fills in the records; the horizon is ours).
   */
  public String getPageReportMany() {
    return Messages.text("social.stream.pageReportMany")
        .replace(
            "{more}",
            java.text.NumberFormat.getIntegerInstance(Messages.currentLocale())
                .format(horizon.countedTo()));
  }

  public NetworkStream getStream() {
    return stream;
  }

  public Long getAccountId() {
    return accountId;
  }

  public boolean isSearching() {
    return searching;
  }

  public long getNewCount() {
    return newCount;
  }

  public Relationship getRelationship() {
    return relationship;
  }

  public void setRelationship(Relationship relationship) {
    this.relationship = relationship == null ? Relationship.ALL : relationship;
  }

  public Relationship[] getRelationships() {
    return Relationship.values();
  }
}
