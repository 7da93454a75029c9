package io.github.c5atlas.core;

import static io.github.c5atlas.core.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class SourceTest {
  private static Source.Builder kunUz() {
    return Source.builder().id("kun-uz-2024-07-08").publisher("Kun.uz").language("en");
  }

  @Test
  void holdsPublisherTitleUrlDateAndLanguage() {
    Source s = kunUz().title("Birlestik-2024").url("https://kun.uz/en/news/2024/07/08").date(date("2024-07-08"))
        .build();
    assertThat(s.id()).isEqualTo("kun-uz-2024-07-08");
    assertThat(s.publisher()).isEqualTo("Kun.uz");
    assertThat(s.title()).contains("Birlestik-2024");
    assertThat(s.url()).contains("https://kun.uz/en/news/2024/07/08");
    assertThat(s.date()).contains(date("2024-07-08"));
    assertThat(s.language()).isEqualTo("en");
  }

  @Test
  void idIsLowercase() {
    assertThatIllegalArgumentException().isThrownBy(() -> kunUz().id("Kun.uz").build())
        .withMessageContaining("source id 'Kun.uz'");
  }

  @Test
  void publisherIsNotBlank() {
    assertThatIllegalArgumentException().isThrownBy(() -> kunUz().publisher("").build())
        .withMessageContaining("publisher of source kun-uz-2024-07-08 must not be blank");
  }

  @Test
  void languageIsALanguageTag() {
    assertThatIllegalArgumentException().isThrownBy(() -> kunUz().language("EN").build())
        .withMessageContaining("language of source kun-uz-2024-07-08 'EN'");
  }

  @Test
  void urlIsHttpOrHttps() {
    assertThatIllegalArgumentException().isThrownBy(() -> kunUz().url("ftp://kun.uz").build())
        .withMessageContaining("url of source kun-uz-2024-07-08 'ftp://kun.uz' must be an http or https address");
    assertThat(kunUz().url("http://kun.uz").build().url()).contains("http://kun.uz");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(kunUz().build(), kunUz().build())
        .addEqualityGroup(kunUz().title("t").build())
        .addEqualityGroup(kunUz().date(date("2024")).build())
        .addEqualityGroup(kunUz().language("uz").build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Source.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Source.builder());
  }
}
