/**
 * Feed sync: a timer per linked account (S-1) reads each of its streams from the network and stores
 * what is new through {@code social.conversation}'s idempotent store. It owns the sync cursors and
 * the run leases (one run per account at a time, across servers), the back-off after failures, the
 * full walk and the read-ahead on the container's managed executor, and the status the settings
 * page shows. The timer and <b>Sync now</b> go through the same entry point.
 */
package org.crmsocial.social.sync;
