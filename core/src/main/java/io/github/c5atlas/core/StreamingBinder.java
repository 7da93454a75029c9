package io.github.c5atlas.core;

import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.core.time.FuzzySpan;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds a well-formed {@code c5atlas/1} document into an {@link AtlasDocument} in one streaming pass, building each
 * value with the same builders (and so the same checks) as the databind path of {@link AtlasReader}.
 *
 * <p>This is the reader's fast path, and it only ever says yes or "ask the other path": at the first thing that is
 * not plainly right (a null, a token of another type, an unknown field, a type id that is not first, a failed
 * check, a limit exceeded) it gives up and returns empty, and the reader binds the document again with databind,
 * which finds and locates every problem. So what this class accepts, databind accepts too, and binds equal; the
 * tests compare the two on the bundled atlas, on generated atlases and on thousands of mutated documents.
 *
 * <p>It runs under the reader's mapper's limits and duplicate-key detection: its parser comes from that mapper.
 *
 * <p>A big atlas repeats itself: the same state codes, source and forum ids, dates, and participations such as
 * "KZ as participant". The binder shares one instance of each (they are immutable values, equal either way), which
 * makes a read atlas much smaller and spares the work of building the same value again: each reference is one
 * string, each date is parsed once, each plain participation and place is built once.
 */
final class StreamingBinder {
  private static final Role[] ROLES = Role.values();
  private static final TextTable<Office> OFFICES = TextTable.of(Office.values());
  private static final TextTable<ForumKind> FORUM_KINDS = TextTable.of(ForumKind.values());
  private static final TextTable<MembershipStatus> MEMBERSHIP_STATUSES = TextTable.of(MembershipStatus.values());
  private static final TextTable<EventStatus> EVENT_STATUSES = TextTable.of(EventStatus.values());
  private static final TextTable<Level> LEVELS = TextTable.of(Level.values());
  private static final TextTable<ExerciseKind> EXERCISE_KINDS = TextTable.of(ExerciseKind.values());
  private static final TextTable<AgreementKind> AGREEMENT_KINDS = TextTable.of(AgreementKind.values());
  private static final TextTable<AgreementSubject> AGREEMENT_SUBJECTS = TextTable.of(AgreementSubject.values());
  private static final TextTable<Role> ROLES_BY_NAME = TextTable.of(Role.values());
  private static final Object ONGOING = new Object();

  private final JsonParser parser;
  private final Chars chars = new Chars();
  /** The names read so far in each object being read, innermost last. */
  private String[][] frames = new String[8][];
  private int[] counts = new int[8];
  private int depth = -1;
  private final TextTable<String> references = new TextTable<>();
  private final TextTable<FuzzyDate> dates = new TextTable<>();
  private final Map<FuzzyDate, Map<Object, FuzzySpan>> spans = new IdentityHashMap<>();
  private final Map<String, Participation[]> participations = new HashMap<>();
  private final Map<String, Place> places = new HashMap<>();

  private StreamingBinder(JsonParser parser) {
    this.parser = parser;
  }

  /** Returns the document bound, or empty if it needs the databind path (for its diagnostics or its leniency). */
  static Optional<AtlasDocument> bind(JsonMapper mapper, byte[] document) {
    // duplicate keys are found here, per object, more cheaply than by the parser's own detection (a set of names
    // for every object); the names of a names map are the keys of an ImmutableMap, which rejects duplicates
    try (JsonParser parser = mapper.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .createParser(document)) {
      AtlasDocument bound = new StreamingBinder(parser).document();
      return parser.nextToken() == null ? Optional.of(bound) : Optional.empty();
    } catch (RuntimeException giveUp) {
      // Jackson's errors, the builders' checks, an unparsable date or a GiveUp: databind will say what it is
      return Optional.empty();
    }
  }

