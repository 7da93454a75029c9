package io.github.c5atlas.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AllenRelationTest {

    @Nested
    class Inverse {

        @Test
        void isAnInvolution() {
            for (AllenRelation r : AllenRelation.values()) {
                assertThat(r.inverse().inverse()).isEqualTo(r);
            }
        }

        @Test
        void onlyEqualToIsItsOwnInverse() {
            for (AllenRelation r : AllenRelation.values()) {
                assertThat(r.inverse() == r).as(r.toString()).isEqualTo(r == AllenRelation.EQUAL_TO);
            }
        }

        @Test
        void pairsTheConverseRelations() {
            assertThat(AllenRelation.BEFORE.inverse()).isEqualTo(AllenRelation.AFTER);
            assertThat(AllenRelation.MEETS.inverse()).isEqualTo(AllenRelation.MET_BY);
            assertThat(AllenRelation.OVERLAPS.inverse()).isEqualTo(AllenRelation.OVERLAPPED_BY);
            assertThat(AllenRelation.STARTS.inverse()).isEqualTo(AllenRelation.STARTED_BY);
            assertThat(AllenRelation.DURING.inverse()).isEqualTo(AllenRelation.CONTAINS);
            assertThat(AllenRelation.FINISHES.inverse()).isEqualTo(AllenRelation.FINISHED_BY);
        }

        @Test
        void relatesFuzzySpansTheOtherWayRound() {
            RandomDates.forEachCase(10_000, seed -> {
                RandomDates random = new RandomDates(new Random(seed), true);
                FuzzySpan a = random.fuzzySpan();
                FuzzySpan b = random.fuzzySpan();
                for (AllenRelation r : AllenRelation.values()) {
                    assertThat(b.relation(r.inverse(), a)).as(a + " " + r + " " + b).isEqualTo(a.relation(r, b));
                }
            });
        }
    }

    @Nested
    class MethodNames {

        @Test
        void areDistinctLowerCamelCaseOfTheConstants() {
            assertThat(Arrays.stream(AllenRelation.values()).map(AllenRelation::methodName)).doesNotHaveDuplicates();
            for (AllenRelation r : AllenRelation.values()) {
                assertThat(r.methodName().replaceAll("([A-Z])", "_$1").toUpperCase(java.util.Locale.ROOT))
                        .isEqualTo(r.name());
            }
        }

        @Test
        void nameTheFuzzySpanMethodThatRelationDispatchesTo() throws ReflectiveOperationException {
            RandomDates random = new RandomDates(new Random(RandomDates.BASE_SEED), true);
            for (AllenRelation r : AllenRelation.values()) {
                Method method = FuzzySpan.class.getMethod(r.methodName(), FuzzySpan.class);
                assertThat(method.getReturnType()).isEqualTo(Truth.class);
                for (int i = 0; i < 1_000; i++) {
                    FuzzySpan a = random.fuzzySpan();
                    FuzzySpan b = random.fuzzySpan();
                    assertThat(invoke(method, a, b)).as(a + " " + r + " " + b).isEqualTo(a.relation(r, b));
                }
            }
        }

        private Object invoke(Method method, FuzzySpan a, FuzzySpan b) throws ReflectiveOperationException {
            try {
                return method.invoke(a, b);
            } catch (InvocationTargetException e) {
                throw new AssertionError(e.getCause());
            }
        }
    }

    @Nested
    class Nulls {

        @Test
        void publicMethodsRejectNulls() {
            NullPointerTester tester = new NullPointerTester();
            tester.testAllPublicStaticMethods(AllenRelation.class);
        }
    }
}
