package io.github.c5atlas.examples;

import io.github.c5atlas.core.Atlas;
import io.github.c5atlas.core.InvalidAtlasException;
import io.github.c5atlas.dsl.Query;
import io.github.c5atlas.dsl.QuerySyntaxException;
import io.github.c5atlas.dsl.Result;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The demo: with no arguments, tells the seed article's story from the bundled atlas ({@link SeedStory}); with a
 * text query, runs it and prints the answer.
 *
 * <pre>
 * mvn -B -q -pl examples exec:java
 * mvn -B -q -pl examples exec:java -Dexec.args="events where attendedByAll(CENTRAL_ASIA) --format markdown"
 * mvn -B -q -pl examples exec:java -Dexec.args="--atlas mine.json --explain exercises where during(2025)"
 * </pre>
 *
 * <p>A query that does not parse, or an atlas file that cannot be read, gets the library's message on standard
 * error and exit status 1; bad options get the usage and status 2.
 */
public final class Demo {
  static final String USAGE = String.join("\n",
      "usage: Demo [--atlas FILE] [--format table|markdown|json] [--explain] [QUERY...]",
      "  with no query, tells the seed article's story from the bundled atlas;",
      "  with a query (its words are joined by spaces), runs it on the bundled atlas or on FILE.",
      "  example: Demo events where attendedByAll(CENTRAL_ASIA) and attendedOnlyBy(CENTRAL_ASIA)");

  /** The forms a result is printed in. */
  enum Format {
    TABLE, MARKDOWN, JSON
  }

  private Demo() {}

  /** Runs the demo and exits with its status. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    System.out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the demo with these arguments, printing to out and err; returns the exit status (0 when all went well). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path atlasFile = null;
    Format format = Format.TABLE;
    boolean explain = false;
    List<String> words = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help":
        case "-h":
          out.println(USAGE);
          return 0;
        case "--atlas":
          if (i + 1 == args.length) {
            return usage(err, "--atlas needs a file");
          }
          atlasFile = Path.of(args[++i]);
          break;
        case "--format":
          if (i + 1 == args.length) {
            return usage(err, "--format needs one of table, markdown, json");
          }
          try {
            format = Format.valueOf(args[++i].toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            return usage(err, "unknown format '" + args[i] + "': use table, markdown or json");
          }
          break;
        case "--explain":
          explain = true;
          break;
        default:
          if (arg.startsWith("--")) {
            return usage(err, "unknown option " + arg);
          }
          words.add(arg);
      }
    }
    try {
      Atlas atlas = atlasFile == null ? Atlas.bundled() : Atlas.read(atlasFile);
      if (words.isEmpty()) {
        if (atlasFile != null || explain || format != Format.TABLE) {
          return usage(err, "--atlas, --format and --explain go with a query");
        }
        new SeedStory(atlas).tell(out);
        return 0;
      }
      Result<?> result = Query.parse(String.join(" ", words)).run(atlas);
      out.println(render(result, format));
      if (explain) {
        out.println();
        out.println("plan: " + result.explain());
      }
      return 0;
    } catch (QuerySyntaxException e) {
      return fail(err, "not a query: " + e.getMessage());
    } catch (InvalidAtlasException | UncheckedIOException e) {
      return fail(err, e.getMessage());
    } catch (IllegalArgumentException e) {
      // a query that parses but cannot run on this atlas, such as one naming an event it does not have
      return fail(err, e.getMessage());
    }
  }

  static String render(Result<?> result, Format format) {
    switch (format) {
      case MARKDOWN:
        return result.toMarkdown();
      case JSON:
        return result.toJson();
      default:
        return result.toString();
    }
  }

  private static int fail(PrintStream err, String message) {
    err.println("c5atlas: " + message);
    return 1;
  }

  private static int usage(PrintStream err, String message) {
    err.println("c5atlas: " + message);
    err.println(USAGE);
    return 2;
  }
}
