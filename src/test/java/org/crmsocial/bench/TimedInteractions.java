package org.crmsocial.bench;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.Future;
import org.crmsocial.social.conversation.control.RecordKind;
import org.crmsocial.social.people.control.InteractionHistoryService;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.stream.control.Relationship;
import org.crmsocial.social.stream.control.StreamService;
import org.crmsocial.testsupport.TestCurrentUser;

/**
 * One request of the Social Interactions benchmark: each asynchronous call has a request context of
 * its own (as each HTTP request would), acts as the given user and times the service's count and
 * first page.
 */
@Stateless
public class TimedInteractions {

  @EJB InteractionHistoryService history;
  @EJB StreamService streams;
  @Inject TestCurrentUser as;
  @PersistenceContext EntityManager em;

  /**
   * A like counted on some interaction, as the sync does all day: H2 hands a connection the result
   * of its last identical query while no table it reads has changed, which would time a cache.
   */
  private void somethingChanged() {
    em.createNativeQuery(
            "UPDATE social_interaction SET like_count = like_count + 1 WHERE external_id = ?")
        .setParameter(
            1,
            "bench-i-"
                + java.util.concurrent.ThreadLocalRandom.current()
                    .nextInt(InteractionBenchData.INTERACTIONS))
        .executeUpdate();
  }

  /**
   * Nanoseconds the Social tab took for what its first page asks: the stream's count and its first
   * page of 20, each item with its first replies (the mentions stream holds every interaction).
   */
  @Asynchronous
  public Future<Long> socialTabFirstPage(String email, long account) {
    as.signInAs(email);
    somethingChanged();
    long t = System.nanoTime();
    long count = streams.count(account, NetworkStream.TWITTER_MENTIONS, Relationship.ALL);
    int rows =
        streams.page(account, NetworkStream.TWITTER_MENTIONS, Relationship.ALL, 0, 20).size();
    long took = System.nanoTime() - t;
    if (count == 0 || rows != 20) {
      throw new IllegalStateException(
          "account " + account + ": " + count + " items, " + rows + " rows");
    }
    return new AsyncResult<>(took);
  }

  /** Nanoseconds the service took for the count and the first page of 10 of {@code lead}. */
  @Asynchronous
  public Future<Long> firstPage(String email, long lead) {
    as.signInAs(email);
    somethingChanged();
    long t = System.nanoTime();
    long count = history.count(RecordKind.LEAD, lead);
    int rows = history.page(RecordKind.LEAD, lead, 0, 10).size();
    long took = System.nanoTime() - t;
    if (count == 0 || rows != 10) {
      throw new IllegalStateException(
          "lead " + lead + ": " + count + " interactions, " + rows + " rows");
    }
    return new AsyncResult<>(took);
  }
}