  /** Thrown to leave the binding; carries no stack trace, since it is never shown. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super("the streaming binder gives the document to databind", null, false, false);
    }
  }

  private static GiveUp giveUp() {
    return GiveUp.INSTANCE;
  }

  private AtlasDocument document() {
    startObject(parser.nextToken());
    ImmutableAtlasDocument.Builder document = ImmutableAtlasDocument.builder();
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "format" -> document.format(string());
        case "sources" -> array(() -> document.addSource(source()));
        case "states" -> array(() -> document.addState(state()));
        case "groups" -> array(() -> document.addGroup(group()));
        case "people" -> array(() -> document.addPeople(person()));
        case "forums" -> array(() -> document.addForum(forum()));
        case "events" -> array(() -> document.addEvent(event()));
        case "reports" -> array(() -> document.addReport(report()));
        default -> throw giveUp();
      }
    }
    return document.build();
  }

  private Source source() {
    Source.Builder source = Source.builder();
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "id" -> source.id(string());
        case "publisher" -> source.publisher(string());
        case "title" -> source.title(string());
        case "url" -> source.url(string());
        case "date" -> source.date(date());
        case "language" -> source.language(string());
        default -> throw giveUp();
      }
    }
    return source.build();
  }

  private State state() {
    State.Builder state = State.builder();
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "code" -> state.code(string());
        case "names" -> names(state::putName);
        case "aliases" -> strings(state::addAlias);
        default -> throw giveUp();
      }
    }
    return state.build();
  }

  private StateGroup group() {
    StateGroup.Builder group = StateGroup.builder();
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "id" -> group.id(string());
        case "names" -> names(group::putName);
        case "aliases" -> strings(group::addAlias);
        case "members" -> references(group::addMember);
        default -> throw giveUp();
      }
    }
    return group.build();
  }

  private Person person() {
    Person.Builder person = Person.builder();
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "id" -> person.id(string());
        case "names" -> names(person::putName);
        case "aliases" -> strings(person::addAlias);
        case "tenures" -> array(() -> person.addTenure(tenure()));
        default -> throw giveUp();
      }
    }
    return person.build();
  }

  private Tenure tenure() {
    Tenure.Builder tenure = Tenure.builder();
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "office" -> tenure.office(constant(OFFICES));
        case "title" -> tenure.title(string());
        case "state" -> tenure.state(reference());
        case "span" -> tenure.span(span());
        case "rank" -> tenure.rank(string());
        case "predecessor" -> tenure.predecessor(reference());
        case "sources" -> references(tenure::addSource);
        default -> throw giveUp();
      }
    }
    return tenure.build();
  }

  private Forum forum() {
    Forum.Builder forum = Forum.builder();
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "id" -> forum.id(string());
        case "kind" -> forum.kind(constant(FORUM_KINDS));
        case "names" -> names(forum::putName);
        case "aliases" -> strings(forum::addAlias);
        case "founded" -> forum.founded(date());
        case "memberships" -> array(() -> forum.addMembership(membership()));
        case "sources" -> references(forum::addSource);
        default -> throw giveUp();
      }
    }
    return forum.build();
  }

  private Membership membership() {
    Membership.Builder membership = Membership.builder();
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "state" -> membership.state(reference());
        case "status" -> membership.status(constant(MEMBERSHIP_STATUSES));
        case "span" -> membership.span(span());
        case "sources" -> references(membership::addSource);
        default -> throw giveUp();
      }
    }
    return membership.build();
  }

  /** Reads a field every event has into its builder; returns false if the name is not one of them. */
  private boolean eventField(String name, EventBuilder<?> event) {
    switch (name) {
      case "id" -> event.id(string());
      case "names" -> names(event::putName);
      case "aliases" -> strings(event::addAlias);
      case "status" -> event.status(constant(EVENT_STATUSES));
      case "span" -> event.span(span());
      case "places" -> array(() -> event.addPlace(place()));
      case "host" -> event.host(reference());
      case "forum" -> event.forum(reference());
      case "participations" -> array(() -> event.addParticipation(participation()));
      case "tags" -> references(event::addTag);
      case "statements" -> array(() -> event.addStatement(statement()));
      case "sources" -> references(event::addSource);
      default -> {
        return false;
      }
    }
    return true;
  }

