/**
 * The sandbox networks' data: networks, actors (users who sign in, their pages, the people who
 * talk), items (posts, comments, tweets, activities, messages), consents and tokens, as immutable
 * records and enums. The sandbox keeps them with plain JDBC in its own {@code sbx_*} tables rather
 * than as JPA entities: those tables exist only when the sandbox is enabled, so they stay out of
 * the product's persistence unit, and the hot paths (keyset paging, million-row bulk seeds) need
 * exact SQL and JDBC batches. Nothing here may depend on the product's own features.
 */
package org.crmsocial.sandbox.model;
