package org.crmsocial.platform.control;

/**
 * A CDI event {@link DatabaseMigrator} fires, synchronously and before anything else in the
 * application runs, once the schema is up to date; the installer observes it to create what a new
 * installation needs.
 */
public record SchemaMigrated() {}
