package org.crmsocial.social.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.social.people.control.PersonSummary;
import org.crmsocial.social.people.control.TweetHistoryService;
import org.crmsocial.social.people.control.TweetPage;
import org.crmsocial.social.provider.model.ProviderException;

/**
 * The tweet history panel of a detail page (S-12): a Twitter person's tweets read live, a page at a
 * time ("Show older tweets" follows Twitter's cursor). A Twitter failure shows Twitter's message in
 * the panel; what was shown stays.
 */
@Named
@ViewScoped
public class TweetHistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TweetHistoryService service;

  private Boolean mayRead;
  private PersonSummary person;
  private final List<TweetPage.Tweet> tweets = new ArrayList<>();
  private String nextCursor;
  private String error;

  /** Whether to offer "Tweet history" (the server checks again). */
  public boolean isMayRead() {
    if (mayRead == null) {
      mayRead = service.mayRead();
    }
    return mayRead;
  }

  /** Shows the first page of the person's tweets. */
  public void show(PersonSummary chosen) {
    person = chosen;
    tweets.clear();
    nextCursor = null;
    read(null);
  }

  /** Appends the next, older page. */
  public void more() {
    if (person != null && nextCursor != null) {
      read(nextCursor);
    }
  }

  public void close() {
    person = null;
    tweets.clear();
    nextCursor = null;
    error = null;
  }

  private void read(String cursor) {
    error = null;
    try {
      TweetPage page = service.read(person.id(), cursor);
      tweets.addAll(page.tweets());
      nextCursor = page.nextCursor();
    } catch (ProviderException failed) {
      error = Messages.text(failed.key(), failed.args());
    } catch (RuleViolation refused) {
      error = Messages.text(refused.getKey(), refused.getArgs());
    }
  }

  public PersonSummary getPerson() {
    return person;
  }

  public List<TweetPage.Tweet> getTweets() {
    return tweets;
  }

  public boolean isMore() {
    return nextCursor != null;
  }

  public String getError() {
    return error;
  }
}
