#!/usr/bin/env bash
# Issue 3 benchmark: list the 2,000 members of one platform (10 pages of 200) through the gateway
# and directly from platform-service, 50 closed-loop clients, in the same run.
#
# Needs the local suite running on default ports with full JIT, started from the repo root:
#   LOCAL_SUITE_OPTS=--full-jit ./mvnw -Plocal package -DskipTests
# then, in another terminal:
#   bash infra/benchmarks/member-list-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNTRY=${COUNTRY:-KHM}
MEMBERS=${MEMBERS:-2000}
GATEWAY=${GATEWAY:-http://localhost:8080}
DIRECT=${DIRECT:-http://localhost:8081}

./mvnw -q -o -pl infra/benchmarks package -DskipTests
CP=infra/benchmarks/target/classes
# A lead of the platform, signed with the local mode's key (see LocalTokenMinter).
TOKEN=$(java -cp "$CP" org.mineaction.benchmarks.LocalTokenMinter --subject=benchmark-lead --platform="$COUNTRY:LEAD")

count=$(curl -s -H "Authorization: $TOKEN" "$GATEWAY/api/v1/platforms/$COUNTRY/members?size=1" \
  | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
count=${count:-0}
if (( count < MEMBERS )); then
  run=$(date +%s)
  for batch in $(seq 0 $(( (MEMBERS - count - 1) / 1000 ))); do
    csv=$(mktemp)
    echo "name,email,phone,organisation,category,role,language,timeZone,components" > "$csv"
    for i in $(seq 1 1000); do
      n=$(( batch * 1000 + i ))
      (( count + n > MEMBERS )) && break
      printf 'Member %d,bench%d.%s@ngo.example.org,+855 12 %06d,Benchmark NGO %d,NATIONAL_NGO,MEMBER,en,Asia/Phnom_Penh,TECHNICAL\n' \
        "$n" "$n" "$run" "$n" $(( n % 20 )) >> "$csv"
    done
    curl -s -o /dev/null -w "import batch $batch: HTTP %{http_code}\n" -X POST -H "Authorization: $TOKEN" \
      -H 'Content-Type: text/csv' --data-binary @"$csv" "$GATEWAY/api/v1/platforms/$COUNTRY/members/import"
    rm -f "$csv"
  done
fi
# Let the invitation e-mails of the import go out before measuring.
sleep ${SETTLE:-30}
curl -s -H "Authorization: $TOKEN" "$GATEWAY/api/v1/platforms/$COUNTRY/members?size=1" | sed -n 's/.*"total":\([0-9]*\).*/members in '"$COUNTRY"': \1\n/p'

java -cp "$CP" org.mineaction.benchmarks.HttpLoad --concurrency=${CONCURRENCY:-50} --warmup=${WARMUP:-20} \
  --seconds=${SECONDS_PER_TARGET:-30} --pages=$(( MEMBERS / 200 )) \
  --header="Authorization=$TOKEN" \
  --target="gateway=$GATEWAY/api/v1/platforms/$COUNTRY/members?page={page}&size=200" \
  --target="direct=$DIRECT/api/v1/platforms/$COUNTRY/members?page={page}&size=200"
