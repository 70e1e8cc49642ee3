-- POST /api/v1/talent-lookups as CityAdmin with identity numbers drawn at random from the
-- generator's sample file (all four document types, in their generated shares).
--   wrk -t2 -c32 -d30s --latency -s bench/talent-lookups.lua http://127.0.0.1:5099 -- SAMPLES.json TOKEN
package.path = (debug.getinfo(1, "S").source:match("@?(.*/)") or "./") .. "?.lua;" .. package.path
local common = require("common")

local bodies
local headers

setup = common.setup
done = common.done
delay = common.delay

function init(args)
  common.seed()
  bodies = common.read_lines(args[1], '"documentType":"([^"]+)","identityNumber":"([^"]+)"', function(documentType, number)
    return string.format('{"documentType":"%s","identityNumber":"%s"}', documentType, number)
  end)
  headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. args[2] }
end

function request()
  return wrk.format("POST", "/api/v1/talent-lookups", headers, bodies[math.random(#bodies)])
end

function response(status, _, _)
  -- Every sampled number is registered: anything but 200 is a failure.
  if status ~= 200 then
    unexpected = unexpected + 1
  end
end
