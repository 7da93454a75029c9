package io.github.c5atlas.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class JsonLimitsTest {
  @Test
  void defaults() {
    JsonLimits limits = JsonLimits.DEFAULT;
    assertThat(limits.maxDocumentBytes()).isEqualTo(512L << 20);
    assertThat(limits.maxDepth()).isEqualTo(64);
    assertThat(limits.maxStringLength()).isEqualTo(1 << 20);
    assertThat(limits.maxNumberLength()).isEqualTo(20);
    assertThat(limits).hasToString("JsonLimits[maxDocumentBytes=536870912, maxDepth=64, maxStringLength=1048576,"
        + " maxNumberLength=20]");
  }

  @Test
  void copiesChangeOneLimitAndReturnThisWhenNothingChanges() {
    JsonLimits limits = JsonLimits.DEFAULT.withMaxDocumentBytes(1000).withMaxDepth(10).withMaxStringLength(100);
    assertThat(limits.maxDocumentBytes()).isEqualTo(1000);
    assertThat(limits.maxDepth()).isEqualTo(10);
    assertThat(limits.maxStringLength()).isEqualTo(100);
    assertThat(limits.maxNumberLength()).isEqualTo(20);
    assertThat(JsonLimits.DEFAULT.withMaxDepth(64)).isSameAs(JsonLimits.DEFAULT);
    assertThat(JsonLimits.DEFAULT.withMaxStringLength(1 << 20)).isSameAs(JsonLimits.DEFAULT);
    assertThat(JsonLimits.DEFAULT.withMaxDocumentBytes(512L << 20)).isSameAs(JsonLimits.DEFAULT);
  }

  @Test
  void limitsArePositiveAndDeepEnoughForTheFormat() {
    assertThatIllegalArgumentException().isThrownBy(() -> JsonLimits.DEFAULT.withMaxDocumentBytes(0))
        .withMessageContaining("maxDocumentBytes must be positive: 0");
    assertThatIllegalArgumentException().isThrownBy(() -> JsonLimits.DEFAULT.withMaxDepth(7))
        .withMessageContaining("maxDepth must be at least 8").withMessageContaining(": 7");
    assertThatIllegalArgumentException().isThrownBy(() -> JsonLimits.DEFAULT.withMaxStringLength(-1))
        .withMessageContaining("maxStringLength must be positive: -1");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(JsonLimits.DEFAULT, JsonLimits.DEFAULT.withMaxDepth(10).withMaxDepth(64))
        .addEqualityGroup(JsonLimits.DEFAULT.withMaxDepth(10))
        .addEqualityGroup(JsonLimits.DEFAULT.withMaxStringLength(10))
        .addEqualityGroup(JsonLimits.DEFAULT.withMaxDocumentBytes(10))
        .testEquals();
  }
}
