package io.github.c5atlas.core.time;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Reads the EDTF text of a {@link FuzzyDate}; see {@link FuzzyDate#parse(CharSequence)}. Every failure is a
 * {@link DateTimeParseException} naming the text, what was expected and the index where it went wrong.
 *
 * <p>One instance reads one text; not thread-safe, never shared.
 */
final class FuzzyDateParser {

    /** Longest part of the text quoted in an error message. */
    private static final int MAX_QUOTED = 64;

    private final String text;
    private int position;

    FuzzyDateParser(String text) {
        this.text = text;
    }

    FuzzyDate parse() {
        if (text.startsWith("[")) {
            position = 1;
            int firstIndex = position;
            FuzzyDate first = value();
            expect("..", "'..' between the two bounds");
            FuzzyDate second = value();
            expect("]", "']' closing the range");
            expectEnd("end of text after ']'");
            if (first.earliestOrMin().isAfter(second.latestOrMax())) {
                throw error(firstIndex, "a first bound not after the second, but " + first + " begins after "
                        + second + " ends");
            }
            return FuzzyDate.between(first, second);
        }
        if (text.startsWith("..")) {
            position = 2;
            expect("/", "'/' after '..'");
            FuzzyDate bound = value();
            expectEnd("end of text after the bound of '../'");
            return FuzzyDate.onOrBefore(bound);
        }
        FuzzyDate value = value();
        if (position == text.length()) {
            return value;
        }
        if (text.startsWith("~", position)) {
            position++;
            expectEnd("end of text after '~'");
            return value.approximately();
        }
        if (text.startsWith("/..", position)) {
            position += 3;
            expectEnd("end of text after '/..'");
            return FuzzyDate.onOrAfter(value);
        }
        throw error(position, "'-', '~', '/..' or end of text after a date");
    }

    /** Reads a plain day, month or year: YYYY, YYYY-MM or YYYY-MM-DD. */
    private FuzzyDate value() {
        int yearIndex = position;
        int year = digits(4, "a four-digit year");
        if (year < FuzzyDate.MIN_YEAR) {
            throw error(yearIndex, "a year from 0001 to 9999");
        }
        if (!text.startsWith("-", position)) {
            return FuzzyDate.ofYear(year);
        }
        position++;
        int monthIndex = position;
        int month = digits(2, "a two-digit month");
        if (month < 1 || month > 12) {
            throw error(monthIndex, "a month from 01 to 12");
        }
        if (!text.startsWith("-", position)) {
            return FuzzyDate.ofMonth(year, month);
        }
        position++;
        int dayIndex = position;
        int day = digits(2, "a two-digit day");
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            throw error(dayIndex, "a day of " + FuzzyDate.ofMonth(year, month) + " from 01 to " + length);
        }
        return FuzzyDate.ofDay(year, month, day);
    }

    /** Reads exactly {@code count} ASCII digits. */
    private int digits(int count, String expected) {
        int start = position;
        int result = 0;
        for (int i = 0; i < count; i++) {
            int index = start + i;
            char c = index < text.length() ? text.charAt(index) : 0;
            if (c < '0' || c > '9') {
                throw error(index, expected);
            }
            result = result * 10 + (c - '0');
        }
        position = start + count;
        return result;
    }

    private void expect(String literal, String expected) {
        if (!text.startsWith(literal, position)) {
            throw error(position, expected);
        }
        position += literal.length();
    }

    private void expectEnd(String expected) {
        if (position != text.length()) {
            throw error(position, expected);
        }
    }

    private DateTimeParseException error(int index, String expected) {
        int at = Math.min(index, text.length());
        String quoted = text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
        return new DateTimeParseException("Text '" + quoted + "' could not be parsed as a fuzzy date at index "
                + at + ": expected " + expected, text, at);
    }
}
