-- Shared by the talent benchmarks: per-thread random streams with fixed seeds (the same
-- requests on every run), a count of answers that were not what the script expected, and one
-- machine-readable result line for the runner.
local common = {}

local threads = {}
local next_id = 0

function common.setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

function common.seed()
  math.randomseed(1000 + (id or 0))
  unexpected = 0
end

-- The generator's sample file has one array element per line, so a pattern per line reads it.
function common.read_lines(path, pattern, format)
  local values = {}
  for line in io.lines(path) do
    local captures = { line:match(pattern) }
    if #captures > 0 then
      values[#values + 1] = format((table.unpack or unpack)(captures))
    end
  end
  assert(#values > 0, "nothing matching " .. pattern .. " in " .. path)
  return values
end

-- The runner's RATE (requests a second over all connections; unset or 0: as fast as they go). Each
-- connection waits before its next request for the share of time the rate gives it, so the
-- latency measured is the server's at that load, not a queue of requests piling up behind it.
local rate = tonumber(os.getenv("WRK_RATE") or "0")
local connections = tonumber(os.getenv("WRK_CONNECTIONS") or "1")
if rate > 0 then
  local wait_ms = connections * 1000 / rate
  function common.delay()
    return wait_ms
  end
end

function common.done(summary, latency, requests)
  local total_unexpected = 0
  for _, thread in ipairs(threads) do
    total_unexpected = total_unexpected + (thread:get("unexpected") or 0)
  end
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d unexpected=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, errors, total_unexpected))
end

return common
