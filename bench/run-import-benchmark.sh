#!/usr/bin/env bash
# Times a talent import end to end against the API itself (Release build, Kestrel on 127.0.0.1):
# a CSV file of ROWS new talents is uploaded with POST /api/v1/talent-imports as CityAdmin, and the
# import is polled every 100 ms until it has completed. Prints the upload's answer time, the time
# until completed, the import's own startedAt → finishedAt, and the server's phase timings.
#
# The file holds valid resident identity numbers of people born in one year before 1965, so none
# can be one the data generator wrote (it writes ages 18 to 60) nor one an earlier run imported:
# each file takes the next year (artifacts/bench/import-next-year), and every row is accepted.
#
# A freshly started server first imports WARMUP_IMPORTS smaller files (WARMUP_ROWS each), as a
# server that has run for a while has, polls the status 300 times and waits SETTLE_SECONDS: the
# first import after a start also pays for compiling the code it runs (≈4 s of JIT on two cores
# for 100,000 rows), and after a single 10,000-row one the runtime was still recompiling the
# import's code optimised (with profile guidance) during the next (15–17 % of the samples in the
# JIT). Every import is printed; set WARMUP_ROWS=0 to time a cold server.
#
# Settings (environment variables, defaults in brackets):
#   DATABASE [artifacts/city.db, generated first when missing]  PORT [5098]  ROWS [100000]
#   WARMUP_ROWS [10000]  WARMUP_IMPORTS [2]  SETTLE_SECONDS [10]
#   WARM_FILE_CACHE [1]: read the database file once first (bench/file-cache.sh); 0 times a cold cache
#   SERVER_SETTINGS [""]: more settings for the API, as NAME=value words
# Output: the timings on stdout; the file, the answers and the server log in artifacts/bench/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATABASE=$(realpath -m "${DATABASE:-$ROOT/artifacts/city.db}")
PORT=${PORT:-5098}
URL=http://127.0.0.1:$PORT
ROWS=${ROWS:-100000}
WARMUP_ROWS=${WARMUP_ROWS:-10000}
WARMUP_IMPORTS=${WARMUP_IMPORTS:-2}
read -r -a SERVER_SETTINGS <<< "${SERVER_SETTINGS:-}"
OUT=$ROOT/artifacts/bench
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

now() { date +%s.%N; }
cpu_seconds() { # the server's user + system CPU time so far
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$SERVER_PID/stat"
}
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# --- 1. The data set and the file ------------------------------------------------------------
if [[ ! -f "$DATABASE" ]]; then
  echo "==> generating $DATABASE (full size)"
  dotnet run -c Release --project "$ROOT/tools/ZhuhaiArtisan.DataGenerator" -- --database "$DATABASE" --replace
fi

(( ROWS <= 336000 && WARMUP_ROWS <= 336000 )) || { echo "error: at most 336000 rows fit one birth year" >&2; exit 1; }

# write_file ROWS FILE: ROWS new talents born in the next free year.
write_file() {
  local rows=$1 csv=$2 year
  year=$(cat "$OUT/import-next-year" 2> /dev/null || echo 1964)
  (( year >= 1900 )) || { echo "error: no birth year left before 1900; regenerate the database" >&2; exit 1; }
  echo $(( year - 1 )) > "$OUT/import-next-year"
  echo "==> writing $rows rows born in $year to $csv"
  # 香洲区 address code, a valid date of that year, a serial; the GB 11643 MOD 11-2 check character.
  awk -v rows="$rows" -v year="$year" 'BEGIN {
    split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", weight, " ")
    split("1 0 X 9 8 7 6 5 4 3 2", check, " ")
    # Space-separated, as awk may count bytes rather than characters.
    split("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 梁", surname, " ")
    split("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 华 建 国 志 红 燕 斌", given, " ")
    split("440402 440403 440404 ZH-GX ZH-JK", districts, " ")
    print "name,documentType,identityNumber,phone,residenceDistrictCode,origin,jobSeekingStatus,wishedOccupationCodes"
    for (i = 0; i < rows; i++) {
      day = i % 336; serial = int(i / 336)
      body = sprintf("440402%04d%02d%02d%03d", year, int(day / 28) + 1, day % 28 + 1, serial)
      sum = 0
      for (k = 1; k <= 17; k++) sum += substr(body, k, 1) * weight[k]
      name = surname[i % 20 + 1] given[i % 29 + 1] given[int(i / 29) % 29 + 1]
      printf "%s,resident-identity-card,%s%s,139%08d,%s,%s,seeking,6-18-02-04\n", name, body, check[sum % 11 + 1], i, districts[i % 5 + 1], (i % 3 ? "local" : "outside-city")
    }
  }' > "$csv"
}

