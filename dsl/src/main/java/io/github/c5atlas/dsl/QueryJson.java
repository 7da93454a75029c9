package io.github.c5atlas.dsl;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.c5atlas.core.AgreementSubject;
import io.github.c5atlas.core.EventStatus;
import io.github.c5atlas.core.ExerciseKind;
import io.github.c5atlas.core.Level;
import io.github.c5atlas.core.MembershipStatus;
import io.github.c5atlas.core.Office;
import io.github.c5atlas.core.Role;
import io.github.c5atlas.core.time.AllenRelation;
import io.github.c5atlas.core.time.FuzzyDate;
import java.time.DateTimeException;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Queries as JSON, for apps that store them: the same structure as the text syntax, with each condition an object
 * of one property named like its method, whose value holds the arguments by name.
 *
 * <pre>{@code
 * {"source": "events",
 *  "where": {"and": [{"attendedByAll": {"group": "CENTRAL_ASIA", "withRoles": ["HOST", "PARTICIPANT"]}},
 *                    {"during": {"date": "2025-10"}},
 *                    {"not": {"concurrentWith": {"event": "samarkand-2025"}}}]},
 *  "withStatus": ["HELD", "POSTPONED"], "accordingTo": "tass", "includingUncertain": true,
 *  "orderByDescending": "END", "limit": 5}
 * }</pre>
 *
 * <p>Reading is strict: unknown or missing properties, values of the wrong type, bad dates, periods, state codes
 * and constants, and conditions that do not fit the source are each an {@link IllegalArgumentException} naming
 * the JSON pointer of the value; text that is not JSON is a {@link QuerySyntaxException} at its offset.
 */
