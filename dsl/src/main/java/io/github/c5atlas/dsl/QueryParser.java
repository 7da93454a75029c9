package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.c5atlas.core.AgreementSubject;
import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.EventStatus;
import io.github.c5atlas.core.ExerciseKind;
import io.github.c5atlas.core.Forum;
import io.github.c5atlas.core.Level;
import io.github.c5atlas.core.MembershipStatus;
import io.github.c5atlas.core.Named;
import io.github.c5atlas.core.Office;
import io.github.c5atlas.core.Person;
import io.github.c5atlas.core.Role;
import io.github.c5atlas.core.State;
import io.github.c5atlas.core.time.AllenRelation;
import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.dsl.QueryLexer.Kind;
import io.github.c5atlas.dsl.QueryLexer.Token;
import java.time.DateTimeException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the text syntax into a {@link Query}: a recursive-descent parser over {@link QueryLexer}'s tokens, with the
 * precedence not &gt; and &gt; or. Every problem is a {@link QuerySyntaxException} at the offset where it is, with
 * what was expected there and, for a misspelt name, the nearest name valid at that point. Conditions whose rows do
 * not fit the source are reported at their name. Parentheses nest at most {@value #MAX_DEPTH} deep, so that no
 * input exhausts the stack; the time taken is linear in the length of the text.
 *
 * <pre>
 * query      = source ["where" or] modifier*
 * or         = and ("or" and)*
 * and        = unary ("and" unary)*
 * unary      = "not"* primary
 * primary    = "(" or ")" | call ("." call)*
 * modifier   = withStatus(STATUS, ..) | accordingTo("id") | includingUncertain | orderBy(KEY)
 *            | orderByDescending(KEY) | limit(N)
 * </pre>
 */
final class QueryParser {
  /** How deep parentheses may nest. */
  static final int MAX_DEPTH = 200;

  static final Pattern STATE_CODE = Pattern.compile("[A-Z]{2}");
  static final Pattern GROUP_ID = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  /** The state constants of {@link Dsl}, for suggestions. */
  static final ImmutableList<String> KNOWN_STATES =
      ImmutableList.of("KZ", "KG", "TJ", "TM", "UZ", "AZ", "RU", "BY", "CN", "AM", "IN", "PK", "IR", "US");
  /**
   * The group constants of {@link Dsl}. Other group ids are resolved in the atlas a query runs on, except that one
   * within two edits of a known group, and of about its length ({@code CENTRAL_ASAI}), is taken for a misspelling.
   */
  static final ImmutableList<String> KNOWN_GROUPS = ImmutableList.of("CENTRAL_ASIA");

  private static final String DATE_FORMS =
      "2025, 2025-10, 2025-10-20, 2025-10-21~, ../2025-05-28, 2025-10-14/.. or [2024-11-23..2024-11-24]";

  /** The conditions by name, with the type of row each applies to. */
  static final ImmutableMap<String, Class<?>> CONDITIONS = conditions();

  private static final ImmutableList<String> MODIFIERS = ImmutableList.of("withStatus", "accordingTo",
      "includingUncertain", "orderBy", "orderByDescending", "limit");

  private final String text;
  private final QueryLexer lexer;
  private Token token;
  private RowSource<?> source = RowSource.EVENTS;
  private int depth;
  /** Whether the last argument read could be followed by more, for the message when ')' is missing. */
  private boolean listOpen;

  private QueryParser(String text) {
    this.text = text;
    this.lexer = new QueryLexer(text);
    this.token = lexer.next();
  }

  static Query<?> parse(String text) {
    return new QueryParser(text).query();
  }

  private static ImmutableMap<String, Class<?>> conditions() {
    ImmutableMap.Builder<String, Class<?>> names = ImmutableMap.builder();
    names.put("always", Object.class);
    for (Attendance.Quantifier quantifier : Attendance.Quantifier.values()) {
      names.put(quantifier.methodName(), Event.class);
    }
    Set<String> time = new TreeSet<>();
    for (Timing.Relation relation : Timing.Relation.values()) {
      time.add(relation.methodName);
    }
    for (AllenRelation relation : AllenRelation.values()) {
      time.add(relation.methodName());
    }
    time.add(Related.CONCURRENT);
    time.forEach(name -> names.put(name, Event.class));
    for (Has.Field field : Has.Field.values()) {
      names.put(field.methodName, Event.class);
    }
    names.put("named", Named.class);
    names.put("holding", Person.class);
    names.put("attended", Person.class);
    names.put("memberOf", State.class);
    names.put("hasMember", Forum.class);
    for (Disputed.Property property : Disputed.Property.values()) {
      names.put(property.methodName, io.github.c5atlas.core.Discrepancy.class);
    }
    return names.build();
  }

  // ---- the query --------------------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private Query<?> query() {
    Token name = token;
    List<String> sources = RowSource.all().stream().map(RowSource::name).collect(Collectors.toList());
    if (name.kind != Kind.NAME || RowSource.named(name.text).isEmpty()) {
      throw error(name, "a source: " + String.join(", ", sources), sources);
    }
    source = RowSource.named(name.text).orElseThrow();
    advance();
    Query<Object> query = (Query<Object>) Query.from(source);
    boolean where = false;
    if (token.isName("where")) {
      advance();
      int at = token.start;
      Condition<?> condition = or();
      where = true;
      try {
        query = query.where((Condition<Object>) condition);
      } catch (IllegalArgumentException e) {
        throw new QuerySyntaxException(text, at, "a condition on " + source.name(),
            Objects.requireNonNullElse(e.getMessage(), condition.toString()), Optional.empty());
      }
    }
    Set<String> used = new TreeSet<>();
    while (true) {
      List<String> expected = new ArrayList<>();
      if (used.isEmpty()) {
        expected.addAll(where ? List.of("and", "or") : List.of("where"));
      }
      for (String modifier : MODIFIERS) {
        if (!used.contains(modifier) && !(modifier.startsWith("orderBy") && used.contains("order"))) {
          expected.add(modifier);
        }
      }
      if (token.kind == Kind.END) {
        return query;
      }
      if (token.kind != Kind.NAME || !MODIFIERS.contains(token.text) || !expected.contains(token.text)) {
        String listed = expected.stream().map(e -> "'" + e + "'").collect(Collectors.joining(", "));
        String again = MODIFIERS.contains(token.text) ? " (each modifier at most once)" : "";
        throw error(token, listed + " or end of text" + again, expected);
      }
      Token modifier = token;
      used.add(modifier.text.startsWith("orderBy") ? "order" : modifier.text);
      used.add(modifier.text);
      advance();
      query = modifier(modifier, query);
    }
  }

  private Query<Object> modifier(Token modifier, Query<Object> query) {
    switch (modifier.text) {
      case "withStatus": {
        expect(Kind.LPAREN, "'('");
        List<EventStatus> statuses = new ArrayList<>();
        statuses.add(constant(EventStatus.class, "an event status"));
        while (token.kind == Kind.COMMA) {
          advance();
          statuses.add(constant(EventStatus.class, "an event status"));
        }
        expect(Kind.RPAREN, "',' or ')'");
        return query.withStatus(statuses.toArray(new EventStatus[0]));
      }
      case "accordingTo": {
        expect(Kind.LPAREN, "'('");
        String sourceId = string("a source id in double quotes");
        expect(Kind.RPAREN, "')'");
        return query.accordingTo(sourceId);
      }
      case "includingUncertain":
        if (token.kind == Kind.LPAREN) {
          advance();
          expect(Kind.RPAREN, "')'");
        }
        return query.includingUncertain();
      case "orderBy":
      case "orderByDescending": {
        expect(Kind.LPAREN, "'('");
        OrderKey key = constant(OrderKey.class, "an order key");
        expect(Kind.RPAREN, "')'");
        return modifier.text.equals("orderBy") ? query.orderBy(key) : query.orderByDescending(key);
      }
      case "limit": {
        expect(Kind.LPAREN, "'('");
        int rows = limit();
        expect(Kind.RPAREN, "')'");
        return query.limit(rows);
      }
      default:
        throw new AssertionError(modifier.text);
    }
  }

  private int limit() {
    Token number = token;
    String expected = "a number of rows from 0 to " + Integer.MAX_VALUE;
    if (number.kind != Kind.LITERAL || !number.text.chars().allMatch(c -> c >= '0' && c <= '9')
        || number.text.length() > 10 || Long.parseLong(number.text) > Integer.MAX_VALUE) {
      throw error(number, expected, List.of());
    }
    advance();
    return Integer.parseInt(number.text);
  }

  // ---- conditions -------------------------------------------------------------------------------------------

  private Condition<?> or() {
    List<Condition<?>> operands = new ArrayList<>();
    operands.add(and());
    while (token.isName("or")) {
      advance();
      operands.add(and());
    }
    return operands.size() == 1 ? operands.get(0) : Or.of(operands);
  }

  private Condition<?> and() {
    List<Condition<?>> operands = new ArrayList<>();
    operands.add(unary());
    while (token.isName("and")) {
      advance();
      operands.add(unary());
    }
    return operands.size() == 1 ? operands.get(0) : And.of(operands);
  }

  private Condition<?> unary() {
    int nots = 0;
    while (token.isName("not")) {
      advance();
      nots++;
    }
    Condition<?> primary = primary();
    return nots % 2 == 0 ? primary : Not.of(primary);
  }

  private Condition<?> primary() {
    if (token.kind == Kind.LPAREN) {
      Token open = token;
      if (++depth > MAX_DEPTH) {
        throw new QuerySyntaxException(text, open.start, "parentheses nested at most " + MAX_DEPTH + " deep",
            "more", Optional.empty());
      }
      advance();
      Condition<?> inner = or();
      expect(Kind.RPAREN, "'and', 'or' or ')'", List.of("and", "or"));
      depth--;
      return inner;
    }
    Class<?> rowType = token.kind == Kind.NAME ? CONDITIONS.get(token.text) : null;
    if (rowType == null) {
      List<String> fitting = new ArrayList<>(List.of("not"));
      CONDITIONS.forEach((name, type) -> {
        if (type.isAssignableFrom(source.rowType())) {
          fitting.add(name);
        }
      });
      throw error(token, "a condition", fitting);
    }
    Token name = token;
    if (!rowType.isAssignableFrom(source.rowType())) {
      throw new QuerySyntaxException(text, name.start, "a condition on " + source.name(),
          name.describe() + ", a condition on " + RowTypes.plural(rowType), Optional.empty());
    }
    advance();
    expect(Kind.LPAREN, "'('");
    return call(name);
  }

  /** The arguments of a call, its closing parenthesis, and the calls chained to it. */
  private Condition<?> call(Token name) {
    listOpen = false;
    Condition<?> call = arguments(name);
    expect(Kind.RPAREN, listOpen ? "',' or ')'" : "')'");
    switch (name.text) {
      case "attendedByAll":
      case "attendedByAny":
      case "attendedOnlyBy":
      case "notAttendedBy":
        return attendanceChain((Attendance) call);
      case "holding":
        return holdingChain((Holding) call);
      default:
        return call;
    }
  }

  private Condition<?> arguments(Token name) {
    switch (name.text) {
      case "always":
        return Always.instance();
      case "attendedByAll":
        return attendance(Attendance.Quantifier.ALL);
      case "attendedByAny":
        return attendance(Attendance.Quantifier.ANY);
      case "attendedOnlyBy":
        return attendance(Attendance.Quantifier.ONLY);
      case "notAttendedBy":
        return attendance(Attendance.Quantifier.NONE);
      case "during":
        return token.kind == Kind.NAME ? allen(AllenRelation.DURING) : timing(Timing.Relation.DURING);
      case "before":
        return token.kind == Kind.NAME ? allen(AllenRelation.BEFORE) : timing(Timing.Relation.BEFORE);
      case "after":
        return token.kind == Kind.NAME ? allen(AllenRelation.AFTER) : timing(Timing.Relation.AFTER);
      case "overlapping":
        return timing(Timing.Relation.OVERLAPPING);
      case "on":
        return timing(Timing.Relation.ON);
      case "between": {
        FuzzyDate from = date();
        expect(Kind.COMMA, "','");
        return new Timing(Timing.Relation.BETWEEN, from, Optional.of(date()));
      }
      case "attended":
        return new PersonAttended(eventRef());
      case "named": {
        Token literal = token;
        String value = string("a text in double quotes");
        try {
          return new NameMatch(value);
        } catch (IllegalArgumentException e) {
          throw new QuerySyntaxException(text, literal.start, "a text with some letters or digits",
              literal.describe(), Optional.empty());
        }
      }
      case "holding":
        return holding();
      case "memberOf": {
        String forumId = string("a forum id in double quotes");
        expect(Kind.COMMA, "','");
        FuzzyDate date = date();
        return new MemberOf(forumId, date, membershipStatus());
      }
      case "reportedBy":
        return new Disputed(Disputed.Property.REPORTED_BY, string("a source id in double quotes"));
      case "about":
        return new Disputed(Disputed.Property.ABOUT, string("an event or forum id in double quotes"));
      case "field":
        return new Disputed(Disputed.Property.FIELD,
            constant(io.github.c5atlas.core.Discrepancy.Field.class, "a field").name());
      case "hasMember": {
        String state = stateCode();
        expect(Kind.COMMA, "','");
        FuzzyDate date = date();
        return new HasMember(state, date, membershipStatus());
      }
      default:
        break;
    }
    for (AllenRelation relation : AllenRelation.values()) {
      if (relation.methodName().equals(name.text)) {
        return allen(relation);
      }
    }
    if (name.text.equals(Related.CONCURRENT)) {
      return new Related(Optional.empty(), eventRef());
    }
    for (Has.Field field : Has.Field.values()) {
      if (field.methodName.equals(name.text)) {
        return new Has(field, hasValue(field));
      }
    }
    throw new AssertionError(name.text);
  }

  private String hasValue(Has.Field field) {
    switch (field) {
      case HOSTED_BY:
      case HELD_IN:
        return stateCode();
      case LEVEL:
        return constant(Level.class, "a level").name();
      case EXERCISE_KIND:
        return constant(ExerciseKind.class, "an exercise kind").name();
      case SUBJECT:
        return constant(AgreementSubject.class, "an agreement subject").name();
      default:
        return string("a text in double quotes");
    }
  }

  private Condition<?> attendance(Attendance.Quantifier quantifier) {
    return new Attendance(quantifier, parties(), ImmutableSortedSet.of(), Optional.empty());
  }

  private Condition<?> attendanceChain(Attendance attendance) {
    ImmutableSortedSet<Role> roles = attendance.roles();
    Optional<Level> level = attendance.level();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    while (token.kind == Kind.DOT) {
      advance();
      Token method = chained(seen, "withRoles", "atLevel");
      if (method.text.equals("withRoles")) {
        List<Role> listed = new ArrayList<>();
        listed.add(constant(Role.class, "a role"));
        while (token.kind == Kind.COMMA) {
          advance();
          listed.add(constant(Role.class, "a role"));
        }
        expect(Kind.RPAREN, "',' or ')'");
        roles = ImmutableSortedSet.copyOf(listed);
      } else {
        level = Optional.of(constant(Level.class, "a level"));
        expect(Kind.RPAREN, "')'");
      }
    }
    return new Attendance(attendance.quantifier(), attendance.parties(), roles, level);
  }

  /** The name and '(' of a call chained with '.', one of the methods not seen yet. */
  private Token chained(Map<String, Boolean> seen, String... methods) {
    List<String> left = new ArrayList<>();
    for (String method : methods) {
      if (!seen.containsKey(method)) {
        left.add(method);
      }
    }
    if (token.kind != Kind.NAME || !left.contains(token.text)) {
      String listed = left.stream().map(m -> "'" + m + "'").collect(Collectors.joining(" or "));
      throw error(token, left.isEmpty() ? "no more calls after '.'" : listed
          + (seen.containsKey(token.text) ? " (each at most once)" : ""), left);
    }
    Token method = token;
    seen.put(method.text, true);
    advance();
    expect(Kind.LPAREN, "'('");
    return method;
  }

  private Parties parties() {
    Token first = token;
    String expected = "a group such as CENTRAL_ASIA, or state codes such as KZ, UZ";
    List<String> known = new ArrayList<>(KNOWN_GROUPS);
    known.addAll(KNOWN_STATES);
    if (first.kind != Kind.NAME || !GROUP_ID.matcher(first.text).matches()) {
      throw error(first, expected, known);
    }
    if (!STATE_CODE.matcher(first.text).matches()) {
      Optional<String> near = misspeltGroup(first.text);
      if (near.isPresent()) {
        throw new QuerySyntaxException(text, first.start, expected, first.describe(), near);
      }
      advance();
      return Parties.group(first.text);
    }
    List<String> codes = new ArrayList<>();
    codes.add(stateCode());
    while (token.kind == Kind.COMMA) {
      advance();
      codes.add(stateCode());
    }
    listOpen = true;
    return Parties.states(codes);
  }

  /** Returns the known group an unknown group id is taken to be a misspelling of, if any. */
  static Optional<String> misspeltGroup(String id) {
    return KNOWN_GROUPS.contains(id) ? Optional.empty()
        : Suggestions.nearest(id, KNOWN_GROUPS, 2).filter(group -> Math.abs(group.length() - id.length()) <= 1);
  }

  private Condition<?> timing(Timing.Relation relation) {
    return new Timing(relation, date(), Optional.empty());
  }

  private Condition<?> allen(AllenRelation relation) {
    return new Related(Optional.of(relation), eventRef());
  }

  private Condition<?> holding() {
    Office office = constant(Office.class, "an office");
    expect(Kind.COMMA, "','");
    return new Holding(office, date(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private Condition<?> holdingChain(Holding holding) {
    Optional<String> state = holding.state();
    Optional<Parties> states = holding.states();
    Optional<Period> within = holding.appointed();
    Optional<Period> heldFor = holding.heldFor();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    while (token.kind == Kind.DOT) {
      advance();
      Token method = chained(seen, "forState", "forStates", "appointedWithin", "heldForAtLeast");
      listOpen = false;
      if (method.text.equals("forState")) {
        state = Optional.of(stateCode());
      } else if (method.text.equals("forStates")) {
        states = Optional.of(parties());
      } else if (method.text.equals("heldForAtLeast")) {
        heldFor = Optional.of(period());
      } else {
        within = Optional.of(period());
      }
      expect(Kind.RPAREN, listOpen ? "',' or ')'" : "')'");
    }
    return new Holding(holding.office(), holding.date(), state, within, states, heldFor);
  }

  private MembershipStatus membershipStatus() {
    if (token.kind != Kind.COMMA) {
      listOpen = true;
      return MembershipStatus.MEMBER;
    }
    advance();
    return constant(MembershipStatus.class, "a membership status");
  }

  // ---- literals ---------------------------------------------------------------------------------------------

  private String eventRef() {
    if (!token.isName("event")) {
      throw error(token, "event(\"id\")", List.of("event"));
    }
    advance();
    expect(Kind.LPAREN, "'('");
    String id = string("an event id in double quotes");
    expect(Kind.RPAREN, "')'");
    return id;
  }

  private FuzzyDate date() {
    Token literal = token;
    if (literal.kind != Kind.LITERAL) {
      throw error(literal, "a date (EDTF) such as " + DATE_FORMS, List.of());
    }
    FuzzyDate date;
    try {
      date = FuzzyDate.parse(literal.text);
    } catch (DateTimeParseException e) {
      String message = String.valueOf(e.getMessage());
      int cut = message.lastIndexOf(": expected ");
      String expected = cut < 0 ? "a date (EDTF) such as " + DATE_FORMS
          : "in a date, " + message.substring(cut + ": expected ".length());
      int at = literal.start + Math.max(0, Math.min(e.getErrorIndex(), literal.text.length()));
      throw new QuerySyntaxException(text, at, expected, literal.describe(), Optional.empty());
    } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
      throw error(literal, "a date (EDTF) such as " + DATE_FORMS, List.of());
    }
    advance();
    return date;
  }

  private Period period() {
    Token literal = token;
    String expected = "a positive ISO-8601 period such as P1Y, P6M or P10D";
    Period period;
    try {
      if (literal.kind != Kind.NAME) {
        throw error(literal, expected, List.of());
      }
      period = Period.parse(literal.text);
    } catch (DateTimeException | ArithmeticException e) {
      throw error(literal, expected, List.of());
    }
    if (period.isNegative() || period.isZero()) {
      throw error(literal, expected, List.of());
    }
    advance();
    return period;
  }

  private String stateCode() {
    Token code = token;
    if (code.kind != Kind.NAME || !STATE_CODE.matcher(code.text).matches()) {
      throw error(code, "a state code: two uppercase letters such as KZ", KNOWN_STATES);
    }
    advance();
    return code.text;
  }

  private String string(String expected) {
    Token literal = token;
    if (literal.kind != Kind.STRING) {
      throw error(literal, expected, List.of());
    }
    advance();
    return literal.value;
  }

  private <E extends Enum<E>> E constant(Class<E> type, String what) {
    Token name = token;
    E[] constants = type.getEnumConstants();
    if (name.kind == Kind.NAME) {
      for (E constant : constants) {
        if (constant.name().equals(name.text)) {
          advance();
          return constant;
        }
      }
    }
    List<String> names = Arrays.stream(constants).map(Enum::name).collect(Collectors.toList());
    throw error(name, what + ": " + String.join(", ", names), names);
  }

  // ---- tokens -----------------------------------------------------------------------------------------------

  private void advance() {
    token = lexer.next();
  }

  private void expect(Kind kind, String expected) {
    expect(kind, expected, List.of());
  }

  private void expect(Kind kind, String expected, List<String> names) {
    if (token.kind != kind) {
      throw error(token, expected, names);
    }
    advance();
  }

  /** The error at a token: what was expected, what the token is, and the nearest of the names valid there. */
  private QuerySyntaxException error(Token found, String expected, List<String> names) {
    Optional<String> suggestion = found.kind == Kind.NAME ? Suggestions.nearest(found.text, names)
        : Optional.empty();
    return new QuerySyntaxException(text, found.start, expected, found.describe(), suggestion);
  }

}
