package org.crmsocial.social.people.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** S-20: how a lead or contact created from a social person is named. */
class PersonNamesTest {

  @Test
  void aWesternNameEndsWithTheFamilyName() {
    assertThat(PersonNames.split("Taro Yamada", "taro_y", "9912"))
        .isEqualTo(new PersonNames.Split("Taro", "Yamada"));
    assertThat(PersonNames.split("  Mary  Ann Lee ", null, "1"))
        .isEqualTo(new PersonNames.Split("Mary Ann", "Lee"));
  }

  @Test
  void aJapaneseNameStartsWithTheFamilyName() {
    assertThat(PersonNames.split("佐藤 美咲", null, "1")).isEqualTo(new PersonNames.Split("美咲", "佐藤"));
    assertThat(PersonNames.split("田中\u3000陽子", null, "1"))
        .isEqualTo(new PersonNames.Split("陽子", "田中"));
  }

  @Test
  void aSingleWordIsTheLastName() {
    assertThat(PersonNames.split("山田太郎", null, "1")).isEqualTo(new PersonNames.Split(null, "山田太郎"));
    assertThat(PersonNames.split("Acme", null, "1")).isEqualTo(new PersonNames.Split(null, "Acme"));
  }

  @Test
  void withoutANameTheHandleThenTheIdNamesThePerson() {
    assertThat(PersonNames.split(" ", "ken_ito", "9913"))
        .isEqualTo(new PersonNames.Split(null, "ken_ito"));
    assertThat(PersonNames.split(null, null, "9913"))
        .isEqualTo(new PersonNames.Split(null, "9913"));
  }

  @Test
  void longNamesAreCutToWhatARecordHolds() {
    PersonNames.Split split = PersonNames.split("A".repeat(100) + " " + "B".repeat(100), null, "1");
    assertThat(split.firstName()).hasSize(80);
    assertThat(split.lastName()).hasSize(80);
  }
}
