package org.crmsocial.social.stream.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.social.settings.entity.SocialAction;
import org.crmsocial.social.stream.control.AccountStreams;
import org.crmsocial.social.stream.control.ActionService;
import org.crmsocial.social.stream.control.TweetLength;
import org.primefaces.PrimeFaces;

/**
 * The composer and the action buttons of the Social tab (S-8, S-12, S-14). Each button is shown
 * only where granted, and {@link ActionService} checks again and decides what a post is on the
 * account's network. A refusal or a network failure shows its message and keeps the draft; success
 * shows only once the network returned the new item.
 */
@Named
@ViewScoped
public class StreamActionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ActionService actions;
  @Inject SocialTabView tab;

  private String draft;
  private SocialAction answerAction;
  private String answerTarget;
  private String answerTo;
  private String answerText;

  /** Posts the draft: a status on Facebook and Google+, a tweet on Twitter. */
  public void post() {
    AccountStreams current = tab.getCurrent();
    if (current == null) {
      return;
    }
    actions.post(current.account().id(), draft);
    Messages.info("social.stream.posted");
    draft = null;
    tab.showNew();
  }

  /** Likes (Facebook), retweets or favourites (Twitter) an item, by name of the action. */
  public void react(String action, String targetId) {
    // The page updates the table: the item shows as liked, retweeted or favourited.
    perform(SocialAction.valueOf(action), targetId, null, "social.stream.done." + action);
  }

  /** Opens the answer dialog: a comment, reply, message reply or DM reply to {@code targetId}. */
  public void openAnswer(String action, String targetId, String to) {
    answerAction = SocialAction.valueOf(action);
    answerTarget = targetId;
    answerTo = to;
    answerText = null;
  }

  /** Sends the answer; the dialog stays open with the text when it fails (a refusal passes). */
  public void sendAnswer() {
    if (answerAction != null
        && perform(
            answerAction, answerTarget, answerText, "social.stream.done." + answerAction.name())) {
      answerText = null;
      answerAction = null;
      PrimeFaces.current().executeScript("PF('answerDialog').hide()");
      tab.showNew();
    }
  }

  /**
   * Performs the action with the shown account: false when no account is shown. A refusal passes to
   * the page ({@code RuleViolationExceptionHandler}), which keeps the draft and the dialog.
   */
  private boolean perform(SocialAction action, String targetId, String text, String doneKey) {
    AccountStreams current = tab.getCurrent();
    if (current == null) {
      return false;
    }
    actions.perform(current.account().id(), action, targetId, text);
    Messages.info(doneKey);
    return true;
  }

  /** What the Twitter composer counts (the page counts as the user types, the same way). */
  public int remaining(String text) {
    return TweetLength.remaining(text);
  }

  public String getDraft() {
    return draft;
  }

  public void setDraft(String draft) {
    this.draft = draft;
  }

  public String getAnswerText() {
    return answerText;
  }

  public void setAnswerText(String answerText) {
    this.answerText = answerText;
  }

  public String getAnswerAction() {
    return answerAction == null ? null : answerAction.name();
  }

  public String getAnswerTo() {
    return answerTo;
  }

  public boolean isAnswerIsTweet() {
    return answerAction == SocialAction.REPLY;
  }
}
