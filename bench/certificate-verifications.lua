-- POST /api/v1/certificate-verifications, anonymous, with certificate numbers and their
-- holders' names drawn at random from the generator's sample file.
--   wrk -t2 -c32 -d30s --latency -s bench/certificate-verifications.lua http://127.0.0.1:5099 -- SAMPLES.json
package.path = (debug.getinfo(1, "S").source:match("@?(.*/)") or "./") .. "?.lua;" .. package.path
local common = require("common")

local bodies
local headers = { ["Content-Type"] = "application/json" }

setup = common.setup
done = common.done
delay = common.delay

function init(args)
  common.seed()
  bodies = common.read_lines(args[1], '"certificateNumber":"([^"]+)","name":"([^"]+)"', function(number, name)
    return string.format('{"certificateNumber":"%s","name":"%s"}', number, name)
  end)
end

function request()
  return wrk.format("POST", "/api/v1/certificate-verifications", headers, bodies[math.random(#bodies)])
end

function response(status, _, body)
  -- Every pair is a real certificate with its holder's name: it must verify.
  if status ~= 200 or not body:find('"verified":true', 1, true) then
    unexpected = unexpected + 1
  end
end
