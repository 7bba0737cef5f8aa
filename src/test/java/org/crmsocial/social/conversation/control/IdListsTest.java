package org.crmsocial.social.conversation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdListsTest {

  @Test
  void idListsComeInAFewSizesThatHoldEveryIdOfAChunk() { // DESIGN §4: idempotent upserts
    assertThat(IdLists.size(1)).isEqualTo(1);
    assertThat(IdLists.size(2)).isEqualTo(10);
    assertThat(IdLists.size(10)).isEqualTo(10);
    assertThat(IdLists.size(11)).isEqualTo(25);
    assertThat(IdLists.size(100)).isEqualTo(100);
    assertThat(IdLists.size(101)).isEqualTo(InteractionStore.CHUNK);
    assertThat(IdLists.size(InteractionStore.CHUNK)).isEqualTo(InteractionStore.CHUNK);
    assertThatThrownBy(() -> IdLists.size(InteractionStore.CHUNK + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aListIsPaddedWithItsLastIdSoThatItAsksForTheSameIds() throws Exception {
    List<String> bound = new ArrayList<>();
    PreparedStatement statement =
        (PreparedStatement)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("setString")) {
                    assertThat((int) args[0]).isEqualTo(2 + bound.size());
                    bound.add((String) args[1]);
                  }
                  return null;
                });
    List<String> ids = List.of("a", "b", "c");
    assertThat(IdLists.placeholders(ids)).isEqualTo("?" + ", ?".repeat(9));
    assertThat(IdLists.bind(statement, 2, ids)).isEqualTo(12);
    assertThat(bound).containsExactly("a", "b", "c", "c", "c", "c", "c", "c", "c", "c");
  }
}
