package org.crmsocial.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphFieldsTest {

  @Test
  void parsesTheFeedFieldsOfProvidersMd() {
    GraphFields f =
        GraphFields.parse(
            "id,message,created_time,from,permalink_url,comments.summary(true){id,message,"
                + "created_time,from},likes.summary(true)",
            "id");
    assertThat(f.fields())
        .extracting(GraphFields.Field::name)
        .containsExactly(
            "id", "message", "created_time", "from", "permalink_url", "comments", "likes");
    GraphFields.Field comments = f.get("comments").orElseThrow();
    assertThat(comments.summary()).isTrue();
    assertThat(comments.children())
        .extracting(GraphFields.Field::name)
        .containsExactly("id", "message", "created_time", "from");
    assertThat(f.get("likes").orElseThrow().summary()).isTrue();
    assertThat(f.get("likes").orElseThrow().children()).isEmpty();
  }

  @Test
  void readsLimitsAndNestedEdges() {
    GraphFields f =
        GraphFields.parse(
            "id,updated_time,participants,messages.limit(20){id,message,created_time,from}", "id");
    GraphFields.Field messages = f.get("messages").orElseThrow();
    assertThat(messages.limit(25)).isEqualTo(20);
    assertThat(messages.summary()).isFalse();
    assertThat(GraphFields.of(messages, "id").fields()).hasSize(4);
  }

  @Test
  void blankMeansTheDefaults() {
    assertThat(GraphFields.parse(null, "id,name").fields()).hasSize(2);
    assertThat(GraphFields.parse(" ", "id").has("id")).isTrue();
  }
}
