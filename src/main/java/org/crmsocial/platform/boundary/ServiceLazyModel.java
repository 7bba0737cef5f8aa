package org.crmsocial.platform.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model backed by a service: counting and each page are database queries,
 * so a table of 100,000 rows never loads more than one page. The search text comes from the view.
 */
public class ServiceLazyModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The service calls behind the table. */
  public interface Source<T> extends Serializable {
    long count(String search);

    List<T> page(int first, int size, String sortField, boolean ascending, String search);
  }

  /** Where the table's search text lives (usually a field of the view). */
  public interface Search extends Serializable {
    String get();
  }

  private final Source<T> source;
  private final Search search;
  private final SerializableKey<T> key;

  /** A function from a row to its key, serializable with the view. */
  public interface SerializableKey<T> extends Function<T, Object>, Serializable {}

  public ServiceLazyModel(Source<T> source, Search search, SerializableKey<T> key) {
    this.source = source;
    this.search = search;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, source.count(search.get()));
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
    String field = sort == null || sort.getOrder() == SortOrder.UNSORTED ? null : sort.getField();
    boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
    return source.page(first, pageSize, field, ascending, search.get());
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.apply(row));
  }
}
