package org.crmsocial.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table's paging and sorting values arrive as request parameters ({@code <table>_first}, {@code
 * _rows}, {@code _sortDir}) that PrimeFaces reads with {@code Integer.parseInt}. Tampered ones are
 * clamped here before any component sees them: a row offset that is not a number or is negative
 * reads as the first row, a page size that is not one of {@link #PAGE_SIZES} (every paged table
 * declares them as its {@code rowsPerPageTemplate}: PrimeFaces refuses any other) as the nearest of
 * them ({@value #DEFAULT_ROWS} when it is not a number), a sort direction that is neither 1 nor -1
 * as ascending. Other values PrimeFaces cannot read are refused with a message ({@link
 * RuleViolationExceptionHandler}).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class TableParametersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The page sizes of every paged table (a table's rows, and any rows-per-page choice). */
  static final int[] PAGE_SIZES = {10, 25, 50, 100};

  static final int DEFAULT_ROWS = 10;
  static final int MAX_FIRST = 1_000_000_000;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    Map<String, String[]> clamped = clamp(request.getParameterMap());
    chain.doFilter(clamped == null ? request : new Clamped(request, clamped), response);
  }

  /** The parameters with their table values clamped, or {@code null} when none needed it. */
  static Map<String, String[]> clamp(Map<String, String[]> parameters) {
    Map<String, String[]> out = null;
    for (Map.Entry<String, String[]> e : parameters.entrySet()) {
      String name = e.getKey();
      String[] values = e.getValue();
      String value = values.length == 0 ? null : values[0];
      String fixed = value == null ? null : clamped(name, value);
      if (fixed != null && !fixed.equals(value)) {
        if (out == null) {
          out = new LinkedHashMap<>(parameters);
        }
        out.put(name, new String[] {fixed});
      }
    }
    return out == null ? null : Collections.unmodifiableMap(out);
  }

  /** The clamped value of a table parameter; {@code null} for any other parameter. */
  static String clamped(String name, String value) {
    if (name.endsWith("_first")) {
      return String.valueOf(bounded(value, 0, MAX_FIRST, 0));
    }
    if (name.endsWith("_rows")) {
      return String.valueOf(nearestPageSize(bounded(value, 1, Integer.MAX_VALUE, DEFAULT_ROWS)));
    }
    if (name.endsWith("_sortDir")) {
      return "-1".equals(value.strip()) ? "-1" : "1";
    }
    return null;
  }

  private static int nearestPageSize(long rows) {
    int nearest = PAGE_SIZES[0];
    for (int size : PAGE_SIZES) {
      if (Math.abs(size - rows) < Math.abs(nearest - rows)) {
        nearest = size;
      }
    }
    return nearest;
  }

  /** {@code value} as a number within [min, max]; {@code otherwise} when it is not a number. */
  private static long bounded(String value, long min, long max, long otherwise) {
    String v = value.strip();
    if (!v.matches("[+-]?\\d{1,30}")) {
      return otherwise;
    }
    if (v.startsWith("-")) {
      return min;
    }
    if (v.replaceFirst("^\\+?0*", "").length() > 18) {
      return max;
    }
    return Math.max(min, Math.min(max, Long.parseLong(v)));
  }

  private static final class Clamped extends HttpServletRequestWrapper {
    private final Map<String, String[]> parameters;

    Clamped(HttpServletRequest request, Map<String, String[]> parameters) {
      super(request);
      this.parameters = parameters;
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
