#!/usr/bin/env bash
# Measures the local mode for BENCHMARKS.md: seconds from start until all five services answer their
# readiness probe, and the total RSS of the suite (launcher JVM with mongo-java-server and GreenMail,
# the Kafka broker, the five services: the launcher and all its descendants, from /proc). Then stops it.
#
#   infra/local/measure-local.sh                  # one first start on free ports in a fresh temp folder
#   infra/local/measure-local.sh --runs=3         # three, reports each and the median
#   infra/local/measure-local.sh --data-dir=.local-measure --runs=2   # second run = warm start on kept data
#   infra/local/measure-local.sh --settle=30      # RSS also sampled 30 s after ready (default 15)
#
# Runs next to a developer's local suite (free ports). Linux only (/proc). Builds first if needed.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"

pick_java() {
  local candidate version
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    version=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  echo "measure-local: need a JDK >= 21 (set JAVA_HOME)" >&2
  return 1
}
java_bin=$(pick_java)

classpath_file=infra/local/target/classpath.txt
missing_jar=false
for module in gateway platform-service meeting-service reporting-service notification-service; do
  [ -f "$module/target/$module-exec.jar" ] || missing_jar=true
done
if [ ! -f "$classpath_file" ] || [ ! -d infra/local/target/classes ] || $missing_jar; then
  echo "measure-local: building first (./mvnw -B -q -DskipTests package)"
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$java_bin")")") ./mvnw -B -q -DskipTests package
fi

# Same launcher JVM options as the local profile (infra/local/pom.xml), so the figures are the local mode's.
exec "$java_bin" -Xmx192m -XX:+UseSerialGC \
  -cp "infra/local/target/classes:$(cat "$classpath_file")" \
  org.mineaction.local.LocalSuiteMeasure "$@"
