-- The same searches revalidated: each line of the file is a path and the ETag its answer carried;
-- the request sends it as If-None-Match and an unchanged catalogue must answer 304, no body.
--   wrk -t2 -c32 -d30s --latency -s bench/catalogue-not-modified.lua http://127.0.0.1:5097 -- ETAGS.txt
package.path = (debug.getinfo(1, "S").source:match("@?(.*/)") or "./") .. "?.lua;" .. package.path
local common = require("common")

local requests

setup = common.setup
done = common.done
delay = common.delay

function init(args)
  common.seed()
  requests = common.read_lines(args[1], "^(/%S+) (%S+)$", function(path, etag)
    return wrk.format("GET", path, { ["If-None-Match"] = etag })
  end)
end

function request()
  return requests[math.random(#requests)]
end

function response(status)
  if status ~= 304 then
    unexpected = unexpected + 1
  end
end
