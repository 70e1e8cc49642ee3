-- GET /api/v1/talents as CityAdmin, each request one of the paths in a file (one per line):
-- first pages with filters, or second pages with the cursor the first page returned.
--   wrk -t2 -c32 -d30s --latency -s bench/talent-list.lua http://127.0.0.1:5099 -- PATHS.txt TOKEN
package.path = (debug.getinfo(1, "S").source:match("@?(.*/)") or "./") .. "?.lua;" .. package.path
local common = require("common")

local paths
local headers

setup = common.setup
done = common.done
delay = common.delay

function init(args)
  common.seed()
  paths = common.read_lines(args[1], "^(/.+)$", function(path) return path end)
  headers = { ["Authorization"] = "Bearer " .. args[2] }
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

function response(status, _, body)
  if status ~= 200 or not body:find('"items":[{', 1, true) then
    unexpected = unexpected + 1
  end
end
