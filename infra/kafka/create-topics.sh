#!/bin/sh
# Creates the topics listed in topics.yaml on a running cluster; safe to run again (--if-not-exists).
# Used by the one-shot `kafka-topics` container in infra/compose.yaml (apache/kafka image: busybox
# sh and awk, no YAML library), so it reads only the simple shape documented in topics.yaml.
#
#   BOOTSTRAP_SERVERS       where to connect                       (default localhost:9092)
#   TOPICS_FILE             the topic list                         (default: topics.yaml next to this script)
#   MAX_REPLICATION_FACTOR  cap for replicationFactor (brokers)    (default 1)
#   KAFKA_TOPICS            the kafka-topics tool                  (default /opt/kafka/bin/kafka-topics.sh)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
TOPICS_FILE="${TOPICS_FILE:-$here/topics.yaml}"
BOOTSTRAP_SERVERS="${BOOTSTRAP_SERVERS:-localhost:9092}"
MAX_REPLICATION_FACTOR="${MAX_REPLICATION_FACTOR:-1}"
KAFKA_TOPICS="${KAFKA_TOPICS:-/opt/kafka/bin/kafka-topics.sh}"

[ -r "$TOPICS_FILE" ] || { echo "create-topics: cannot read $TOPICS_FILE" >&2; exit 2; }

# One line per topic: name <TAB> partitions <TAB> replication factor <TAB> key=value key=value ...
list_topics() {
  awk -v max_rf="$MAX_REPLICATION_FACTOR" '
    function value(line,   v) {
      v = line
      sub(/^[^:]*:[ \t]*/, "", v)
      sub(/[ \t]+$/, "", v)
      gsub(/^["\047]|["\047]$/, "", v)
      return v
    }
    function key(line,   k) {
      k = line
      sub(/^[ \t-]*/, "", k)
      sub(/[ \t]*:.*$/, "", k)
      return k
    }
    function indent(line,   i) {
      match(line, /^[ ]*/)
      return RLENGTH
    }
    function flush(   p, r) {
      if (name == "") return
      p = (partitions != "") ? partitions : default_partitions
      r = (rf != "") ? rf : default_rf
      if (p == "") p = 1
      if (r == "") r = 1
      if (r + 0 > max_rf + 0) r = max_rf
      printf "%s\t%s\t%s\t%s\n", name, p, r, configs
      name = ""; partitions = ""; rf = ""; configs = ""; in_config = 0
    }
    { sub(/[ \t]+#.*$/, ""); sub(/^#.*$/, "") }
    /^[ \t]*$/ { next }
    /^defaults:/ { flush(); section = "defaults"; next }
    /^topics:/   { flush(); section = "topics"; next }
    /^[^ ]/      { flush(); section = ""; next }
    section == "defaults" {
      if (key($0) == "partitions") default_partitions = value($0)
      if (key($0) == "replicationFactor") default_rf = value($0)
      next
    }
    section == "topics" && /^[ ]*- / {
      flush()
      in_config = 0
      if (key($0) == "name") name = value($0)
      next
    }
    section == "topics" {
      if (in_config && indent($0) > config_indent) {
        configs = configs (configs == "" ? "" : " ") key($0) "=" value($0)
        next
      }
      in_config = 0
      k = key($0)
      if (k == "name") name = value($0)
      else if (k == "partitions") partitions = value($0)
      else if (k == "replicationFactor") rf = value($0)
      else if (k == "config") { in_config = 1; config_indent = indent($0) }
      next
    }
    END { flush() }
  ' "$TOPICS_FILE"
}

tab=$(printf '\t')
count=0
list_topics > "${TMPDIR:-/tmp}/topics.$$"
trap 'rm -f "${TMPDIR:-/tmp}/topics.$$"' EXIT
while IFS="$tab" read -r name partitions rf configs; do
  set -- --bootstrap-server "$BOOTSTRAP_SERVERS" --create --if-not-exists \
    --topic "$name" --partitions "$partitions" --replication-factor "$rf"
  for c in $configs; do
    set -- "$@" --config "$c"
  done
  echo "create-topics: $name (partitions $partitions, replication $rf${configs:+, $configs})"
  "$KAFKA_TOPICS" "$@"
  count=$((count + 1))
done < "${TMPDIR:-/tmp}/topics.$$"

[ "$count" -gt 0 ] || { echo "create-topics: no topics found in $TOPICS_FILE" >&2; exit 3; }
echo "create-topics: $count topics ensured on $BOOTSTRAP_SERVERS"
