/**
 * Who may do what (S-7, S-22 … S-29): the organization and its edition, users and sign-in, profiles
 * and their permissions (Security Control), the sign-in mechanism and the page-access filter, and
 * reading the audit log. {@code control.AccessPolicy} answers every profile-level question
 * (administer, Manage Social, the Social tab); per-account questions belong to {@code
 * social.settings.control.AccountPermissions}. Depends only on {@code platform}.
 */
package org.crmsocial.security;
