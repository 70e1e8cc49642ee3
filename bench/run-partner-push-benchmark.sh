#!/usr/bin/env bash
# Times 技行珠海's bulk push end to end with curl against the API itself (Release build, Kestrel on
# 127.0.0.1) on the city-scale SQLite database:
#   enrolments   POST /api/v1/partner-pushes/enrolments, ROWS rows (10,000, the most one call
#                takes): generated talents by identity document into online classes still open, from the sample
#                file, as many per class as it has seats left
#   replay       the same body with the same Idempotency-Key: the first answer again
#   re-push      the same body with a new Idempotency-Key: every row unchanged, nothing written
#   attendance   POST /api/v1/partner-pushes/attendance: one session of 4 hours for each enrolment
#                just pushed, named by the partner's own enrolment ids
#   completions  POST /api/v1/partner-pushes/completions: a passed assessment for each of them on its
#                class's last day, the trainee by identity document (recorded, and found short of
#                the hours the item plans: each completion is kept as rejected, naming the mismatch)
# The partner is registered, and its API key issued, through the API as CityAdmin (/dev/tokens,
# Development): the generated database has no partner of its own. Every run pushes new external
# ids and takes new seats, so it can be repeated on the same database until the sample's classes
# are full. The database is generated first when it is missing.
#
# Settings (environment variables, defaults in brackets):
#   DATABASE [artifacts/city.db]  PORT [5096]  ROWS [10000]  RUNS [2]
#   WARM_FILE_CACHE [1]: read the database file once first (bench/file-cache.sh); 0 times a cold cache
#   SERVER_SETTINGS [""]: more settings for the API, as NAME=value words
# Output: a table on stdout; the request bodies, answers and the server log in artifacts/bench/push/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATABASE=$(realpath -m "${DATABASE:-$ROOT/artifacts/city.db}")
SAMPLES=$DATABASE.samples.json
PORT=${PORT:-5096}
URL=http://127.0.0.1:$PORT
ROWS=${ROWS:-10000}
RUNS=${RUNS:-2}
read -r -a SERVER_SETTINGS <<< "${SERVER_SETTINGS:-}"
OUT=$ROOT/artifacts/bench/push
SERVER_PID=""

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
if curl -s -o /dev/null "$URL/health/ready"; then echo "error: something already answers on $URL: choose another PORT" >&2; exit 1; fi
(
  cd "$ROOT/src/ZhuhaiArtisan.Api"
  exec env ASPNETCORE_ENVIRONMENT=Development \
    Database__ConnectionString="Data Source=$DATABASE" \
    Database__SeedDemoData=false \
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

json_field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p" | head -n 1; }

# --- 3. The partner and its key --------------------------------------------------------------
TOKEN=$(curl -sf -X POST "$URL/dev/tokens" -H 'Content-Type: application/json' -d '{"role":"CityAdmin"}' | json_field accessToken)
[[ -n "$TOKEN" ]] || { echo "error: no token from /dev/tokens" >&2; exit 1; }
CODE=bench-push-$(date +%s)
CLIENT=$(curl -sf -X POST "$URL/api/v1/partner-clients" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"code\":\"$CODE\",\"name\":\"技行珠海（基准测试）\"}" | json_field id)
KEY=$(curl -sf -X POST "$URL/api/v1/partner-clients/$CLIENT/api-keys" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"benchmark"}' | json_field key)
[[ -n "$KEY" ]] || { echo "error: no API key issued" >&2; exit 1; }
echo "    partner $CODE ($CLIENT), key ${KEY:0:8}…"

# --- 4. The classes with seats left, and the talents ------------------------------------------
json_array() { # $1 = array name in the sample file: its elements, one per line
  awk -v name="\"$1\": \\[" '$0 ~ name { inside = 1; next } inside && /^  \]/ { exit } inside { sub(/^ +/, ""); sub(/,$/, ""); print }' "$SAMPLES"
}
# A partner names by id only the talents it enrolled before: these are pushed by identity document.
mapfile -t talents < <(json_array identities | sed -n 's/.*\("documentType":"[^"]*","identityNumber":"[^"]*"\).*/{\1}/p')
mapfile -t classes < <(json_array pushableClasses | sed -n 's/.*"classId":"\([^"]*\)".*/\1/p')
(( ${#talents[@]} >= ROWS )) || { echo "error: the sample file has ${#talents[@]} talents, fewer than ROWS=$ROWS" >&2; exit 1; }

push() { # $1 = kind, $2 = body file, $3 = Idempotency-Key, $4 = answer file; prints "status seconds"
  curl -s -o "$4" -w '%{http_code} %{time_total}\n' -X POST "$URL/api/v1/partner-pushes/$1" \
    -H "X-Api-Key: $KEY" -H "Idempotency-Key: $3" -H 'Content-Type: application/json' --data-binary "@$2"
}
count() { grep -o "\"$1\":[0-9]*" "$2" | head -n 1 | cut -d: -f2; }
seats_taken() { # enrolled count summed over the classes of this run
  local sum=0 n
  for class in "${used[@]}"; do
    n=$(curl -sf "$URL/api/v1/training-classes/$class" -H "X-Api-Key: $KEY" | json_field enrolledCount)
    sum=$((sum + n))
  done
  echo "$sum"
}

TABLE=()
row() { TABLE+=("$(printf '| %-11s | %3s | %6s | %7s | %9s | %8s | %9.2f | %8s | %4s |' "$@")"); }
next_class=0
for run in $(seq 1 "$RUNS"); do
  tag=$CODE-$run
  # Fill classes in sample order, each with the seats it has left, until ROWS enrolments.
  used=(); starts=()
  : > "$OUT/plan-$run.txt"
  planned=0
  while (( planned < ROWS && next_class < ${#classes[@]} )); do
    class=${classes[$next_class]}; next_class=$((next_class + 1))
    answer=$(curl -sf "$URL/api/v1/training-classes/$class" -H "X-Api-Key: $KEY") || continue
    left=$(json_field seatsLeft <<< "$answer"); start=$(json_field startDate <<< "$answer"); end=$(json_field endDate <<< "$answer")
    (( left > 0 )) || continue
    take=$(( left < ROWS - planned ? left : ROWS - planned ))
    echo "$class $start $take $end" >> "$OUT/plan-$run.txt"
    used+=("$class")
    planned=$((planned + take))
  done
  (( planned == ROWS )) || { echo "error: the sample's classes have only $planned seats left; generate the database again" >&2; exit 1; }

  # Talent i of the sample goes to the i-th seat, shifted by a different amount each run, so no talent is in a class twice.
  printf '%s\n' "${talents[@]}" > "$OUT/talents.txt"
  awk -v tag="$tag" -v shift=$(( ($(date +%s) * 7919 + run * 3571) % ${#talents[@]} )) \
      -v attendance="$OUT/attendance-$run.json" -v completions="$OUT/completions-$run.json" '
    NR == FNR { t[++n] = $0; next }
    FNR == 1 { printf "{\"rows\":["; printf "{\"rows\":[" > attendance; printf "{\"rows\":[" > completions }
    { for (k = 0; k < $3; k++) {
        i++; sep = i > 1 ? "," : ""; trainee = t[(i + shift - 1) % n + 1]
        printf "%s{\"externalId\":\"%s-e%d\",\"classId\":\"%s\",\"trainee\":%s}", sep, tag, i, $1, trainee
        printf "%s{\"externalId\":\"%s-a%d\",\"enrolmentExternalId\":\"%s-e%d\",\"sessionDate\":\"%s\",\"hours\":4}", sep, tag, i, tag, i, $2 > attendance
        printf "%s{\"externalId\":\"%s-c%d\",\"classId\":\"%s\",\"trainee\":%s,\"result\":\"passed\",\"completedOn\":\"%s\"}", sep, tag, i, $1, trainee, $4 > completions } }
    END { print "]}"; print "]}" > attendance; print "]}" > completions }' "$OUT/talents.txt" "$OUT/plan-$run.txt" > "$OUT/enrolments-$run.json"

  before=$(seats_taken)
  load=$(cut -d' ' -f1 /proc/loadavg)
  read -r status seconds < <(push enrolments "$OUT/enrolments-$run.json" "$tag-enrolments" "$OUT/enrolments-$run-answer.json")
  row enrolments "$run" "$status" "$(count created "$OUT/enrolments-$run-answer.json")" "$(count unchanged "$OUT/enrolments-$run-answer.json")" \
    "$(count rejected "$OUT/enrolments-$run-answer.json")" "$seconds" "${#used[@]}" "$load"
  after=$(seats_taken)

  read -r status seconds < <(push enrolments "$OUT/enrolments-$run.json" "$tag-enrolments" "$OUT/replay-$run-answer.json")
  row replay "$run" "$status" "$(count created "$OUT/replay-$run-answer.json")" "$(count unchanged "$OUT/replay-$run-answer.json")" \
    "$(count rejected "$OUT/replay-$run-answer.json")" "$seconds" "${#used[@]}" "$(cut -d' ' -f1 /proc/loadavg)"
  read -r status seconds < <(push enrolments "$OUT/enrolments-$run.json" "$tag-enrolments-again" "$OUT/repush-$run-answer.json")
  row re-push "$run" "$status" "$(count created "$OUT/repush-$run-answer.json")" "$(count unchanged "$OUT/repush-$run-answer.json")" \
    "$(count rejected "$OUT/repush-$run-answer.json")" "$seconds" "${#used[@]}" "$(cut -d' ' -f1 /proc/loadavg)"
  unchanged=$(seats_taken)

  read -r status seconds < <(push attendance "$OUT/attendance-$run.json" "$tag-attendance" "$OUT/attendance-$run-answer.json")
  row attendance "$run" "$status" "$(count created "$OUT/attendance-$run-answer.json")" "$(count unchanged "$OUT/attendance-$run-answer.json")" \
    "$(count rejected "$OUT/attendance-$run-answer.json")" "$seconds" "${#used[@]}" "$(cut -d' ' -f1 /proc/loadavg)"
  read -r status seconds < <(push completions "$OUT/completions-$run.json" "$tag-completions" "$OUT/completions-$run-answer.json")
  row completions "$run" "$status" "$(count created "$OUT/completions-$run-answer.json")" "$(count unchanged "$OUT/completions-$run-answer.json")" \
    "$(count rejected "$OUT/completions-$run-answer.json")" "$seconds" "${#used[@]}" "$(cut -d' ' -f1 /proc/loadavg)"
  echo "    run $run: seats taken in its ${#used[@]} classes $before → $after after the push, $unchanged after the replays"
  (( unchanged == after )) || { echo "error: a replay changed the seats taken" >&2; exit 1; }
done

stop_server

echo
echo "$(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; database: $DATABASE ($(du -h "$DATABASE" | cut -f1)); $ROWS rows a push"
echo
echo "| push        | run | status | created | unchanged | rejected | seconds   | classes  | load |"
echo "|-------------|-----|--------|---------|-----------|----------|-----------|----------|------|"
printf '%s\n' "${TABLE[@]}"
echo
echo "seconds: curl's time_total, from the first byte sent to the last byte of the answer (row-level results for every row)"
echo "replay: the same body and Idempotency-Key (the first answer again); re-push: the same body under a new key (every row unchanged)"
echo "load: the 1-minute load average just before the push"
