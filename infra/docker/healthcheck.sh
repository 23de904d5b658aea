#!/bin/bash
# Container health check for the services: GET a path (default: the readiness probe) on
# localhost:$SERVER_PORT and succeed only on HTTP 200. Plain bash (/dev/tcp), so the image needs
# neither curl nor wget.
#   healthcheck.sh [/actuator/health/readiness]
set -u
port="${SERVER_PORT:-8080}"
path="${1:-/actuator/health/readiness}"

exec 3<>"/dev/tcp/127.0.0.1/${port}" 2>/dev/null || { echo "nothing listens on port ${port}"; exit 1; }
printf 'GET %s HTTP/1.1\r\nHost: localhost:%s\r\nUser-Agent: healthcheck\r\nConnection: close\r\n\r\n' \
  "$path" "$port" >&3
IFS= read -r -t 4 status <&3 || { echo "no answer from port ${port}"; exit 1; }
exec 3<&- 3>&-
status="${status%$'\r'}"
case "$status" in
  "HTTP/1."[01]" 200"*) exit 0 ;;
  *) echo "${path}: ${status}"; exit 1 ;;
esac
