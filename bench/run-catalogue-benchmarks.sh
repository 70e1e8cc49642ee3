#!/usr/bin/env bash
# Benchmarks the public training catalogue with wrk against the API itself (Release build,
# Kestrel on 127.0.0.1) on the city-scale SQLite database, and prints a table of p50, p90, p99 and
# requests/s in the format of run-talent-benchmarks.sh:
#   search        GET /api/v1/catalogue-editions/{current}/items?…   anonymous; free text in Chinese
#                 (焊工, 电工 and the other two-character words, occupation names, two terms),
#                 filters (occupation, cluster, level, institution, district, flags, training type,
#                 delivery mode) and both together; only queries that find items
#   not-modified  the same requests with If-None-Match: the ETag of their first answer → 304
# The database is generated first when it is missing (a few minutes). Everything listens on and
# talks to 127.0.0.1 only; every wrk run is bounded by its duration.
#
# Settings (environment variables, defaults in brackets):
#   DATABASE [artifacts/city.db]  PORT [5097]  THREADS [2]  CONNECTIONS [32]  DURATION [30s]
#   WARMUP [15s]  RUNS [2]  SCENARIOS ["search not-modified"]
#   RATES ["max 1000"]: the offered loads, as in run-talent-benchmarks.sh (max: closed loop; a
#     number: requests a second over all connections, each connection waiting its share first)
#   PUBLISH [0]: 1 publishes a new edition through the API first (CityAdmin, /dev/tokens), timed
#     with curl, and searches that one; it adds an edition of every approved item to the database
#   WARM_FILE_CACHE [1]: read the database file once first (bench/file-cache.sh); 0 times a cold cache
#   SERVER_SETTINGS [""]: more settings for the API, as NAME=value words
# Output: the table on stdout; wrk's own reports, the request lists and the server log in
# artifacts/bench/catalogue/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
DATABASE=$(realpath -m "${DATABASE:-$ROOT/artifacts/city.db}")
SAMPLES=$DATABASE.samples.json
PORT=${PORT:-5097}
URL=http://127.0.0.1:$PORT
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
RUNS=${RUNS:-2}
RATES=${RATES:-max 1000}
SCENARIOS=${SCENARIOS:-search not-modified}
PUBLISH=${PUBLISH:-0}
read -r -a SERVER_SETTINGS <<< "${SERVER_SETTINGS:-}"
OUT=$ROOT/artifacts/bench/catalogue
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
grep -q '^  "catalogueEdition": [0-9]' "$SAMPLES" \
  || { echo "error: $SAMPLES names no catalogue edition (generated with --catalogue-items 0?)" >&2; exit 1; }

# --- 2. The server ---------------------------------------------------------------------------
echo "==> building the API (Release)"
dotnet build -c Release "$ROOT/src/ZhuhaiArtisan.Api" -v quiet -nologo > "$OUT/build.log" 2>&1 \
  || { tail -n 30 "$OUT/build.log" >&2; exit 1; }

# shellcheck source-path=SCRIPTDIR source=file-cache.sh
source "$ROOT/bench/file-cache.sh"
warm_file_cache "$DATABASE"
echo "==> starting the API on $URL"
if curl -s -o /dev/null "$URL/health/ready"; then echo "error: something already answers on $URL: choose another PORT" >&2; exit 1; fi
# Development, as for the talent benchmarks. The public catalogue is anonymous and rate limited
# (120 requests a minute per address by default): the limit is raised, or wrk would measure 429s.
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

