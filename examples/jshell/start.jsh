// c5atlas in JShell: the model, the DSL with one static import, and the bundled atlas.
// Opened by examples/jshell.sh; then try, for example:
//   events().where(attendedByAll(CENTRAL_ASIA)).run(Atlas.bundled())
//   events().where(attendedByAll(CENTRAL_ASIA).and(attendedOnlyBy(CENTRAL_ASIA))).run(atlas)
//   atlas.event("samarkand-2025").orElseThrow()
//   atlas.discrepancies()
// Plain JShell shortens values to a thousand characters (examples/jshell.sh sets a mode that does not):
// print a long table whole with System.out.println(result), or type /set truncation ... (see /help /set).
// Note: core and dsl both have a class named Source (a cited source; a source of rows). Where both are
// imported on demand, write io.github.c5atlas.core.Source or Query's source() to say which one you mean.
import io.github.c5atlas.core.*;
import io.github.c5atlas.core.time.FuzzyDate;
import io.github.c5atlas.dsl.*;
import static io.github.c5atlas.dsl.Dsl.*;
import io.github.c5atlas.examples.*;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
Atlas atlas = Atlas.bundled();
