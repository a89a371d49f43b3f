#!/usr/bin/env bash
# Runs Bulwark locally: PostgreSQL, the four services on ports 8080-8083, demo traffic and a
# summary; Ctrl-C stops everything. Builds first when a service or the demo is missing or older
# than its sources. Needs only a JDK 17+. Arguments go to the demo (--once, --submissions=N).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

modules=(classifier-service action-service case-service intake-service demo)

needs_build() {
  local newest_source
  newest_source="$(find "${modules[@]/%//src}" proto/src policy/src policy-runtime/src classifier-engine/src service-auth/src \
    devstack/src policies pom.xml \
    -type f -printf '%T@\n' 2>/dev/null | sort -n | tail -1 || true)"
  for module in "${modules[@]}"; do
    local jar="$module/target/quarkus-app/quarkus-run.jar"
    [[ -f "$jar" ]] || return 0
    if [[ -n "$newest_source" ]] && awk -v s="$newest_source" -v j="$(stat -c '%Y' "$jar")" 'BEGIN { exit !(s > j) }'; then
      return 0
    fi
  done
  return 1
}

if needs_build; then
  echo "Building Bulwark (./mvnw -B -q install -DskipTests)..."
  ./mvnw -B -q install -DskipTests
fi

exec java -jar demo/target/quarkus-app/quarkus-run.jar "$@"
