package io.github.c5atlas.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AppTest {
  @Test
  void runsAQueryOnTheBundledAtlas() {
    assertTrue(App.c5OnlyIds().contains("samarkand-2025"), App.c5OnlyIds().toString());
    assertTrue(App.c5Only().toString()
        .startsWith("events where attendedByAll(CENTRAL_ASIA) and attendedOnlyBy(CENTRAL_ASIA)\n"));
  }

  @Test
  void findsTheLibraryOnTheModulePathByItsModuleNames() {
    assertEquals("io.github.c5atlas.consumer", App.class.getModule().getName());
    assertEquals("io.github.c5atlas.core", io.github.c5atlas.core.Atlas.class.getModule().getName());
    assertEquals("io.github.c5atlas.dsl", io.github.c5atlas.dsl.Query.class.getModule().getName());
  }
}
