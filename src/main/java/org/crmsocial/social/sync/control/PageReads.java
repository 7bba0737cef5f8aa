package org.crmsocial.social.sync.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.crmsocial.social.provider.entity.NetworkItem;
import org.crmsocial.social.provider.entity.StreamPage;

/**
 * Reads a page on one of the server's managed threads, for {@link PrefetchingSource}: a network
 * call, with no transaction. What the read throws comes back in the future (never logged here as a
 * failure of the bean), for the sync to handle as it handles its own reads.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PageReads {

  /** Runs {@code read} asynchronously. */
  @Asynchronous
  public Future<StreamPage<NetworkItem>> start(Supplier<StreamPage<NetworkItem>> read) {
    CompletableFuture<StreamPage<NetworkItem>> done = new CompletableFuture<>();
    try {
      done.complete(read.get());
    } catch (RuntimeException e) {
      done.completeExceptionally(e);
    }
    return done;
  }
}
