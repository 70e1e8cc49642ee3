#!/usr/bin/env bash
# Benchmarks the talent endpoints with wrk against the API itself (Release build, Kestrel on
# 127.0.0.1) on the city-scale SQLite database, and prints a table of p50, p99 and requests/s:
#   lookup        POST /api/v1/talent-lookups            CityAdmin; random identity numbers from the sample file
#   verify        POST /api/v1/certificate-verifications anonymous; random certificate number + holder name
#   list-first    GET  /api/v1/talents?…&limit=LIMIT       CityAdmin; first pages, by district, origin,
#                                                        job seeking, employer, school
#   list-second   the same lists' second pages, by the nextCursor of the first
# The database is generated first when it is missing (about two minutes). Everything listens on
# and talks to 127.0.0.1 only; every wrk run is bounded by its duration.
#
# Settings (environment variables, defaults in brackets):
#   DATABASE [artifacts/city.db]  PORT [5099]  THREADS [2]  CONNECTIONS [32]  DURATION [30s]
#   LIMIT [20]: the list's page size (LIMIT=1 against 20 tells a page's fixed cost from a row's)
#   WARMUP [15s]  RUNS [2]  SCENARIOS ["lookup verify list-first list-second"]
#   RATES ["max 1000"]: the offered loads, in requests a second over all connections; max sends
#     each connection's next request as soon as its answer is in (wrk's closed loop, where the
#     latency is mostly the queue of the other 31 connections' requests), a number makes every
#     connection wait its share of time first, so the latency is the server's at that load
#   WARM_FILE_CACHE [1]: read the database file once first (bench/file-cache.sh); 0 times a cold cache
#   SERVER_SETTINGS [""]: more settings for the API, as NAME=value words, e.g.
#     "Logging__LogLevel__Default=Warning"
# Output: the table on stdout; wrk's own reports and the server log in artifacts/bench/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
DATABASE=$(realpath -m "${DATABASE:-$ROOT/artifacts/city.db}")
SAMPLES=$DATABASE.samples.json
PORT=${PORT:-5099}
URL=http://127.0.0.1:$PORT
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
LIMIT=${LIMIT:-20}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
RUNS=${RUNS:-2}
RATES=${RATES:-max 1000}
SCENARIOS=${SCENARIOS:-lookup verify list-first list-second}
read -r -a SERVER_SETTINGS <<< "${SERVER_SETTINGS:-}"
OUT=$ROOT/artifacts/bench
SERVER_PID=""

command -v wrk > /dev/null || { echo "error: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
mkdir -p "$OUT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2> /dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2> /dev/null || true
  fi
  SERVER_PID=""
}
trap stop_server EXIT

# --- 1. The data set -------------------------------------------------------------------------
if [[ ! -f "$DATABASE" || ! -f "$SAMPLES" ]]; then
  echo "==> generating $DATABASE (full size)"
  dotnet run -c Release --project "$ROOT/tools/ZhuhaiArtisan.DataGenerator" -- --database "$DATABASE" --replace
fi

# --- 2. The server ---------------------------------------------------------------------------
echo "==> building the API (Release)"
dotnet build -c Release "$ROOT/src/ZhuhaiArtisan.Api" -v quiet -nologo > "$OUT/build.log" 2>&1 \
  || { tail -n 30 "$OUT/build.log" >&2; exit 1; }

# shellcheck source-path=SCRIPTDIR source=file-cache.sh
source "$ROOT/bench/file-cache.sh"
warm_file_cache "$DATABASE"
echo "==> starting the API on $URL"
# Development, so that /dev/tokens issues a CityAdmin token and the Development PersonalData keys
# (the generator's default) decrypt and hash as they were written. The anonymous rate limit
# (120 a minute per address by default) is raised, or the anonymous benchmark would measure 429s.
(
  cd "$ROOT/src/ZhuhaiArtisan.Api"
  exec env ASPNETCORE_ENVIRONMENT=Development \
    Database__ConnectionString="Data Source=$DATABASE" \
    Database__SeedDemoData=false \
    RateLimiting__AnonymousPermitLimit=1000000000 \
    "${SERVER_SETTINGS[@]}" \
    dotnet bin/Release/net10.0/ZhuhaiArtisan.Api.dll --urls "$URL"
) > "$OUT/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -sf "$URL/health/ready" > /dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2> /dev/null || { tail -n 30 "$OUT/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf "$URL/health/ready" > /dev/null || { echo "error: the API did not become ready" >&2; exit 1; }

