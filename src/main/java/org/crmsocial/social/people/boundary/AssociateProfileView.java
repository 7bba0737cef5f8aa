package org.crmsocial.social.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.crmsocial.social.people.control.PeopleService;
import org.crmsocial.social.people.control.PersonSummary;
import org.crmsocial.social.provider.model.Network;

/**
 * The "Associate social profile" dialog of a detail page (S-24, S-26): find a Facebook or Twitter
 * person by name or handle prefix among the people seen on the networks, and associate one with the
 * page's record ({@link RecordSocialView}).
 */
@Named
@ViewScoped
public class AssociateProfileView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int RESULTS = 20;

  @Inject PeopleService people;
  @Inject RecordSocialView record;

  private Network network = Network.TWITTER;
  private String text;
  private List<PersonSummary> results = List.of();
  private boolean searched;

  /** Opens the dialog empty. */
  public void open() {
    text = null;
    results = List.of();
    searched = false;
  }

  public void search() {
    results = people.search(text, network, RESULTS);
    searched = text != null && !text.isBlank();
  }

  /** Associates the chosen person; the dialog closes when it worked (a refusal leaves it open). */
  public void associate(long personId) {
    record.associate(personId);
    org.primefaces.PrimeFaces.current().executeScript("PF('associateDialog').hide()");
    open();
  }

  /** The networks whose people can be associated (S-24). */
  public List<Network> getNetworks() {
    return List.of(Network.TWITTER, Network.FACEBOOK);
  }

  public Network getNetwork() {
    return network;
  }

  public void setNetwork(Network network) {
    this.network = network == null ? Network.TWITTER : network;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<PersonSummary> getResults() {
    return results;
  }

  /** Whether a search ran (to tell "nobody found" from "not searched yet"). */
  public boolean isSearched() {
    return searched;
  }
}