  private Event event() {
    // databind reads the type id wherever it is; the writer puts it first, and this path asks for it there
    if (!"type".equals(firstName())) {
      throw giveUp();
    }
    switch (string()) {
      case "meeting" -> {
        Meeting.Builder meeting = Meeting.builder();
        for (String name = nextName(); name != null; name = nextName()) {
          if (!eventField(name, meeting)) {
            switch (name) {
              case "level" -> meeting.level(constant(LEVELS));
              case "chair" -> meeting.chair(reference());
              case "outcomes" -> strings(meeting::addOutcome);
              default -> throw giveUp();
            }
          }
        }
        return meeting.build();
      }
      case "exercise" -> {
        Exercise.Builder exercise = Exercise.builder();
        for (String name = nextName(); name != null; name = nextName()) {
          if (!eventField(name, exercise)) {
            switch (name) {
              case "series" -> exercise.series(reference());
              case "edition" -> exercise.edition(string());
              case "exerciseKinds" -> constants(EXERCISE_KINDS, exercise::addExerciseKind);
              case "activities" -> strings(exercise::addActivity);
              case "assets" -> array(() -> exercise.addAsset(asset()));
              case "scale" -> exercise.scale(scale());
              default -> throw giveUp();
            }
          }
        }
        return exercise.build();
      }
      case "agreement" -> {
        Agreement.Builder agreement = Agreement.builder();
        for (String name = nextName(); name != null; name = nextName()) {
          if (!eventField(name, agreement)) {
            switch (name) {
              case "agreementKind" -> agreement.agreementKind(constant(AGREEMENT_KINDS));
              case "subjects" -> constants(AGREEMENT_SUBJECTS, agreement::addSubject);
              case "ratified" -> agreement.ratified(date());
              case "inForce" -> agreement.inForce(date());
              default -> throw giveUp();
            }
          }
        }
        return agreement.build();
      }
      default -> throw giveUp();
    }
  }

