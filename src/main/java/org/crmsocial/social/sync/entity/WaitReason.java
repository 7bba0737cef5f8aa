package org.crmsocial.social.sync.entity;

/** Why a stream's next sync waits: the network's rate limit, or a back-off after failures. */
public enum WaitReason {
  /** The network throttles calls until its reset time; even Sync now waits for it. */
  RATE_LIMIT,
  /** Failed runs (5xx, timeouts, other errors): exponential back-off with jitter. */
  BACKOFF
}
