#!/bin/sh
# Opens JShell with c5atlas on the class path and the DSL imported (examples/jshell/start.jsh).
# Needs the library built once: mvn -B -q install -DskipTests
# Usage: examples/jshell.sh [more .jsh scripts...], e.g. examples/jshell.sh examples/jshell/samarkand.jsh
set -e
examples=$(cd "$(dirname "$0")" && pwd)
classpath_file="$examples/target/jshell.classpath"
mvn -B -q -f "$examples/pom.xml" dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$classpath_file" -Dstyle.color=never >/dev/null
exec jshell --class-path "$examples/target/classes:$(cat "$classpath_file")" "$examples/jshell/start.jsh" "$@"
