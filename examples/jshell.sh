#!/bin/sh
# Opens JShell with c5atlas on the class path and the DSL imported (examples/jshell/start.jsh).
# Needs the library built once: mvn -B -q install -DskipTests
# Usage: examples/jshell.sh [more .jsh scripts...], e.g. examples/jshell.sh examples/jshell/samarkand.jsh
set -e
examples=$(cd "$(dirname "$0")" && pwd)
classpath_file="$examples/target/jshell.classpath"
mvn -B -q -f "$examples/pom.xml" dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$classpath_file" >/dev/null

# JShell shortens values to 1,000 characters, which cuts result tables. A feedback mode that does not, kept in
# preferences of our own under target/ (the user's own JShell settings are left alone), since a start script
# cannot set one.
prefs="$examples/target/jshell-prefs"
if [ ! -d "$prefs" ]; then
  printf '/set mode c5atlas normal -command\n/set truncation c5atlas 100000\n/set mode -retain c5atlas\n/set feedback -retain c5atlas\n/exit\n' \
    | jshell -J-Djava.util.prefs.userRoot="$prefs" >/dev/null 2>&1
fi
exec jshell -J-Djava.util.prefs.userRoot="$prefs" --class-path "$examples/target/classes:$(cat "$classpath_file")" \
  "$examples/jshell/start.jsh" "$@"