final class QueryJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final ImmutableList<String> QUERY_PROPERTIES = ImmutableList.of("source", "where", "withStatus",
      "accordingTo", "includingUncertain", "orderBy", "orderByDescending", "limit");

  private QueryJson() {}

  // ---- writing ----------------------------------------------------------------------------------------------

  static String write(Query<?> query) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("source", query.source().name());
    if (!(query.condition() instanceof Always)) {
      json.set("where", query.condition().accept(new Writer()));
    }
    if (!query.statuses().equals(ImmutableSortedSet.of(EventStatus.HELD))) {
      ArrayNode statuses = json.putArray("withStatus");
      query.statuses().forEach(status -> statuses.add(status.name()));
    }
    query.sourceVersion().ifPresent(source -> json.put("accordingTo", source));
    if (query.isIncludingUncertain()) {
      json.put("includingUncertain", true);
    }
    query.order().ifPresent(key -> json.put(query.isDescending() ? "orderByDescending" : "orderBy", key.name()));
    query.rowLimit().ifPresent(limit -> json.put("limit", limit));
    return MAPPER.writeValueAsString(json);
  }

  /** Writes each condition as an object with one property, named like the method that builds it. */
  private static final class Writer implements ConditionVisitor<JsonNode> {
    private static ObjectNode call(String name, ObjectNode arguments) {
      ObjectNode call = MAPPER.createObjectNode();
      call.set(name, arguments);
      return call;
    }

    private static ObjectNode arguments() {
      return MAPPER.createObjectNode();
    }

    private ObjectNode operands(String name, List<? extends Condition<?>> operands) {
      ObjectNode call = MAPPER.createObjectNode();
      ArrayNode array = call.putArray(name);
      operands.forEach(operand -> array.add(operand.accept(this)));
      return call;
    }

    @Override
    public JsonNode visitAlways(Always<?> node) {
      return call("always", arguments());
    }

    @Override
    public JsonNode visitAnd(And<?> node) {
      return operands("and", node.operands());
    }

    @Override
    public JsonNode visitOr(Or<?> node) {
      return operands("or", node.operands());
    }

    @Override
    public JsonNode visitNot(Not<?> node) {
      ObjectNode call = MAPPER.createObjectNode();
      call.set("not", node.operand().accept(this));
      return call;
    }

    @Override
    public JsonNode visitAttendance(Attendance node) {
      ObjectNode arguments = parties(node.parties());
      if (!node.roles().isEmpty()) {
        ArrayNode roles = arguments.putArray("withRoles");
        node.roles().forEach(role -> roles.add(role.name()));
      }
      node.level().ifPresent(level -> arguments.put("atLevel", level.name()));
      return call(node.quantifier().methodName(), arguments);
    }

    /** The states a condition names: {"group": "CENTRAL_ASIA"} or {"states": ["KZ", "UZ"]}. */
    private static ObjectNode parties(Parties parties) {
      ObjectNode arguments = arguments();
      parties.groupId().ifPresent(group -> arguments.put("group", group));
      if (parties.groupId().isEmpty()) {
        ArrayNode states = arguments.putArray("states");
        parties.codes().forEach(states::add);
      }
      return arguments;
    }

    @Override
    public JsonNode visitTiming(Timing node) {
      ObjectNode arguments = arguments();
      if (node.until().isPresent()) {
        arguments.put("from", node.date().toString());
        arguments.put("to", node.until().get().toString());
      } else {
        arguments.put("date", node.date().toString());
      }
      return call(node.relation().methodName, arguments);
    }

    @Override
    public JsonNode visitRelated(Related node) {
      return call(node.methodName(), arguments().put("event", node.eventId()));
    }

    @Override
    public JsonNode visitHas(Has node) {
      return call(node.field().methodName, arguments().put(HAS_ARGUMENTS.get(node.field()), node.value()));
    }

    @Override
    public JsonNode visitHolding(Holding node) {
      ObjectNode arguments = arguments().put("office", node.office().name()).put("date", node.date().toString());
      node.state().ifPresent(state -> arguments.put("forState", state));
      node.states().ifPresent(states -> arguments.set("forStates", parties(states)));
      node.appointed().ifPresent(period -> arguments.put("appointedWithin", period.toString()));
      node.heldFor().ifPresent(period -> arguments.put("heldForAtLeast", period.toString()));
      return call("holding", arguments);
    }

    @Override
    public JsonNode visitPersonAttended(PersonAttended node) {
      return call("attended", arguments().put("event", node.eventId()));
    }

    @Override
    public JsonNode visitMemberOf(MemberOf node) {
      ObjectNode arguments = arguments().put("forumId", node.forumId()).put("date", node.date().toString());
      if (node.status() != MembershipStatus.MEMBER) {
        arguments.put("status", node.status().name());
      }
      return call("memberOf", arguments);
    }

    @Override
    public JsonNode visitHasMember(HasMember node) {
      ObjectNode arguments = arguments().put("state", node.state()).put("date", node.date().toString());
      if (node.status() != MembershipStatus.MEMBER) {
        arguments.put("status", node.status().name());
      }
      return call("hasMember", arguments);
    }

    @Override
    public JsonNode visitNamed(NameMatch node) {
      return call("named", arguments().put("text", node.text()));
    }

    @Override
    public JsonNode visitDisputed(Disputed node) {
      return call(node.property().methodName, arguments().put(DISPUTED_ARGUMENTS.get(node.property()), node.value()));
    }
  }

  /** The name of the one argument of each property of a discrepancy, as in {@link Dsl}. */
  private static final ImmutableMap<Disputed.Property, String> DISPUTED_ARGUMENTS =
      ImmutableMap.of(Disputed.Property.REPORTED_BY, "sourceId", Disputed.Property.ABOUT, "id",
          Disputed.Property.FIELD, "field");

  /** The name of the one argument of each structural property, as in {@link Dsl}. */
  private static final ImmutableMap<Has.Field, String> HAS_ARGUMENTS = ImmutableMap.<Has.Field, String>builder()
      .put(Has.Field.FORUM, "forumId")
      .put(Has.Field.HOSTED_BY, "state")
      .put(Has.Field.HELD_IN, "state")
      .put(Has.Field.IN_CITY, "city")
      .put(Has.Field.SERIES, "seriesId")
      .put(Has.Field.TAGGED, "tag")
      .put(Has.Field.CITED_BY, "sourceId")
      .put(Has.Field.LEVEL, "level")
      .put(Has.Field.EXERCISE_KIND, "kind")
      .put(Has.Field.SUBJECT, "subject")
      .build();

  // ---- reading ----------------------------------------------------------------------------------------------

  static Query<?> read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      long offset = e.getLocation() == null ? 0 : e.getLocation().getCharOffset();
      int at = (int) Math.max(0, Math.min(json.length(), offset));
      throw new QuerySyntaxException(json, at, "a query in JSON", String.valueOf(e.getOriginalMessage()),
          Optional.empty());
    }
    return new Reader().query(root);
  }

  /** Reads the tree, keeping the source so that conditions are checked against it, and the nesting depth. */
  private static final class Reader {
    private RowSource<?> source = RowSource.EVENTS;
    private int depth;

    @SuppressWarnings("unchecked")
    Query<?> query(JsonNode root) {
      properties(root, "", QUERY_PROPERTIES, List.of("source"));
      String name = string(root.get("source"), "/source");
      List<String> sources = RowSource.all().stream().map(RowSource::name).collect(Collectors.toList());
      source = RowSource.named(name).orElseThrow(() -> problem("/source", "a source: " + String.join(", ", sources),
          quote(name)));
      Query<Object> query = (Query<Object>) Query.from(source);
      if (root.has("where")) {
        query = query.where((Condition<Object>) condition(root.get("where"), "/where"));
      }
      if (root.has("withStatus")) {
        List<EventStatus> statuses = new ArrayList<>();
        JsonNode array = array(root.get("withStatus"), "/withStatus");
        for (int i = 0; i < array.size(); i++) {
          statuses.add(constant(EventStatus.class, array.get(i), "/withStatus/" + i));
        }
        query = query.withStatus(statuses.toArray(new EventStatus[0]));
      }
      if (root.has("accordingTo")) {
        query = query.accordingTo(string(root.get("accordingTo"), "/accordingTo"));
      }
      if (root.has("includingUncertain")) {
        JsonNode flag = root.get("includingUncertain");
        if (!flag.isBoolean()) {
          throw problem("/includingUncertain", "true or false", describe(flag));
        }
        query = flag.booleanValue() ? query.includingUncertain() : query;
      }
      if (root.has("orderBy") && root.has("orderByDescending")) {
        throw problem("/orderByDescending", "either orderBy or orderByDescending", "both");
      }
      if (root.has("orderBy")) {
        query = query.orderBy(constant(OrderKey.class, root.get("orderBy"), "/orderBy"));
      }
      if (root.has("orderByDescending")) {
        query = query.orderByDescending(constant(OrderKey.class, root.get("orderByDescending"),
            "/orderByDescending"));
      }
      if (root.has("limit")) {
        JsonNode limit = root.get("limit");
        if (!limit.isIntegralNumber() || !limit.canConvertToInt() || limit.intValue() < 0) {
          throw problem("/limit", "a number of rows from 0 to " + Integer.MAX_VALUE, describe(limit));
        }
        query = query.limit(limit.intValue());
      }
      return query;
    }

    private Condition<?> condition(JsonNode node, String pointer) {
      if (!node.isObject() || node.size() != 1) {
        throw problem(pointer, "a condition: an object with one property, such as {\"during\": {\"date\":"
            + " \"2025\"}}", describe(node));
      }
      if (++depth > QueryParser.MAX_DEPTH) {
        throw problem(pointer, "conditions nested at most " + QueryParser.MAX_DEPTH + " deep", "more");
      }
      Map.Entry<String, JsonNode> call = node.properties().iterator().next();
      String name = call.getKey();
      String at = pointer + "/" + escape(name);
      JsonNode value = call.getValue();
      Condition<?> condition;
      switch (name) {
        case "and":
        case "or": {
          JsonNode array = array(value, at);
          if (array.isEmpty()) {
            throw problem(at, "at least one condition", "[]");
          }
          List<Condition<?>> operands = new ArrayList<>();
          for (int i = 0; i < array.size(); i++) {
            operands.add(condition(array.get(i), at + "/" + i));
          }
          condition = name.equals("and") ? And.of(operands) : Or.of(operands);
          break;
        }
        case "not":
          condition = Not.of(condition(value, at));
          break;
        default:
          condition = call(name, value, pointer, at);
      }
      depth--;
      return condition;
    }

    private Condition<?> call(String name, JsonNode arguments, String pointer, String at) {
      Class<?> rowType = QueryParser.CONDITIONS.get(name);
      if (rowType == null) {
        List<String> names = new ArrayList<>(List.of("and", "or", "not"));
        names.addAll(QueryParser.CONDITIONS.keySet());
        throw new IllegalArgumentException(message(pointer, "a condition", quote(name))
            + Suggestions.nearest(name, names).map(s -> "; did you mean '" + s + "'?").orElse(""));
      }
      if (!rowType.isAssignableFrom(source.rowType())) {
        throw problem(at, "a condition on " + source.name(), quote(name) + ", a condition on "
            + RowTypes.plural(rowType));
      }
      switch (name) {
        case "always":
          properties(arguments, at, List.of(), List.of());
          return Always.instance();
        case "holding": {
          properties(arguments, at, List.of("office", "date", "forState", "forStates", "appointedWithin", "heldForAtLeast"),
              List.of("office", "date"));
          Optional<String> state = arguments.has("forState")
              ? Optional.of(stateCode(arguments.get("forState"), at + "/forState")) : Optional.empty();
          Optional<Parties> states = Optional.empty();
          if (arguments.has("forStates")) {
            JsonNode parties = arguments.get("forStates");
            properties(parties, at + "/forStates", List.of("group", "states"), List.of());
            states = Optional.of(parties(parties, at + "/forStates"));
          }
          Optional<Period> within = arguments.has("appointedWithin")
              ? Optional.of(period(arguments.get("appointedWithin"), at + "/appointedWithin")) : Optional.empty();
          Optional<Period> heldFor = arguments.has("heldForAtLeast")
              ? Optional.of(period(arguments.get("heldForAtLeast"), at + "/heldForAtLeast")) : Optional.empty();
          return new Holding(constant(Office.class, arguments.get("office"), at + "/office"),
              date(arguments.get("date"), at + "/date"), state, within, states, heldFor);
        }
        case "attended":
          properties(arguments, at, List.of("event"), List.of("event"));
          return new PersonAttended(string(arguments.get("event"), at + "/event"));
        case "reportedBy":
        case "about":
        case "field": {
          Disputed.Property property = Disputed.Property.valueOf(name.equals("reportedBy") ? "REPORTED_BY"
              : name.toUpperCase(java.util.Locale.ROOT));
          String argument = DISPUTED_ARGUMENTS.get(property);
          properties(arguments, at, List.of(argument), List.of(argument));
          String value = property == Disputed.Property.FIELD
              ? constant(io.github.c5atlas.core.Discrepancy.Field.class, arguments.get(argument), at + "/" + argument)
                  .name()
              : string(arguments.get(argument), at + "/" + argument);
          return new Disputed(property, value);
        }
        case "named": {
          properties(arguments, at, List.of("text"), List.of("text"));
          String text = string(arguments.get("text"), at + "/text");
          try {
            return new NameMatch(text);
          } catch (IllegalArgumentException e) {
            throw problem(at + "/text", "a text with some letters or digits", quote(text));
          }
        }
        case "memberOf":
          properties(arguments, at, List.of("forumId", "date", "status"), List.of("forumId", "date"));
          return new MemberOf(string(arguments.get("forumId"), at + "/forumId"),
              date(arguments.get("date"), at + "/date"), status(arguments, at));
        case "hasMember":
          properties(arguments, at, List.of("state", "date", "status"), List.of("state", "date"));
          return new HasMember(stateCode(arguments.get("state"), at + "/state"),
              date(arguments.get("date"), at + "/date"), status(arguments, at));
        default:
          break;
      }
      for (Attendance.Quantifier quantifier : Attendance.Quantifier.values()) {
        if (quantifier.methodName().equals(name)) {
          return attendance(quantifier, arguments, at);
        }
      }
      for (Has.Field field : Has.Field.values()) {
        if (field.methodName.equals(name)) {
          return has(field, arguments, at);
        }
      }
      return time(name, arguments, at);
    }

    private Condition<?> attendance(Attendance.Quantifier quantifier, JsonNode arguments, String at) {
      properties(arguments, at, List.of("group", "states", "withRoles", "atLevel"), List.of());
      Parties parties = parties(arguments, at);
      List<Role> roles = new ArrayList<>();
      if (arguments.has("withRoles")) {
        JsonNode array = array(arguments.get("withRoles"), at + "/withRoles");
        for (int i = 0; i < array.size(); i++) {
          roles.add(constant(Role.class, array.get(i), at + "/withRoles/" + i));
        }
      }
      Optional<Level> level = arguments.has("atLevel")
          ? Optional.of(constant(Level.class, arguments.get("atLevel"), at + "/atLevel")) : Optional.empty();
      return new Attendance(quantifier, parties, ImmutableSortedSet.copyOf(roles), level);
    }

    private Parties parties(JsonNode arguments, String at) {
      if (arguments.has("group") == arguments.has("states")) {
        throw problem(at, "either \"group\" or \"states\"", arguments.has("group") ? "both" : "neither");
      }
      if (arguments.has("group")) {
        String group = string(arguments.get("group"), at + "/group");
        Optional<String> misspelt = QueryParser.misspeltGroup(group);
        if (!QueryParser.GROUP_ID.matcher(group).matches() || QueryParser.STATE_CODE.matcher(group).matches()
            || misspelt.isPresent()) {
          throw new IllegalArgumentException(message(at + "/group", "a group id such as CENTRAL_ASIA", quote(group))
              + misspelt.map(s -> "; did you mean '" + s + "'?").orElse(""));
        }
        return Parties.group(group);
      }
      JsonNode states = array(arguments.get("states"), at + "/states");
      if (states.isEmpty()) {
        throw problem(at + "/states", "at least one state code", "[]");
      }
      List<String> codes = new ArrayList<>();
      for (int i = 0; i < states.size(); i++) {
        codes.add(stateCode(states.get(i), at + "/states/" + i));
      }
      return Parties.states(codes);
    }

    private Condition<?> has(Has.Field field, JsonNode arguments, String at) {
      String argument = HAS_ARGUMENTS.get(field);
      properties(arguments, at, List.of(argument), List.of(argument));
      JsonNode value = arguments.get(argument);
      String pointer = at + "/" + argument;
      switch (field) {
        case HOSTED_BY:
        case HELD_IN:
          return new Has(field, stateCode(value, pointer));
        case LEVEL:
          return new Has(field, constant(Level.class, value, pointer).name());
        case EXERCISE_KIND:
          return new Has(field, constant(ExerciseKind.class, value, pointer).name());
        case SUBJECT:
          return new Has(field, constant(AgreementSubject.class, value, pointer).name());
        default:
          return new Has(field, string(value, pointer));
      }
    }

    private Condition<?> time(String name, JsonNode arguments, String at) {
      if (name.equals("between")) {
        properties(arguments, at, List.of("from", "to"), List.of("from", "to"));
        return new Timing(Timing.Relation.BETWEEN, date(arguments.get("from"), at + "/from"),
            Optional.of(date(arguments.get("to"), at + "/to")));
      }
      Optional<Timing.Relation> timing = Arrays.stream(Timing.Relation.values())
          .filter(r -> r.methodName.equals(name)).findFirst();
      Optional<AllenRelation> allen = Arrays.stream(AllenRelation.values())
          .filter(r -> r.methodName().equals(name)).findFirst();
      List<String> allowed = new ArrayList<>();
      timing.ifPresent(t -> allowed.add("date"));
      if (allen.isPresent() || name.equals(Related.CONCURRENT)) {
        allowed.add("event");
      }
      properties(arguments, at, allowed, List.of());
      if (arguments.size() != 1) {
        throw problem(at, allowed.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(" or ")),
            "no argument");
      }
      if (arguments.has("date")) {
        return new Timing(timing.orElseThrow(), date(arguments.get("date"), at + "/date"), Optional.empty());
      }
      return new Related(allen, string(arguments.get("event"), at + "/event"));
    }

    private MembershipStatus status(JsonNode arguments, String at) {
      return arguments.has("status") ? constant(MembershipStatus.class, arguments.get("status"), at + "/status")
          : MembershipStatus.MEMBER;
    }
  }

  // ---- values -----------------------------------------------------------------------------------------------

  /** Checks that the node is an object with only the allowed properties and every required one. */
  private static void properties(JsonNode node, String pointer, List<String> allowed, List<String> required) {
    if (!node.isObject()) {
      throw problem(pointer, "an object", describe(node));
    }
    Set<String> names = new TreeSet<>(node.propertyNames());
    for (String name : names) {
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException(message(pointer + "/" + escape(name), allowed.isEmpty()
            ? "no properties" : "one of the properties " + String.join(", ", allowed), "an unknown property")
            + Suggestions.nearest(name, allowed).map(s -> "; did you mean '" + s + "'?").orElse(""));
      }
    }
    for (String name : required) {
      if (!names.contains(name)) {
        throw problem(pointer + "/" + escape(name), "the property " + quote(name), "none");
      }
    }
  }

  private static JsonNode array(JsonNode node, String pointer) {
    if (!node.isArray()) {
      throw problem(pointer, "an array", describe(node));
    }
    return node;
  }

  private static String string(JsonNode node, String pointer) {
    if (!node.isString()) {
      throw problem(pointer, "a string", describe(node));
    }
    return node.stringValue();
  }

  private static <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String pointer) {
    String name = string(node, pointer);
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(message(pointer, "one of " + String.join(", ", names), quote(name))
        + Suggestions.nearest(name, names).map(s -> "; did you mean '" + s + "'?").orElse(""));
  }

  private static String stateCode(JsonNode node, String pointer) {
    String code = string(node, pointer);
    if (!QueryParser.STATE_CODE.matcher(code).matches()) {
      throw problem(pointer, "a state code: two uppercase letters such as KZ", quote(code));
    }
    return code;
  }

  private static FuzzyDate date(JsonNode node, String pointer) {
    String text = string(node, pointer);
    try {
      return FuzzyDate.parse(text);
    } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
      throw problem(pointer, "a date (EDTF) such as 2025, 2025-10-20, 2025-10-21~, ../2025-05-28 or"
          + " [2024-11-23..2024-11-24]", quote(text));
    }
  }

  private static Period period(JsonNode node, String pointer) {
    String text = string(node, pointer);
    Period period = null;
    try {
      period = Period.parse(text);
    } catch (DateTimeException | ArithmeticException e) {
      // reported below
    }
    if (period == null || period.isNegative() || period.isZero()) {
      throw problem(pointer, "a positive ISO-8601 period such as P1Y, P6M or P10D", quote(text));
    }
    return period;
  }

  private static IllegalArgumentException problem(String pointer, String expected, String found) {
    return new IllegalArgumentException(message(pointer, expected, found));
  }

  private static String message(String pointer, String expected, String found) {
    return "JSON query at " + (pointer.isEmpty() ? "the root" : pointer) + ": expected " + expected + ", found "
        + found;
  }

  private static String describe(JsonNode node) {
    if (node.isMissingNode()) {
      return "nothing";
    }
    String text = node.toString();
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
        + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
  }

  private static String quote(String text) {
    String quoted = Literals.quote(text);
    return quoted.length() > 62 ? quoted.substring(0, 58) + "...\"" : quoted;
  }

  /** Escapes a property name for a JSON pointer (RFC 6901). */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
