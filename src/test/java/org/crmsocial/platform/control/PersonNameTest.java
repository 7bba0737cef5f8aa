package org.crmsocial.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// issue 19 point 19: names in two orders. One rule, by the reader's language and the name's script.
class PersonNameTest {

  @ParameterizedTest(name = "{0} reads {1} / {2} as \"{3}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        // English reader: given name first, except for a name written in a CJK script
        "en | Ken     | Ito    | Ken Ito",
        "en | Emily   | Clark  | Emily Clark",
        "en | 太郎    | 山田   | 山田 太郎",
        "en | たろう  | やまだ | やまだ たろう",
        "en | タロウ  | ヤマダ | ヤマダ タロウ",
        "en | 민준    | 김     | 김 민준",
        "en | Taro    | 山田   | 山田 Taro",
        // Japanese reader: family name first for every name
        "ja | Ken     | Ito    | Ito Ken",
        "ja | Emily   | Clark  | Clark Emily",
        "ja | 太郎    | 山田   | 山田 太郎",
        // Missing parts: the other part alone, never a stray space
        "en |         | Clark  | Clark",
        "ja |         | 山田   | 山田",
        "en | Emily   |        | Emily",
        "ja | 太郎    |        | 太郎",
        "en |         |        | ''",
        "ja |         |        | ''",
      })
  void showsTheNameInTheReadersOrder(String lang, String given, String family, String shown) {
    assertThat(new PersonName(given, family).shown(Locale.forLanguageTag(lang))).isEqualTo(shown);
  }

  @Test
  void blanksAroundPartsAndBlankPartsAreIgnored() {
    assertThat(new PersonName("  Ken ", " Ito\t").shown(Locale.ENGLISH)).isEqualTo("Ken Ito");
    assertThat(new PersonName("   ", "Ito").shown(Locale.ENGLISH)).isEqualTo("Ito");
    assertThat(new PersonName("\u3000太郎\u3000", "山田").shown(Locale.JAPANESE)).isEqualTo("山田 太郎");
    assertThat(new PersonName(null, null).shown(Locale.JAPANESE)).isEmpty();
  }

  @Test
  void aReaderOfAnotherFamilyFirstLanguageOrNoLanguage() {
    assertThat(new PersonName("Ken", "Ito").shown(Locale.CHINESE)).isEqualTo("Ito Ken");
    assertThat(new PersonName("Ken", "Ito").shown(Locale.GERMAN)).isEqualTo("Ken Ito");
    assertThat(new PersonName("Ken", "Ito").shown(null)).isEqualTo("Ken Ito");
    assertThat(new PersonName("太郎", "山田").shown(null)).isEqualTo("山田 太郎");
  }
}
