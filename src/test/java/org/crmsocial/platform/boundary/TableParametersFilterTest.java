package org.crmsocial.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TableParametersFilterTest {

  @Test
  void tamperedPagingAndSortingValuesAreClamped() { // tampered paging
    String t = "list-form:records";
    assertThat(TableParametersFilter.clamped(t + "_first", "99999999999999999999"))
        .isEqualTo("1000000000");
    assertThat(TableParametersFilter.clamped(t + "_first", "-50")).isEqualTo("0");
    assertThat(TableParametersFilter.clamped(t + "_first", "abc")).isEqualTo("0");
    assertThat(TableParametersFilter.clamped(t + "_first", "")).isEqualTo("0");
    assertThat(TableParametersFilter.clamped(t + "_first", "1e3")).isEqualTo("0");
    assertThat(TableParametersFilter.clamped(t + "_first", "20")).isEqualTo("20");
    assertThat(TableParametersFilter.clamped(t + "_rows", "1000000")).isEqualTo("100");
    assertThat(TableParametersFilter.clamped(t + "_rows", "0")).isEqualTo("10");
    assertThat(TableParametersFilter.clamped(t + "_rows", "-3")).isEqualTo("10");
    assertThat(TableParametersFilter.clamped(t + "_rows", "20")).isEqualTo("25");
    assertThat(TableParametersFilter.clamped(t + "_rows", "99999999999999999999")).isEqualTo("100");
    assertThat(TableParametersFilter.clamped(t + "_rows", "ten")).isEqualTo("10");
    assertThat(TableParametersFilter.clamped(t + "_rows", "25")).isEqualTo("25");
    assertThat(TableParametersFilter.clamped(t + "_sortDir", "7")).isEqualTo("1");
    assertThat(TableParametersFilter.clamped(t + "_sortDir", "-1")).isEqualTo("-1");
    assertThat(TableParametersFilter.clamped(t + ":globalFilter", "abc")).isNull();
  }

  @Test
  void everyPagedTableTakesEveryPageSizeTheFilterLeaves() throws java.io.IOException {
    String sizes =
        java.util.Arrays.stream(TableParametersFilter.PAGE_SIZES)
            .mapToObj(String::valueOf)
            .collect(java.util.stream.Collectors.joining(","));
    java.util.regex.Pattern table = java.util.regex.Pattern.compile("<p:dataTable[^>]*>");
    int paged = 0;
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/webapp"))) {
      for (var file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        var m = table.matcher(java.nio.file.Files.readString(file));
        while (m.find()) {
          if (m.group().contains("paginator=\"true\"")) {
            paged++;
            assertThat(m.group())
                .as(file + ": PrimeFaces refuses a page size its table does not declare")
                .contains("rowsPerPageTemplate=\"" + sizes + "\"");
          }
        }
      }
    }
    assertThat(paged).isGreaterThanOrEqualTo(5);
  }

  @Test
  void aPostWithNothingToClampIsLeftAsItCame() {
    assertThat(TableParametersFilter.clamp(Map.of("a_first", new String[] {"10"}))).isNull();
    assertThat(TableParametersFilter.clamp(Map.of("a_first", new String[] {"x"})).get("a_first"))
        .containsExactly("0");
  }
}
