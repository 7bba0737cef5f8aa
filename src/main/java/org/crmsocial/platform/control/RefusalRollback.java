package org.crmsocial.platform.control;

import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Every service's refusals ({@code RuleViolation} and the other application exceptions) change
 * nothing: when one leaves a business method that runs in a transaction, that transaction is marked
 * for rollback. Bound to every enterprise bean (WEB-INF/ejb-jar.xml) in place of {@code rollback =
 * true} on the exceptions, which would also mark a method's local transaction containment when it
 * runs outside a transaction ({@code NOT_SUPPORTED}, such as the calls to the networks): Liberty
 * then logs an error and an incident report for what is only a refusal.
 */
public class RefusalRollback {

  @Resource TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  @AroundTimeout
  public Object rollBackOnRefusal(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (RuntimeException refusal) {
      if (isApplicationException(refusal.getClass()) && transactions.getTransactionKey() != null) {
        transactions.setRollbackOnly();
      }
      throw refusal;
    }
  }

  static boolean isApplicationException(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      if (t.isAnnotationPresent(ApplicationException.class)) {
        return true;
      }
    }
    return false;
  }
}