# The current edition: the generated one, or the latest a PUBLISH run added.
EDITION=$(curl -sf "$URL/api/v1/catalogue-editions/current" | sed -n 's/.*"number":\([0-9]*\).*/\1/p')
if [[ $PUBLISH == 1 ]]; then
  TOKEN=$(curl -sf -X POST "$URL/dev/tokens" -H 'Content-Type: application/json' -d '{"role":"CityAdmin"}' \
    | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
  published=$(curl -s -o "$OUT/publish.json" -w '%{http_code} %{time_total}\n' -X POST "$URL/api/v1/catalogue-editions" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"title":"基准测试目录"}')
  EDITION=$(sed -n 's/.*"number":\([0-9]*\).*/\1/p' "$OUT/publish.json")
  [[ ${published% *} == 201 ]] || { cat "$OUT/publish.json" >&2; exit 1; }
  echo "    published edition $EDITION of $(sed -n 's/.*"itemCount":\([0-9]*\).*/\1/p' "$OUT/publish.json") items: HTTP ${published% *} in ${published#* } s"
fi

# --- 3. The searches: built from the sample file, each kept only if it finds items ----------
json_array() { # $1 = array name in the sample file: its elements, one per line, unquoted
  awk -v name="\"$1\": \\[" '$0 ~ name { inside = 1; next } inside && /^  \]/ { exit } inside { gsub(/^ +"|",?$/, ""); print }' "$SAMPLES"
}
urlencode() { printf '%s' "$1" | od -An -v -tx1 | tr -d ' \n' | sed 's/../%&/g'; }

ITEMS=/api/v1/catalogue-editions/$EDITION/items
mapfile -t terms < <(json_array searchTerms)
mapfile -t occupations < <(json_array catalogueOccupations | head -n 20)
mapfile -t institutions < <(json_array catalogueInstitutions | head -n 20)
districts=$(grep -o '"code":"[^"]*"' "$SAMPLES" | cut -d'"' -f4)
clusters=(next-gen-it new-energy integrated-circuits biomedicine-health smart-appliances equipment-manufacturing fine-chemicals)
levels=(junior intermediate senior technician)
{
  for term in "${terms[@]}"; do echo "$ITEMS?search=$(urlencode "$term")"; done
  for term in 焊工 电工 培训 技能提升; do
    for level in "${levels[@]}"; do echo "$ITEMS?search=$(urlencode "$term")&level=$level"; done
    for cluster in "${clusters[@]}"; do echo "$ITEMS?search=$(urlencode "$term")&cluster=$cluster"; done
    echo "$ITEMS?search=$(urlencode "$term")&deliveryMode=online"
    echo "$ITEMS?search=$(urlencode "$term")&urgentlyNeeded=true"
  done
  for query in "焊工 中级工" "电工 技能提升" "培训 高级工" "焊工 学徒制"; do echo "$ITEMS?search=$(urlencode "$query")"; done
  for d in $districts; do
    echo "$ITEMS?district=$d"
    for level in "${levels[@]}"; do echo "$ITEMS?district=$d&level=$level"; done
    echo "$ITEMS?district=$d&search=$(urlencode 电工)"
  done
  for cluster in "${clusters[@]}"; do
    echo "$ITEMS?cluster=$cluster&urgentlyNeeded=true"
    echo "$ITEMS?cluster=$cluster&trainingType=skill-upgrading"
  done
  for o in "${occupations[@]}"; do echo "$ITEMS?occupation=$o"; echo "$ITEMS?occupation=$o&deliveryMode=offline"; done
  for i in "${institutions[@]}"; do echo "$ITEMS?institution=$i"; done
  echo "$ITEMS?newOccupation=true"
  echo "$ITEMS?trainingType=new-apprenticeship&search=$(urlencode 培训)"
  echo "$ITEMS?limit=50"
} > "$OUT/search-candidates.txt"
: > "$OUT/search.txt"
: > "$OUT/not-modified.txt"
while read -r path; do
  headers=$(curl -s -D - -o "$OUT/answer.json" "$URL$path" | tr -d '\r')
  if grep -q '^HTTP/1.1 200' <<< "$headers" && grep -q '"items":\[{' "$OUT/answer.json"; then
    echo "$path" >> "$OUT/search.txt"
    echo "$path $(sed -n 's/^[Ee][Tt]ag: //p' <<< "$headers")" >> "$OUT/not-modified.txt"
  fi
done < "$OUT/search-candidates.txt"
echo "    edition $EDITION: $(wc -l < "$OUT/search.txt") of $(wc -l < "$OUT/search-candidates.txt") searches find items"
for term in 焊工 电工; do
  found=$(curl -s "$URL$ITEMS?search=$(urlencode "$term")&limit=200" | grep -o '"itemId"' | wc -l)
  echo "    search=$term: $found items on the first page of 200"
  [[ $found -gt 0 ]] || { echo "error: search=$term finds nothing" >&2; exit 1; }
done

# --- 4. The runs -----------------------------------------------------------------------------
wrk_scenario() { # $1 = scenario, $2 = duration, $3 = rate (max or requests a second); wrk's report on stdout
  local args
  case $1 in
    search) args=(-s "$BENCH/catalogue-search.lua" "$URL" -- "$OUT/search.txt") ;;
    not-modified) args=(-s "$BENCH/catalogue-not-modified.lua" "$URL" -- "$OUT/not-modified.txt") ;;
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
      cores=$(nproc)
      busy=$(awk -v t=$((t1 - t0)) -v i=$((i1 - i0)) -v c="$cores" 'BEGIN { printf "%.2f", (t - i) / t * c }')
      server=$(awk -v t=$((t1 - t0)) -v s=$((s1 - s0)) -v c="$cores" 'BEGIN { printf "%.2f", s / t * c }')
      ROWS+=("$(printf '| %-12s | %5s | %3s | %8s | %7s | %7s | %7s | %6s | %4s | %5s | %5s | %4s |' \
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
echo "database: $DATABASE ($(du -h "$DATABASE" | cut -f1)); edition $EDITION; $(wc -l < "$OUT/search.txt") distinct searches"
echo
echo "| scenario     | rate  | run | req/s    | p50 ms  | p90 ms  | p99 ms  | errors | bad  | busy  | api   | load |"
echo "|--------------|-------|-----|----------|---------|---------|---------|--------|------|-------|-------|------|"
printf '%s\n' "${ROWS[@]}"
echo
echo "rate: the offered load (max: each connection sends as soon as it has its answer); req/s: what was served"
echo "errors: wrk's socket errors and 4xx/5xx answers; bad: answers the script did not expect (search: not 200 with items; not-modified: not 304)"
echo "busy: cores in use on the whole machine during the run (API + wrk + anything else); api: cores the API used"
echo "load: the 1-minute load average just before the run"