CSV=$OUT/import-$ROWS.csv
write_file "$ROWS" "$CSV"
WARMUP_CSVS=()
for (( w = 1; w <= WARMUP_IMPORTS && WARMUP_ROWS > 0; w++ )); do
  WARMUP_CSVS+=("$OUT/import-warmup-$w-$WARMUP_ROWS.csv")
  write_file "$WARMUP_ROWS" "${WARMUP_CSVS[-1]}"
done

# --- 2. The server ---------------------------------------------------------------------------
echo "==> building the API (Release)"
dotnet build -c Release "$ROOT/src/ZhuhaiArtisan.Api" -v quiet -nologo > "$OUT/build.log" 2>&1 \
  || { tail -n 30 "$OUT/build.log" >&2; exit 1; }
# shellcheck source-path=SCRIPTDIR source=file-cache.sh
source "$ROOT/bench/file-cache.sh"
warm_file_cache "$DATABASE"
echo "==> starting the API on $URL"
(
  cd "$ROOT/src/ZhuhaiArtisan.Api"
  exec env ASPNETCORE_ENVIRONMENT=Development \
    Database__ConnectionString="Data Source=$DATABASE" \
    Database__SeedDemoData=false \
    Logging__LogLevel__Default=Warning \
    Logging__LogLevel__ZhuhaiArtisan.Application.Talents.ProcessTalentImport=Information \
    "${SERVER_SETTINGS[@]}" \
    dotnet bin/Release/net10.0/ZhuhaiArtisan.Api.dll --urls "$URL"
) > "$OUT/import-server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -sf "$URL/health/ready" > /dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2> /dev/null || { tail -n 30 "$OUT/import-server.log" >&2; exit 1; }
  sleep 0.5
done
TOKEN=$(curl -sf -X POST "$URL/dev/tokens" -H 'Content-Type: application/json' -d '{"role":"CityAdmin"}' \
  | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[[ -n "$TOKEN" ]] || { echo "error: no token from /dev/tokens" >&2; exit 1; }

# --- 3. The imports --------------------------------------------------------------------------
# import_file FILE ROWS: uploads the file, polls until the import has finished, prints the timings.
import_file() {
  local csv=$1 rows=$2 cpu_start start accepted location status done cpu_done
  echo "==> uploading $(du -h "$csv" | cut -f1) ($rows rows)"
  cpu_start=$(cpu_seconds)
  start=$(now)
  location=$(curl -sf -D - -o "$OUT/import-accepted.json" -X POST "$URL/api/v1/talent-imports" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary "@$csv" \
    | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  accepted=$(now)
  [[ -n "$location" ]] || { echo "error: the upload was not accepted" >&2; cat "$OUT/import-accepted.json" >&2; exit 1; }
  status=""
  until [[ "$status" == completed || "$status" == failed ]]; do
    sleep 0.1
    curl -sf "$URL$location" -H "Authorization: Bearer $TOKEN" > "$OUT/import-result.json"
    status=$(sed -n 's/.*"status":"\([a-z]*\)".*/\1/p' "$OUT/import-result.json")
  done
  done=$(now)
  cpu_done=$(cpu_seconds)

  echo
  echo "import of $rows rows on $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), load before: $(cut -d' ' -f1 /proc/loadavg)"
  echo "  upload answered 202 after   $(seconds "$start" "$accepted") s"
  echo "  completed after             $(seconds "$start" "$done") s   (status: $status)"
  echo "  CPU time of the API         $(seconds "$cpu_start" "$cpu_done") s   (load after: $(cut -d' ' -f1 /proc/loadavg))"
  { cat "$OUT/import-result.json"; echo; } | sed -n 's/.*"acceptedCount":\([0-9]*\),"rejectedCount":\([0-9]*\).*/  accepted \1, rejected \2/p'
  # The worker logs its phases just after the commit the poll saw.
  local id=${location##*/}
  for _ in $(seq 1 50); do
    grep -q "Talent import $id.* written in" "$OUT/import-server.log" && break
    sleep 0.1
  done
  grep -o "Talent import $id.* written in [0-9.]* s" "$OUT/import-server.log" | sed 's/^/  server: /'
  echo
  LAST_LOCATION=$location
  [[ "$status" == completed ]]
}

if (( ${#WARMUP_CSVS[@]} > 0 )); then
  for csv in "${WARMUP_CSVS[@]}"; do
    echo "==> warm-up"
    import_file "$csv" "$WARMUP_ROWS"
  done
  # The runtime compiles a method again, optimised, only after it has run often enough: the
  # status poll (token validation, the query) has run a few dozen times here, against thousands
  # on a server that has been running. Poll it as often, then let the background compilation
  # finish, so that the measured import is not also paying for compiling the poll.
  for _ in $(seq 1 300); do
    curl -sf "$URL$LAST_LOCATION" -H "Authorization: Bearer $TOKEN" > /dev/null
  done
  sleep "${SETTLE_SECONDS:-10}"
  echo "==> measured"
fi
import_file "$CSV" "$ROWS"