  private Place place() {
    String state = null;
    String region = null;
    String city = null;
    String venue = null;
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "state" -> state = reference();
        case "region" -> region = string();
        case "city" -> city = string();
        case "venue" -> venue = string();
        default -> throw giveUp();
      }
    }
    if (state != null && region == null && city == null && venue == null) {
      // a place that is just a state: one instance per state
      Place shared = places.get(state);
      if (shared == null) {
        shared = Place.builder().state(state).build();
        places.put(state, shared);
      }
      return shared;
    }
    Place.Builder place = Place.builder();
    if (state != null) {
      place.state(state);
    }
    if (region != null) {
      place.region(region);
    }
    if (city != null) {
      place.city(city);
    }
    if (venue != null) {
      place.venue(venue);
    }
    return place.build();
  }

  private Participation participation() {
    String party = null;
    Role role = null;
    Participation.Builder withDelegation = null;
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "party" -> party = reference();
        case "role" -> role = constant(ROLES_BY_NAME);
        case "delegation" -> {
          Participation.Builder builder = Participation.builder();
          array(() -> builder.addDelegate(delegate()));
          withDelegation = builder;
        }
        default -> throw giveUp();
      }
    }
    if (party == null || role == null) {
      throw giveUp();
    }
    if (withDelegation != null) {
      return withDelegation.party(party).role(role).build();
    }
    // a party in a role, and no more: one instance per pair
    Participation[] byRole = participations.get(party);
    if (byRole == null) {
      byRole = new Participation[ROLES.length];
      participations.put(party, byRole);
    }
    Participation shared = byRole[role.ordinal()];
    if (shared == null) {
      shared = Participation.builder().party(party).role(role).build();
      byRole[role.ordinal()] = shared;
    }
    return shared;
  }

  private Delegate delegate() {
    Delegate.Builder delegate = Delegate.builder();
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "person" -> delegate.person(reference());
        case "name" -> delegate.name(string());
        case "level" -> delegate.level(constant(LEVELS));
        default -> throw giveUp();
      }
    }
    return delegate.build();
  }

  private Statement statement() {
    Statement.Builder statement = Statement.builder();
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "speaker" -> statement.speaker(reference());
        case "onBehalfOf" -> statement.onBehalfOf(reference());
        case "text" -> statement.text(string());
        case "language" -> statement.language(reference());
        case "source" -> statement.source(reference());
        default -> throw giveUp();
      }
    }
    return statement.build();
  }

  private Asset asset() {
    Asset.Builder asset = Asset.builder();
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "description" -> asset.description(string());
        case "state" -> asset.state(reference());
        case "count" -> asset.count(integer());
        default -> throw giveUp();
      }
    }
    return asset.build();
  }

  private Scale scale() {
    startObject(parser.nextToken());
    Scale.Builder scale = Scale.builder();
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "troops" -> scale.troops(integer());
        case "equipment" -> scale.equipment(integer());
        case "approximate" -> scale.approximate(bool());
        default -> throw giveUp();
      }
    }
    return scale.build();
  }

  private Report report() {
    Report.Builder report = Report.builder();
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "source" -> report.source(string());
        case "about" -> report.about(string());
        case "status" -> report.status(constant(EVENT_STATUSES));
        case "span" -> report.span(span());
        case "places" -> array(() -> report.addPlace(place()));
        case "participations" -> array(() -> report.addParticipation(participation()));
        case "statements" -> array(() -> report.addStatement(statement()));
        case "notes" -> strings(report::addNote);
        default -> throw giveUp();
      }
    }
    return report.build();
  }

  private FuzzySpan span() {
    startObject(parser.nextToken());
    FuzzyDate start = null;
    FuzzyDate end = null;
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "start" -> start = date();
        case "end" -> end = date();
        default -> throw giveUp();
      }
    }
    if (start == null) {
      throw giveUp();
    }
    // dates are shared, so a span is known by the identities of its two dates
    Map<Object, FuzzySpan> byEnd = spans.get(start);
    if (byEnd == null) {
      byEnd = new IdentityHashMap<>();
      spans.put(start, byEnd);
    }
    Object key = end == null ? ONGOING : end;
    FuzzySpan span = byEnd.get(key);
    if (span == null) {
      span = end == null ? FuzzySpan.ongoing(start) : FuzzySpan.of(start, end);
      byEnd.put(key, span);
    }
    return span;
  }

  private FuzzyDate date() {
    expectString();
    FuzzyDate date = dates.get(chars);
    if (date == null) {
      date = FuzzyDate.parse(chars.toString());
      dates.put(chars, date);
    }
    return date;
  }

  /** Reads a string that names something (a state, a source, a person...): one instance per text. */
  private String reference() {
    expectString();
    return shared();
  }

  private String shared() {
    String shared = references.get(chars);
    if (shared == null) {
      shared = chars.toString();
      references.put(chars, shared);
    }
    return shared;
  }

  private void references(Consumer<String> element) {
    eachString(() -> {
      chars.of(parser);
      element.accept(shared());
    });
  }

  /** Reads the name of a constant of an enum, exactly as the enum spells it (as databind does). */
  private <E extends Enum<E>> E constant(TextTable<E> byName) {
    expectString();
    return constantOf(byName);
  }

  private <E extends Enum<E>> void constants(TextTable<E> byName, Consumer<E> element) {
    eachString(() -> {
      chars.of(parser);
      element.accept(constantOf(byName));
    });
  }

  /** Returns the constant named by the text in {@link #chars}, or gives up. */
  private <E extends Enum<E>> E constantOf(TextTable<E> byName) {
    E constant = byName.get(chars);
    if (constant == null) {
      throw giveUp();
    }
    return constant;
  }

  /** Moves to the next token, which must be a string, and holds its text in {@link #chars}. */
  private void expectString() {
    if (parser.nextToken() != JsonToken.VALUE_STRING) {
      throw giveUp();
    }
    chars.of(parser);
  }

  /** The text of the current string token, in the parser's own buffer: a key to look values up by. */
  private static final class Chars {
    private char[] buffer = new char[0];
    private int offset;
    private int length;
    private int hash;

    void of(JsonParser parser) {
      buffer = parser.getStringCharacters();
      offset = parser.getStringOffset();
      length = parser.getStringLength();
      hash = TextTable.hash(buffer, offset, length);
    }

    @Override
    public String toString() {
      return new String(buffer, offset, length);
    }
  }

  /**
   * Values by their text, looked up by the characters in the parser's buffer without making a string of them: a
   * table with open addressing, at most half full. A text is kept within a few slots of where its hash puts it; one
   * that finds them taken (as texts made to share a hash would) goes to a {@link HashMap} by string instead, which
   * orders the strings of a crowded bucket, so that no input makes a look-up scan many others. Filled by one binder
   * at a time, or once in a static initializer and then only read.
   */
  private static final class TextTable<V> {
    private static final int PROBES = 16;

    private char[][] keys = new char[16][];
    private int[] hashes = new int[16];
    private Object[] values = new Object[16];
    private int size;
    private final Map<String, V> crowded = new HashMap<>();

    static <E extends Enum<E>> TextTable<E> of(E[] constants) {
      TextTable<E> table = new TextTable<>();
      for (E constant : constants) {
        char[] name = constant.name().toCharArray();
        table.insert(name, hash(name, 0, name.length), constant);
      }
      return table;
    }

    static int hash(char[] text, int offset, int length) {
      int h = 0;
      for (int i = offset; i < offset + length; i++) {
        h = 31 * h + text[i];
      }
      return h ^ (h >>> 16);
    }

    @SuppressWarnings("unchecked")
    @Nullable V get(Chars text) {
      int mask = keys.length - 1;
      int i = text.hash & mask;
      for (int probe = 0; probe < PROBES; probe++, i = (i + 1) & mask) {
        char[] key = keys[i];
        if (key == null) {
          break;
        }
        if (hashes[i] == text.hash
            && Arrays.equals(key, 0, key.length, text.buffer, text.offset, text.offset + text.length)) {
          return (V) values[i];
        }
      }
      return crowded.isEmpty() ? null : crowded.get(text.toString());
    }

    /** Adds a value for a text that {@link #get} did not find. */
    void put(Chars text, V value) {
      insert(Arrays.copyOfRange(text.buffer, text.offset, text.offset + text.length), text.hash, value);
    }

    @SuppressWarnings("unchecked")
    private void insert(char[] key, int hash, Object value) {
      if ((size + 1) * 2 > keys.length) {
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        keys = new char[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != null) {
            insert(oldKeys[i], oldHashes[i], oldValues[i]);
          }
        }
      }
      int mask = keys.length - 1;
      int i = hash & mask;
      for (int probe = 0; probe < PROBES; probe++, i = (i + 1) & mask) {
        if (keys[i] == null) {
          keys[i] = key;
          hashes[i] = hash;
          values[i] = value;
          size++;
          return;
        }
      }
      crowded.put(new String(key), (V) value);
    }
  }


  private void names(BiConsumer<String, String> name) {
    startObject(parser.nextToken());
    for (String language = parser.nextName(); language != null; language = parser.nextName()) {
      name.accept(language, string());
    }
  }

  /** Reads the first property name of an object whose start was read; null at its end. */
  private @Nullable String firstName() {
    depth++;
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, depth * 2);
      counts = Arrays.copyOf(counts, depth * 2);
    }
    if (frames[depth] == null) {
      frames[depth] = new String[16];
    }
    counts[depth] = 0;
    return nextName();
  }

  /** Reads the next property name of the object being read; null at its end. Gives up at a name seen before. */
  private @Nullable String nextName() {
    String name = parser.nextName();
    if (name == null) {
      depth--;
      return null;
    }
    String[] frame = frames[depth];
    int count = counts[depth];
    for (int i = 0; i < count; i++) {
      if (frame[i].equals(name)) {
        throw giveUp();
      }
    }
    if (count == frame.length) {
      frame = Arrays.copyOf(frame, count * 2);
      frames[depth] = frame;
    }
    frame[count] = name;
    counts[depth] = count + 1;
    return name;
  }

  /** Reads an array of objects, calling {@code element} with the parser on each object's start. */
  private void array(Runnable element) {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw giveUp();
    }
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      startObject(token);
      element.run();
    }
  }

  private void strings(Consumer<String> element) {
    eachString(() -> element.accept(parser.getString()));
  }

  /** Reads an array of strings, calling {@code element} with the parser on each string. */
  private void eachString(Runnable element) {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw giveUp();
    }
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      if (token != JsonToken.VALUE_STRING) {
        throw giveUp();
      }
      element.run();
    }
  }

  private static void startObject(@Nullable JsonToken token) {
    if (token != JsonToken.START_OBJECT) {
      throw giveUp();
    }
  }

  private String string() {
    if (parser.nextToken() != JsonToken.VALUE_STRING) {
      throw giveUp();
    }
    return parser.getString();
  }

  private int integer() {
    if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT) {
      throw giveUp();
    }
    return parser.getIntValue();
  }

  private boolean bool() {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw giveUp();
  }
}
