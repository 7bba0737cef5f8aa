package org.crmsocial.crm.control;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmsocial.crm.entity.CrmRecord;
import org.crmsocial.crm.entity.RecordSource;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.platform.control.NotFound;
import org.crmsocial.platform.control.PageRequest;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.platform.control.Versions;
import org.crmsocial.security.control.CurrentUser;

/**
 * What the lead and contact services share: database paging with a whitelist of sortable columns
 * (each backed by an index, so a page of 100,000 records reads only that page), prefix search,
 * detail, create and edit for every signed-in user. Invalid input is refused with the field's
 * message and changes nothing; an edit based on an old version is refused. Nothing here deletes a
 * record: leads and contacts outlive anything social (S-20).
 */
public abstract class CrmRecordService<T extends CrmRecord> {

  /** Sortable columns: screen field → JPQL path. Anything else sorts by creation, newest first. */
  private static final Map<String, String> SORTS =
      Map.of(
          "lastName", "r.lastName",
          "company", "r.company",
          "email", "r.email",
          "createdAt", "r.createdAt");

  private static final String SEARCH =
      " WHERE r.lastName LIKE :q OR r.firstName LIKE :q OR r.company LIKE :q OR r.email LIKE :q";

  @PersistenceContext EntityManager em;
  @Inject Validator validator;
  @Inject CurrentUser currentUser;

  private final Class<T> type;
  private final String entityName;

  protected CrmRecordService(Class<T> type) {
    this.type = type;
    this.entityName = type.getSimpleName();
  }

  /** A new, empty record of this service's kind. */
  protected abstract T newRecord();

  /** Copies the fields only this kind has (the common ones are copied by the base). */
  protected void copyOwnFields(T form, T record) {}

  public long count(String rawSearch) {
    currentUser.get();
    String search = rawSearch == null ? "" : rawSearch.strip();
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT COUNT(r) FROM " + entityName + " r" + (search.isEmpty() ? "" : SEARCH),
            Long.class);
    bindSearch(query, search);
    return query.getSingleResult();
  }

  public List<T> page(PageRequest page) {
    currentUser.get();
    String sort = page.sortField() == null ? null : SORTS.get(page.sortField());
    String order =
        sort == null
            ? "r.createdAt DESC, r.id DESC"
            : sort
                + (page.ascending() ? " ASC" : " DESC")
                + ", r.id"
                + (page.ascending() ? " ASC" : " DESC");
    TypedQuery<T> query =
        em.createQuery(
            "SELECT r FROM "
                + entityName
                + " r"
                + (page.search().isEmpty() ? "" : SEARCH)
                + " ORDER BY "
                + order,
            type);
    bindSearch(query, page.search());
    return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
  }

  public T find(long id) {
    currentUser.get();
    return load(id);
  }

  /** A new record owned by the signed-in user, from the fields of {@code form}. */
  public T create(T form, RecordSource source) {
    T record = newRecord();
    record.setOwner(currentUser.get());
    record.setSource(source == null ? RecordSource.MANUAL : source);
    apply(record, form);
    em.persist(record);
    return record;
  }

  public T update(long id, long expectedVersion, T form) {
    currentUser.get();
    T record = load(id);
    Versions.requireCurrent(record.getVersion(), expectedVersion);
    apply(record, form);
    return record;
  }

  private T load(long id) {
    List<T> found =
        em.createQuery("SELECT r FROM " + entityName + " r WHERE r.id = :id", type)
            .setParameter("id", id)
            .getResultList();
    if (found.isEmpty()) {
      throw new NotFound(entityName.toLowerCase(Locale.ROOT), id);
    }
    T record = found.get(0);
    if (record.getOwner() != null) {
      record
          .getOwner()
          .getName(); // the detail page shows the owner: load it inside the transaction
    }
    return record;
  }

  /** Copies the form onto the record, validates the result and stamps it; refuses invalid input. */
  private void apply(T record, T form) {
    record.copyFieldsFrom(form);
    copyOwnFields(form, record);
    Set<ConstraintViolation<T>> violations = validator.validate(record);
    if (!violations.isEmpty()) {
      String fields =
          violations.stream()
              .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
              .map(v -> v.getPropertyPath() + ": " + v.getMessage())
              .collect(Collectors.joining("; "));
      throw new RuleViolation("crm.validation.invalid", fields);
    }
    record.stamp(Clock.now());
  }

  private static void bindSearch(TypedQuery<?> query, String search) {
    if (!search.isEmpty()) {
      query.setParameter("q", escapeLike(search) + "%");
    }
  }

  /**
   * LIKE wildcards in the user's text are matched literally (EclipseLink's default escape is '\').
   */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