TOKEN=$(curl -sf -X POST "$URL/dev/tokens" -H 'Content-Type: application/json' -d '{"role":"CityAdmin"}' \
  | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[[ -n "$TOKEN" ]] || { echo "error: no token from /dev/tokens" >&2; exit 1; }

# --- 3. The list requests: first pages from the samples' districts, employers and schools, ---
# --- second pages with the cursor each first page returned. ---------------------------------
json_array() { # $1 = array name in the sample file: its elements, one per line, unquoted
  awk -v name="\"$1\": \\[" '$0 ~ name { inside = 1; next } inside && /^  \]/ { exit } inside { gsub(/[ ",]/, ""); print }' "$SAMPLES"
}
districts=$(grep -o '"code":"[^"]*"' "$SAMPLES" | cut -d'"' -f4)
{
  echo "/api/v1/talents?limit=$LIMIT"
  for d in $districts; do
    echo "/api/v1/talents?district=$d&limit=$LIMIT"
    echo "/api/v1/talents?district=$d&origin=local&limit=$LIMIT"
    echo "/api/v1/talents?district=$d&origin=outside-city&limit=$LIMIT"
    echo "/api/v1/talents?district=$d&jobSeeking=seeking&limit=$LIMIT"
    echo "/api/v1/talents?district=$d&origin=local&jobSeeking=open-to-offers&limit=$LIMIT"
  done
  # The first 40 distinct employers and 20 schools, counted in awk: `head` would close the pipe
  # early, and under pipefail the writer's SIGPIPE would stop the script.
  json_array employers | awk '!seen[$0]++ && ++n <= 40' | sed 's|^|/api/v1/talents?employer=|; s|$|\&limit='"$LIMIT"'|'
  json_array schools | awk '!seen[$0]++ && ++n <= 20' | sed 's|^|/api/v1/talents?school=|; s|$|\&limit='"$LIMIT"'|'
} > "$OUT/list-first.txt"
: > "$OUT/list-second.txt"
while read -r path; do
  cursor=$(curl -sf "$URL$path" -H "Authorization: Bearer $TOKEN" | sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p')
  [[ -n "$cursor" ]] && echo "$path&cursor=$cursor" >> "$OUT/list-second.txt"
done < "$OUT/list-first.txt"
echo "    $(wc -l < "$OUT/list-first.txt") first pages, $(wc -l < "$OUT/list-second.txt") second pages"

# --- 4. The runs -----------------------------------------------------------------------------
wrk_scenario() { # $1 = scenario, $2 = duration, $3 = rate (max or requests a second); wrk's report on stdout
  local args
  case $1 in
    lookup) args=(-s "$BENCH/talent-lookups.lua" "$URL" -- "$SAMPLES" "$TOKEN") ;;
    verify) args=(-s "$BENCH/certificate-verifications.lua" "$URL" -- "$SAMPLES") ;;
    list-first) args=(-s "$BENCH/talent-list.lua" "$URL" -- "$OUT/list-first.txt" "$TOKEN") ;;
    list-second) args=(-s "$BENCH/talent-list.lua" "$URL" -- "$OUT/list-second.txt" "$TOKEN") ;;
    *) echo "unknown scenario $1" >&2; return 1 ;;
  esac
  WRK_RATE=$([[ $3 == max ]] && echo 0 || echo "$3") WRK_CONNECTIONS=$CONNECTIONS \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency "${args[@]}"
}

cpu_ticks() { # total and idle jiffies of the machine, and the server's own
  local total idle
  read -r total idle < <(awk '/^cpu / { t = 0; for (i = 2; i <= NF; i++) t += $i; print t, $5 + $6 }' /proc/stat)
  echo "$total $idle $(awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat")"
}

field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<< "$2"; }

ROWS=()
for scenario in $SCENARIOS; do
  echo "==> $scenario: warm-up $WARMUP"
  wrk_scenario "$scenario" "$WARMUP" max > "$OUT/$scenario-warmup.txt"
  for rate in $RATES; do
    for run in $(seq 1 "$RUNS"); do
      load=$(cut -d' ' -f1 /proc/loadavg)
      read -r t0 i0 s0 < <(cpu_ticks)
      wrk_scenario "$scenario" "$DURATION" "$rate" > "$OUT/$scenario-$rate-$run.txt"
      read -r t1 i1 s1 < <(cpu_ticks)
      result=$(grep '^RESULT' "$OUT/$scenario-$rate-$run.txt")
      # Both counters are in jiffies; the machine's sums all its cores, so its busy share scales to cores.
      cores=$(nproc)
      busy=$(awk -v t=$((t1 - t0)) -v i=$((i1 - i0)) -v c="$cores" 'BEGIN { printf "%.2f", (t - i) / t * c }')
      server=$(awk -v t=$((t1 - t0)) -v s=$((s1 - s0)) -v c="$cores" 'BEGIN { printf "%.2f", s / t * c }')
      ROWS+=("$(printf '| %-11s | %5s | %3s | %8s | %7s | %7s | %7s | %6s | %4s | %5s | %5s | %4s |' \
        "$scenario" "$rate" "$run" "$(field rps "$result")" "$(field p50_ms "$result")" "$(field p90_ms "$result")" "$(field p99_ms "$result")" \
        "$(field errors "$result")" "$(field unexpected "$result")" "$busy" "$server" "$load")")
      echo "    $rate, run $run: $result"
    done
  done
done

stop_server

# --- 5. The table ----------------------------------------------------------------------------
echo
echo "$(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up"
echo "database: $DATABASE ($(du -h "$DATABASE" | cut -f1))"
echo
echo "| scenario    | rate  | run | req/s    | p50 ms  | p90 ms  | p99 ms  | errors | bad  | busy  | api   | load |"
echo "|-------------|-------|-----|----------|---------|---------|---------|--------|------|-------|-------|------|"
printf '%s\n' "${ROWS[@]}"
echo
echo "rate: the offered load (max: each connection sends as soon as it has its answer); req/s: what was served"
echo "errors: wrk's socket errors and non-2xx; bad: answers the script did not expect (not found, not verified, empty page)"
echo "busy: cores in use on the whole machine during the run (API + wrk + anything else); api: cores the API used"
echo "load: the 1-minute load average just before the run"
