package io.github.c5atlas.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InvalidAtlasExceptionTest {
  @Test
  void listsEveryProblemWithItsOrigin() {
    Problem first = Problem.at("/events/0/host", 10, 5, "unknown state 'TM'");
    Problem second = Problem.at("/reports/0/about", "unknown event or forum 'x'");
    InvalidAtlasException e = new InvalidAtlasException("mine.json", List.of(first, second));
    assertThat(e.origin()).isEqualTo("mine.json");
    assertThat(e.problems()).containsExactly(first, second);
    assertThat(e.first()).isEqualTo(first);
    assertThat(e.at("/reports/0/about")).contains(second);
    assertThat(e.at("/nowhere")).isEmpty();
    assertThat(e.getMessage()).isEqualTo("mine.json: 2 problems\n  " + first + "\n  " + second);
  }

  @Test
  void oneProblemIsSingular() {
    assertThat(new InvalidAtlasException("x", List.of(Problem.at("", "m"))).getMessage())
        .isEqualTo("x: 1 problem\n  (document): m");
  }

  @Test
  void theMessageListsTwentyAndCountsTheRest() {
    List<Problem> many = IntStream.range(0, 25).mapToObj(i -> Problem.at("/events/" + i, "bad"))
        .collect(Collectors.toList());
    String message = new InvalidAtlasException("x", many).getMessage();
    assertThat(message).startsWith("x: 25 problems").contains("/events/19: bad").doesNotContain("/events/20")
        .endsWith("... and 5 more");
  }

  @Test
  void needsAProblem() {
    assertThatIllegalArgumentException().isThrownBy(() -> new InvalidAtlasException("x", List.of()))
        .withMessageContaining("at least one problem");
  }

  @Test
  void nulls() {
    new NullPointerTester().setDefault(Iterable.class, List.of(Problem.at("", "m")))
        .testAllPublicConstructors(InvalidAtlasException.class);
    new NullPointerTester().testAllPublicInstanceMethods(new InvalidAtlasException("x", List.of(Problem.at("", "m"))));
  }
}
