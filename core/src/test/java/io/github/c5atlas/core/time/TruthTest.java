package io.github.c5atlas.core.time;

import static io.github.c5atlas.core.time.Truth.FALSE;
import static io.github.c5atlas.core.time.Truth.TRUE;
import static io.github.c5atlas.core.time.Truth.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.NullPointerTester;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TruthTest {

    @Nested
    class Connectives {

        @Test
        void andIsTheKleeneConjunction() {
            assertThat(TRUE.and(TRUE)).isEqualTo(TRUE);
            assertThat(TRUE.and(UNKNOWN)).isEqualTo(UNKNOWN);
            assertThat(TRUE.and(FALSE)).isEqualTo(FALSE);
            assertThat(UNKNOWN.and(TRUE)).isEqualTo(UNKNOWN);
            assertThat(UNKNOWN.and(UNKNOWN)).isEqualTo(UNKNOWN);
            assertThat(UNKNOWN.and(FALSE)).isEqualTo(FALSE);
            assertThat(FALSE.and(TRUE)).isEqualTo(FALSE);
            assertThat(FALSE.and(UNKNOWN)).isEqualTo(FALSE);
            assertThat(FALSE.and(FALSE)).isEqualTo(FALSE);
        }

        @Test
        void orIsTheKleeneDisjunction() {
            assertThat(TRUE.or(TRUE)).isEqualTo(TRUE);
            assertThat(TRUE.or(UNKNOWN)).isEqualTo(TRUE);
            assertThat(TRUE.or(FALSE)).isEqualTo(TRUE);
            assertThat(UNKNOWN.or(TRUE)).isEqualTo(TRUE);
            assertThat(UNKNOWN.or(UNKNOWN)).isEqualTo(UNKNOWN);
            assertThat(UNKNOWN.or(FALSE)).isEqualTo(UNKNOWN);
            assertThat(FALSE.or(TRUE)).isEqualTo(TRUE);
            assertThat(FALSE.or(UNKNOWN)).isEqualTo(UNKNOWN);
            assertThat(FALSE.or(FALSE)).isEqualTo(FALSE);
        }

        @Test
        void notSwapsTrueAndFalseAndKeepsUnknown() {
            assertThat(TRUE.not()).isEqualTo(FALSE);
            assertThat(FALSE.not()).isEqualTo(TRUE);
            assertThat(UNKNOWN.not()).isEqualTo(UNKNOWN);
        }

        @Test
        void deMorganAndDoubleNegationHold() {
            for (Truth a : Truth.values()) {
                assertThat(a.not().not()).isEqualTo(a);
                for (Truth b : Truth.values()) {
                    assertThat(a.and(b).not()).isEqualTo(a.not().or(b.not()));
                    assertThat(a.or(b).not()).isEqualTo(a.not().and(b.not()));
                    assertThat(a.and(b)).isEqualTo(b.and(a));
                    assertThat(a.or(b)).isEqualTo(b.or(a));
                }
            }
        }

        @Test
        void agreesWithBooleanLogicOnKnownValues() {
            for (boolean a : new boolean[] {false, true}) {
                assertThat(Truth.of(a).not()).isEqualTo(Truth.of(!a));
                for (boolean b : new boolean[] {false, true}) {
                    assertThat(Truth.of(a).and(Truth.of(b))).isEqualTo(Truth.of(a && b));
                    assertThat(Truth.of(a).or(Truth.of(b))).isEqualTo(Truth.of(a || b));
                }
            }
        }
    }

    @Nested
    class Aggregates {

        @Test
        void allIsTrueForNoValuesAndTheLeastOtherwise() {
            assertThat(Truth.all(List.of())).isEqualTo(TRUE);
            assertThat(Truth.all(List.of(TRUE, TRUE))).isEqualTo(TRUE);
            assertThat(Truth.all(List.of(TRUE, UNKNOWN, TRUE))).isEqualTo(UNKNOWN);
            assertThat(Truth.all(List.of(UNKNOWN, FALSE, TRUE))).isEqualTo(FALSE);
        }

        @Test
        void anyIsFalseForNoValuesAndTheGreatestOtherwise() {
            assertThat(Truth.any(List.of())).isEqualTo(FALSE);
            assertThat(Truth.any(List.of(FALSE, FALSE))).isEqualTo(FALSE);
            assertThat(Truth.any(List.of(FALSE, UNKNOWN))).isEqualTo(UNKNOWN);
            assertThat(Truth.any(List.of(UNKNOWN, FALSE, TRUE))).isEqualTo(TRUE);
        }

        @Test
        void nullElementsAreRejected() {
            assertThatNullPointerException().isThrownBy(() -> Truth.all(Arrays.asList(TRUE, null)));
            assertThatNullPointerException().isThrownBy(() -> Truth.any(Arrays.asList(FALSE, null)));
        }
    }

    @Nested
    class Predicates {

        @Test
        void ofMapsBooleans() {
            assertThat(Truth.of(true)).isEqualTo(TRUE);
            assertThat(Truth.of(false)).isEqualTo(FALSE);
        }

        @Test
        void isTrueIsFalseIsPossible() {
            assertThat(TRUE.isTrue()).isTrue();
            assertThat(UNKNOWN.isTrue()).isFalse();
            assertThat(FALSE.isTrue()).isFalse();
            assertThat(FALSE.isFalse()).isTrue();
            assertThat(UNKNOWN.isFalse()).isFalse();
            assertThat(TRUE.isFalse()).isFalse();
            assertThat(TRUE.isPossible()).isTrue();
            assertThat(UNKNOWN.isPossible()).isTrue();
            assertThat(FALSE.isPossible()).isFalse();
        }
    }

    @Nested
    class Nulls {

        @Test
        void publicMethodsRejectNulls() {
            NullPointerTester tester = new NullPointerTester();
            tester.testAllPublicStaticMethods(Truth.class);
            for (Truth truth : Truth.values()) {
                tester.testAllPublicInstanceMethods(truth);
            }
        }
    }
}
