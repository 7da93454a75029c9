package io.github.c5atlas.core.time;

import static io.github.c5atlas.core.time.Truth.FALSE;
import static io.github.c5atlas.core.time.Truth.TRUE;
import static io.github.c5atlas.core.time.Truth.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FuzzyDateTest {

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static void assertRange(String text, String earliest, String latest) {
        FuzzyDate date = FuzzyDate.parse(text);
        assertThat(date.earliest()).as(text).isEqualTo(Optional.ofNullable(earliest).map(LocalDate::parse));
        assertThat(date.latest()).as(text).isEqualTo(Optional.ofNullable(latest).map(LocalDate::parse));
    }

    @Nested
    class Forms {

        @Test
        void dayIsThatDay() {
            assertRange("2025-06-08", "2025-06-08", "2025-06-08");
            assertRange("2024-02-29", "2024-02-29", "2024-02-29");
            assertRange("0001-01-01", "0001-01-01", "0001-01-01");
            assertRange("9999-12-31", "9999-12-31", "9999-12-31");
        }

        @Test
        void monthIsItsFirstToLastDay() {
            assertRange("2025-06", "2025-06-01", "2025-06-30");
            assertRange("2024-02", "2024-02-01", "2024-02-29");
            assertRange("2025-02", "2025-02-01", "2025-02-28");
            assertRange("2025-12", "2025-12-01", "2025-12-31");
        }

        @Test
        void yearIsJanuaryFirstToDecemberThirtyFirst() {
            assertRange("2018", "2018-01-01", "2018-12-31");
            assertRange("0001", "0001-01-01", "0001-12-31");
        }

        @Test
        void approximateDayIsWidenedByThreeDays() {
            assertRange("2025-10-21~", "2025-10-18", "2025-10-24");
            assertRange("2025-12-31~", "2025-12-28", "2026-01-03");
        }

        @Test
        void approximateMonthIsWidenedByOneMonth() {
            assertRange("2025-10~", "2025-09-01", "2025-11-30");
            assertRange("2025-01~", "2024-12-01", "2025-02-28");
            assertRange("2024-03~", "2024-02-01", "2024-04-30");
        }

        @Test
        void approximateYearIsWidenedByOneYear() {
            assertRange("2018~", "2017-01-01", "2019-12-31");
            assertRange("9999~", "9998-01-01", "+10000-12-31");
        }

        @Test
        void onOrBeforeHasNoEarliestDay() {
            assertRange("../2025-05-28", null, "2025-05-28");
            assertRange("../2025-05", null, "2025-05-31");
            assertRange("../2025", null, "2025-12-31");
        }

        @Test
        void onOrAfterHasNoLatestDay() {
            assertRange("2025-10-14/..", "2025-10-14", null);
            assertRange("2025-10/..", "2025-10-01", null);
            assertRange("2025/..", "2025-01-01", null);
        }

        @Test
        void betweenIsEarliestOfFirstToLatestOfSecond() {
            assertRange("[2024-11-23..2024-11-24]", "2024-11-23", "2024-11-24");
            assertRange("[2024-11..2025]", "2024-11-01", "2025-12-31");
            assertRange("[2024-11-20..2024-11]", "2024-11-20", "2024-11-30");
            assertRange("[2024-11-05..2024-11-05]", "2024-11-05", "2024-11-05");
        }
    }

    @Nested
    class RoundTrip {

        @ParameterizedTest
        @ValueSource(strings = {"2025-06-08", "2025-06", "2018", "0001", "9999", "0001-01-01", "9999-12-31",
            "2024-02-29", "2025-10-21~", "2025-10~", "2018~", "../2025-05-28", "../2025-05", "../2025",
            "2025-10-14/..", "2025-10/..", "2025/..", "[2024-11-23..2024-11-24]", "[2024-11..2025]",
            "[2024..2024]", "[2024-11-05..2024-11-05]"})
        void everyCanonicalFormPrintsBackExactly(String text) {
            FuzzyDate date = FuzzyDate.parse(text);
            assertThat(date.toString()).isEqualTo(text);
            assertThat(FuzzyDate.parse(date.toString())).isEqualTo(date);
        }

        @Test
        void parseAcceptsAnyCharSequence() {
            assertThat(FuzzyDate.parse(new StringBuilder("2025-06"))).isEqualTo(FuzzyDate.ofMonth(2025, 6));
        }

        @Test
        void randomDatesRoundTrip() {
            RandomDates.forEachCase(20_000, seed -> {
                FuzzyDate date = new RandomDates(new Random(seed), seed % 2 == 0).any();
                String text = date.toString();
                FuzzyDate parsed = FuzzyDate.parse(text);
                assertThat(parsed).as(text).isEqualTo(date);
                assertThat(parsed.hashCode()).as(text).isEqualTo(date.hashCode());
                assertThat(parsed.toString()).isEqualTo(text);
                assertThat(parsed.range()).isEqualTo(date.range());
            });
        }
    }

    @Nested
    class BadText {

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "2025-02-30", "2025-02-29", "2024-02-30", "2025-04-31", "2025-13",
            "2025-00", "2025-01-00", "2025-01-32", "0000", "0000-01-01", "+2025", "-2025", "2025-6-1", "2025-06-1",
            "2025-6", "202", "20250", "10000", "../..", "[..]", "..", "../", "/..", "2025/", "2025/.", "2025 ",
            " 2025", "2025-06-08 ", "2025\n", "2025~~", "~", "../2025~", "2025~/..", "../2025/..", "2025-",
            "2025-06-", "[2025..2024]", "[2025-06..2025-05-31]", "[2025..]", "[..2025]", "[2025..2026",
            "[2025..2026]x", "[2025~..2026]", "[2025..2026~]", "[[2025..2026]]", "[2025.2026]", "[2025...2026]",
            "2025-06-08T00:00", "2025-06-08Z", "2025-06-08/2025-06-09", "2025/2026", "null",
            "\uff12\uff10\uff12\uff15", "\u0662\u0660\u0662\u0665", "2025\u201006", "2025-06-08\u0000",
            "\ud83d\udcc5", "2025-W01", "2025-001", "25", "2025-06-08~~", "2025?", "2025%", "20XX"})
        void isRejectedWithDateTimeParseException(String text) {
            assertThatThrownBy(() -> FuzzyDate.parse(text))
                    .isExactlyInstanceOf(DateTimeParseException.class)
                    .hasMessageContaining("expected")
                    .satisfies(e -> {
                        DateTimeParseException p = (DateTimeParseException) e;
                        assertThat(p.getParsedString()).isEqualTo(text);
                        assertThat(p.getErrorIndex()).isBetween(0, text.length());
                        assertThat(p.getMessage()).contains(text.length() <= 64 ? text : text.substring(0, 64));
                    });
        }

        @Test
        void messagesSayWhatWasExpectedWhere() {
            assertThatThrownBy(() -> FuzzyDate.parse("2025-02-30"))
                    .hasMessage("Text '2025-02-30' could not be parsed as a fuzzy date at index 8:"
                            + " expected a day of 2025-02 from 01 to 28")
                    .extracting(e -> ((DateTimeParseException) e).getErrorIndex()).isEqualTo(8);
            assertThatThrownBy(() -> FuzzyDate.parse("2025-6-1"))
                    .hasMessageEndingWith("at index 6: expected a two-digit month");
            assertThatThrownBy(() -> FuzzyDate.parse("0000"))
                    .hasMessageEndingWith("at index 0: expected a year from 0001 to 9999");
            assertThatThrownBy(() -> FuzzyDate.parse("2025 "))
                    .hasMessageEndingWith("at index 4: expected '-', '~', '/..' or end of text after a date");
            assertThatThrownBy(() -> FuzzyDate.parse("[2025..2024]"))
                    .hasMessageContaining("2025 begins after 2024 ends");
        }

        @Test
        void veryLongTextIsRejectedAndAbbreviatedInTheMessage() {
            String longDigits = "9".repeat(100_000);
            assertThatThrownBy(() -> FuzzyDate.parse(longDigits))
                    .isExactlyInstanceOf(DateTimeParseException.class)
                    .hasMessageContaining("9".repeat(64) + "...'");
            String repeated = "2025-".repeat(20_000);
            assertThatThrownBy(() -> FuzzyDate.parse(repeated)).isExactlyInstanceOf(DateTimeParseException.class);
            String longRange = "[" + "2025..".repeat(10_000) + "]";
            assertThatThrownBy(() -> FuzzyDate.parse(longRange)).isExactlyInstanceOf(DateTimeParseException.class);
        }

        @Test
        void fuzzedTextEitherRoundTripsOrIsRejectedWithDateTimeParseException() {
            String alphabet = "0123456789-~/.[]+ Tx\u00e9\u0662\uff10\n";
            RandomDates.forEachCase(100_000, seed -> {
                Random random = new Random(seed);
                StringBuilder text;
                if (random.nextInt(3) == 0) {
                    text = new StringBuilder();
                    int length = random.nextInt(24);
                    for (int i = 0; i < length; i++) {
                        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                } else {
                    text = new StringBuilder(new RandomDates(random, random.nextBoolean()).any().toString());
                    int mutations = 1 + random.nextInt(3);
                    for (int m = 0; m < mutations; m++) {
                        int at = random.nextInt(text.length() + 1);
                        char c = alphabet.charAt(random.nextInt(alphabet.length()));
                        switch (random.nextInt(3)) {
                            case 0:
                                text.insert(at, c);
                                break;
                            case 1:
                                if (at < text.length()) {
                                    text.deleteCharAt(at);
                                }
                                break;
                            default:
                                if (at < text.length()) {
                                    text.setCharAt(at, c);
                                }
                        }
                    }
                }
                String input = text.toString();
                FuzzyDate date;
                try {
                    date = FuzzyDate.parse(input);
                } catch (DateTimeParseException e) {
                    assertThat(e.getErrorIndex()).as(input).isBetween(0, input.length());
                    assertThat(e.getParsedString()).isEqualTo(input);
                    return;
                } catch (RuntimeException e) {
                    fail("'" + input + "' threw " + e, e);
                    return;
                }
                assertThat(date.toString()).isEqualTo(input);
                assertThat(FuzzyDate.parse(date.toString())).isEqualTo(date);
            });
        }
    }

    @Nested
    class Factories {

        @Test
        void buildTheSameDatesAsParse() {
            assertThat(FuzzyDate.ofDay(day("2025-06-08"))).isEqualTo(FuzzyDate.parse("2025-06-08"));
            assertThat(FuzzyDate.ofDay(2025, 6, 8)).isEqualTo(FuzzyDate.parse("2025-06-08"));
            assertThat(FuzzyDate.ofMonth(YearMonth.of(2025, 6))).isEqualTo(FuzzyDate.parse("2025-06"));
            assertThat(FuzzyDate.ofMonth(2025, 6)).isEqualTo(FuzzyDate.parse("2025-06"));
            assertThat(FuzzyDate.ofYear(2018)).isEqualTo(FuzzyDate.parse("2018"));
            assertThat(FuzzyDate.ofDay(2025, 10, 21).approximately()).isEqualTo(FuzzyDate.parse("2025-10-21~"));
            assertThat(FuzzyDate.onOrBefore(FuzzyDate.ofDay(2025, 5, 28))).isEqualTo(FuzzyDate.parse("../2025-05-28"));
            assertThat(FuzzyDate.onOrAfter(FuzzyDate.ofMonth(2025, 10))).isEqualTo(FuzzyDate.parse("2025-10/.."));
            assertThat(FuzzyDate.between(FuzzyDate.ofDay(2024, 11, 23), FuzzyDate.ofDay(2024, 11, 24)))
                    .isEqualTo(FuzzyDate.parse("[2024-11-23..2024-11-24]"));
        }

        @Test
        void rejectYearsOutsideFourDigits() {
            assertThatIllegalArgumentException().isThrownBy(() -> FuzzyDate.ofYear(0)).withMessageContaining("0");
            assertThatIllegalArgumentException().isThrownBy(() -> FuzzyDate.ofYear(10_000))
                    .withMessageContaining("10000");
            assertThatIllegalArgumentException().isThrownBy(() -> FuzzyDate.ofDay(LocalDate.of(-5, 1, 1)))
                    .withMessageContaining("-5");
            assertThatIllegalArgumentException().isThrownBy(() -> FuzzyDate.ofMonth(YearMonth.of(12_000, 1)))
                    .withMessageContaining("12000");
        }

        @Test
        void rejectDaysAndMonthsNotInTheCalendar() {
            assertThatIllegalArgumentException().isThrownBy(() -> FuzzyDate.ofDay(2025, 2, 29))
                    .withMessageContaining("day 29");
            assertThatIllegalArgumentException().isThrownBy(() -> FuzzyDate.ofDay(2025, 13, 1))
                    .withMessageContaining("month 13");
            assertThatIllegalArgumentException().isThrownBy(() -> FuzzyDate.ofMonth(2025, 0))
                    .withMessageContaining("0");
            assertThat(FuzzyDate.ofDay(2024, 2, 29).toString()).isEqualTo("2024-02-29");
        }

        @Test
        void openAndBetweenAndApproximatelyNeedPlainValues() {
            FuzzyDate approximate = FuzzyDate.parse("2025~");
            assertThatIllegalArgumentException().isThrownBy(() -> FuzzyDate.onOrBefore(approximate))
                    .withMessageContaining("bound").withMessageContaining("2025~");
            assertThatIllegalArgumentException().isThrownBy(() -> FuzzyDate.onOrAfter(FuzzyDate.parse("../2025")))
                    .withMessageContaining("../2025");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> FuzzyDate.between(FuzzyDate.parse("2024"), FuzzyDate.parse("2025/..")))
                    .withMessageContaining("second");
            assertThatIllegalArgumentException().isThrownBy(approximate::approximately)
                    .withMessageContaining("2025~");
        }

        @Test
        void betweenRejectsReversedBounds() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> FuzzyDate.between(FuzzyDate.ofYear(2025), FuzzyDate.ofYear(2024)))
                    .withMessageContaining("2025").withMessageContaining("2024");
            assertThat(FuzzyDate.between(FuzzyDate.ofDay(2024, 11, 20), FuzzyDate.ofMonth(2024, 11)).range())
                    .isEqualTo(Range.closed(day("2024-11-20"), day("2024-11-30")));
        }
    }

    @Nested
    class Accessors {

        @Test
        void rangeIsClosedOrHalfBounded() {
            assertThat(FuzzyDate.parse("2025-06").range()).isEqualTo(Range.closed(day("2025-06-01"), day("2025-06-30")));
            assertThat(FuzzyDate.parse("../2025-05").range()).isEqualTo(Range.atMost(day("2025-05-31")));
            assertThat(FuzzyDate.parse("2025-10/..").range()).isEqualTo(Range.atLeast(day("2025-10-01")));
        }

        @Test
        void openSidesAreMinAndMax() {
            assertThat(FuzzyDate.parse("../2025").earliestOrMin()).isEqualTo(LocalDate.MIN);
            assertThat(FuzzyDate.parse("../2025").latestOrMax()).isEqualTo(day("2025-12-31"));
            assertThat(FuzzyDate.parse("2025/..").earliestOrMin()).isEqualTo(day("2025-01-01"));
            assertThat(FuzzyDate.parse("2025/..").latestOrMax()).isEqualTo(LocalDate.MAX);
        }

        @Test
        void precisionIsTheCoarsestWrittenValue() {
            assertThat(FuzzyDate.parse("2025-06-08").precision()).isEqualTo(FuzzyDate.Precision.DAY);
            assertThat(FuzzyDate.parse("2025-06").precision()).isEqualTo(FuzzyDate.Precision.MONTH);
            assertThat(FuzzyDate.parse("2018~").precision()).isEqualTo(FuzzyDate.Precision.YEAR);
            assertThat(FuzzyDate.parse("../2025-05-28").precision()).isEqualTo(FuzzyDate.Precision.DAY);
            assertThat(FuzzyDate.parse("2025-10/..").precision()).isEqualTo(FuzzyDate.Precision.MONTH);
            assertThat(FuzzyDate.parse("[2024-11-23..2024-11-24]").precision()).isEqualTo(FuzzyDate.Precision.DAY);
            assertThat(FuzzyDate.parse("[2024-11..2024-12-04]").precision()).isEqualTo(FuzzyDate.Precision.MONTH);
            assertThat(FuzzyDate.parse("[2024-11-23..2025]").precision()).isEqualTo(FuzzyDate.Precision.YEAR);
        }

        @Test
        void formPredicates() {
            FuzzyDate day = FuzzyDate.parse("2025-06-08");
            assertThat(day.isExact()).isTrue();
            assertThat(day.isPlain()).isTrue();
            assertThat(day.isApproximate()).isFalse();
            assertThat(day.isOpen()).isFalse();
            assertThat(day.isBetween()).isFalse();
            assertThat(FuzzyDate.parse("2025-06").isExact()).isFalse();
            assertThat(FuzzyDate.parse("2025-06-08~").isApproximate()).isTrue();
            assertThat(FuzzyDate.parse("2025-06-08~").isExact()).isFalse();
            assertThat(FuzzyDate.parse("2025-06-08~").isPlain()).isFalse();
            assertThat(FuzzyDate.parse("../2025-06-08").isOpen()).isTrue();
            assertThat(FuzzyDate.parse("../2025-06-08").isExact()).isFalse();
            assertThat(FuzzyDate.parse("2025-06-08/..").isOpen()).isTrue();
            assertThat(FuzzyDate.parse("[2025-06-08..2025-06-09]").isBetween()).isTrue();
            assertThat(FuzzyDate.parse("[2025-06-08..2025-06-08]").isExact()).isTrue();
        }

        @Test
        void containsTellsWhetherTheDayIsPossible() {
            FuzzyDate month = FuzzyDate.parse("2025-06");
            assertThat(month.contains(day("2025-06-01"))).isTrue();
            assertThat(month.contains(day("2025-06-30"))).isTrue();
            assertThat(month.contains(day("2025-07-01"))).isFalse();
            assertThat(FuzzyDate.parse("../2025").contains(LocalDate.MIN)).isTrue();
            assertThat(FuzzyDate.parse("2025/..").contains(LocalDate.MAX)).isTrue();
        }
    }

    @Nested
    class Comparisons {

        private final FuzzyDate june = FuzzyDate.parse("2025-06");
        private final FuzzyDate juneEighth = FuzzyDate.parse("2025-06-08");

        @Test
        void isBeforeAndIsAfter() {
            assertThat(june.isBefore(FuzzyDate.parse("2025-07-01"))).isEqualTo(TRUE);
            assertThat(june.isBefore(FuzzyDate.parse("2025-06-30"))).isEqualTo(UNKNOWN);
            assertThat(june.isBefore(FuzzyDate.parse("2025-06-01"))).isEqualTo(FALSE);
            assertThat(june.isBefore(juneEighth)).isEqualTo(UNKNOWN);
            assertThat(juneEighth.isBefore(juneEighth)).isEqualTo(FALSE);
            assertThat(juneEighth.isAfter(juneEighth)).isEqualTo(FALSE);
            assertThat(june.isAfter(day("2025-05-31"))).isEqualTo(TRUE);
            assertThat(june.isAfter(day("2025-06-01"))).isEqualTo(UNKNOWN);
            assertThat(june.isAfter(day("2025-06-30"))).isEqualTo(FALSE);
            assertThat(june.isBefore(day("2025-07-01"))).isEqualTo(TRUE);
        }

        @Test
        void onOrBeforeAndOnOrAfter() {
            assertThat(juneEighth.isOnOrBefore(juneEighth)).isEqualTo(TRUE);
            assertThat(juneEighth.isOnOrAfter(juneEighth)).isEqualTo(TRUE);
            assertThat(june.isOnOrBefore(day("2025-06-30"))).isEqualTo(TRUE);
            assertThat(june.isOnOrBefore(day("2025-06-29"))).isEqualTo(UNKNOWN);
            assertThat(june.isOnOrBefore(day("2025-05-31"))).isEqualTo(FALSE);
            assertThat(june.isOnOrAfter(day("2025-06-01"))).isEqualTo(TRUE);
            assertThat(june.isOnOrAfter(FuzzyDate.parse("2025-07"))).isEqualTo(FALSE);
        }

        @Test
        void openDatesCompareWithInfiniteSides() {
            FuzzyDate upTo = FuzzyDate.parse("../2025-05-28");
            FuzzyDate from = FuzzyDate.parse("2025-10-14/..");
            assertThat(upTo.isBefore(from)).isEqualTo(TRUE);
            assertThat(from.isAfter(upTo)).isEqualTo(TRUE);
            assertThat(upTo.isBefore(day("2000-01-01"))).isEqualTo(UNKNOWN);
            assertThat(upTo.isAfter(day("2025-05-28"))).isEqualTo(FALSE);
            assertThat(from.isBefore(day("2025-10-14"))).isEqualTo(FALSE);
            assertThat(upTo.isBefore(upTo)).isEqualTo(UNKNOWN);
            assertThat(from.isSameDay(from)).isEqualTo(UNKNOWN);
        }

        @Test
        void isSameDayIsTrueOnlyForTheSameExactDay() {
            assertThat(juneEighth.isSameDay(FuzzyDate.ofDay(2025, 6, 8))).isEqualTo(TRUE);
            assertThat(juneEighth.isSameDay(day("2025-06-08"))).isEqualTo(TRUE);
            assertThat(FuzzyDate.parse("[2025-06-08..2025-06-08]").isSameDay(juneEighth)).isEqualTo(TRUE);
            assertThat(june.isSameDay(june)).isEqualTo(UNKNOWN);
            assertThat(june.isSameDay(juneEighth)).isEqualTo(UNKNOWN);
            assertThat(june.isSameDay(day("2025-07-01"))).isEqualTo(FALSE);
            assertThat(juneEighth.isSameDay(day("2025-06-09"))).isEqualTo(FALSE);
        }

        @Test
        void isWithinIsInclusive() {
            assertThat(june.isWithin(day("2025-06-01"), day("2025-06-30"))).isEqualTo(TRUE);
            assertThat(june.isWithin(day("2025-06-02"), day("2025-06-30"))).isEqualTo(UNKNOWN);
            assertThat(june.isWithin(day("2025-07-01"), day("2025-07-30"))).isEqualTo(FALSE);
            assertThat(juneEighth.isWithin(day("2025-06-08"), day("2025-06-08"))).isEqualTo(TRUE);
            assertThatIllegalArgumentException().isThrownBy(() -> june.isWithin(day("2025-06-02"), day("2025-06-01")))
                    .withMessageContaining("2025-06-02").withMessageContaining("2025-06-01");
        }

        @Test
        void comparisonsAreSoundAndTightForEveryPairOfDays() {
            RandomDates.forEachCase(10_000, seed -> {
                RandomDates random = new RandomDates(new Random(seed), true);
                FuzzyDate a = random.any();
                FuzzyDate b = random.any();
                for (int i = 0; i < 5; i++) {
                    LocalDate x = random.reading(a);
                    LocalDate y = random.reading(b);
                    String pair = a + " vs " + b + " read as " + x + " vs " + y;
                    assertSound(a.isBefore(b), x.isBefore(y), pair + " isBefore");
                    assertSound(a.isAfter(b), x.isAfter(y), pair + " isAfter");
                    assertSound(a.isOnOrBefore(b), !x.isAfter(y), pair + " isOnOrBefore");
                    assertSound(a.isOnOrAfter(b), !x.isBefore(y), pair + " isOnOrAfter");
                    assertSound(a.isSameDay(b), x.equals(y), pair + " isSameDay");
                    assertSound(a.isBefore(y), x.isBefore(y), pair + " isBefore(day)");
                    assertSound(a.isSameDay(y), x.equals(y), pair + " isSameDay(day)");
                    LocalDate from = x.isBefore(y) ? x : y;
                    LocalDate to = x.isBefore(y) ? y : x;
                    assertSound(b.isWithin(from, to), true, pair + " b.isWithin(" + from + ", " + to + ")");
                }
                // Tightness on finite ranges: UNKNOWN only when both answers occur at the extremes.
                if (a.earliest().isPresent() && a.latest().isPresent() && b.earliest().isPresent()
                        && b.latest().isPresent() && a.isBefore(b) == UNKNOWN) {
                    assertThat(a.earliestOrMin().isBefore(b.latestOrMax())).isTrue();
                    assertThat(a.latestOrMax().isBefore(b.earliestOrMin())).isFalse();
                }
            });
        }

        private void assertSound(Truth truth, boolean actual, String description) {
            if (truth == TRUE) {
                assertThat(actual).as(description + " is TRUE").isTrue();
            } else if (truth == FALSE) {
                assertThat(actual).as(description + " is FALSE").isFalse();
            }
        }
    }

    @Nested
    class LibraryExamples {

        private final LocalDate reference = day("2025-10-20");
        private final LocalDate yearBefore = reference.minusYears(1);

        @Test
        void kosanovAppointedOnADayWithinTheYearIsTrue() {
            assertThat(FuzzyDate.parse("2025-06-08").isWithin(yearBefore, reference)).isEqualTo(TRUE);
        }

        @Test
        void gundogdyevAppointedIn2018IsFalse() {
            assertThat(FuzzyDate.parse("2018").isWithin(yearBefore, reference)).isEqualTo(FALSE);
        }

        @Test
        void mukambetovInOfficeByAnOpenDateIsUnknown() {
            assertThat(FuzzyDate.parse("../2025-05-28").isWithin(yearBefore, reference)).isEqualTo(UNKNOWN);
        }
    }

    @Nested
    class Ordering {

        @Test
        void byEarliestPutsOpenEarliestFirstThenByLatest() {
            List<FuzzyDate> dates = new ArrayList<>();
            for (String text : new String[] {"2025/..", "2025-06", "../2025", "2025-06-08", "2024", "../2024",
                "[2025-06-01..2025-06-30]", "2025-06-01"}) {
                dates.add(FuzzyDate.parse(text));
            }
            dates.sort(FuzzyDate.byEarliest());
            assertThat(dates).extracting(FuzzyDate::toString).containsExactly("../2024", "../2025", "2024",
                    "2025/..", "2025-06-01", "2025-06", "[2025-06-01..2025-06-30]", "2025-06-08");
        }

        @Test
        void byEarliestIsConsistentWithEquals() {
            RandomDates.forEachCase(10_000, seed -> {
                RandomDates random = new RandomDates(new Random(seed), true);
                FuzzyDate a = random.any();
                FuzzyDate b = random.any();
                int ab = FuzzyDate.byEarliest().compare(a, b);
                assertThat(ab == 0).as(a + " vs " + b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(FuzzyDate.byEarliest().compare(b, a))).isEqualTo(-Integer.signum(ab));
            });
        }
    }

    @Nested
    class EqualityAndNulls {

        @Test
        void equalityIsStructuralOnTheWrittenForm() {
            new EqualsTester()
                    .addEqualityGroup(FuzzyDate.parse("2025-06"), FuzzyDate.ofMonth(2025, 6),
                            FuzzyDate.ofMonth(YearMonth.of(2025, 6)))
                    .addEqualityGroup(FuzzyDate.parse("[2025-06-01..2025-06-30]"))
                    .addEqualityGroup(FuzzyDate.parse("2025-06-01"), FuzzyDate.ofDay(2025, 6, 1))
                    .addEqualityGroup(FuzzyDate.parse("2025"))
                    .addEqualityGroup(FuzzyDate.parse("2025~"))
                    .addEqualityGroup(FuzzyDate.parse("2025-06~"))
                    .addEqualityGroup(FuzzyDate.parse("../2025"))
                    .addEqualityGroup(FuzzyDate.parse("2025/.."))
                    .addEqualityGroup(FuzzyDate.parse("[2025..2025]"))
                    .addEqualityGroup(FuzzyDate.parse("[2024..2025]"))
                    .testEquals();
        }

        @Test
        void publicMethodsRejectNulls() {
            NullPointerTester tester = new NullPointerTester()
                    .setDefault(FuzzyDate.class, FuzzyDate.ofYear(2025))
                    .setDefault(LocalDate.class, day("2025-06-08"))
                    .setDefault(YearMonth.class, YearMonth.of(2025, 6))
                    .setDefault(CharSequence.class, "2025");
            tester.testAllPublicStaticMethods(FuzzyDate.class);
            tester.testAllPublicInstanceMethods(FuzzyDate.parse("2025-06"));
            tester.testAllPublicInstanceMethods(FuzzyDate.parse("../2025-06"));
        }
    }
}
