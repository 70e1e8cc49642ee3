-- GET /api/v1/catalogue-editions/{number}/items anonymously, each request one of the paths in a
-- file (one per line): free text in Chinese (two-character words such as 焊工 and 电工, longer
-- names, two terms), filters, and both together. Every path was checked to find items.
--   wrk -t2 -c32 -d30s --latency -s bench/catalogue-search.lua http://127.0.0.1:5097 -- PATHS.txt
package.path = (debug.getinfo(1, "S").source:match("@?(.*/)") or "./") .. "?.lua;" .. package.path
local common = require("common")

local paths

setup = common.setup
done = common.done
delay = common.delay

function init(args)
  common.seed()
  paths = common.read_lines(args[1], "^(/.+)$", function(path) return path end)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, _, body)
  if status ~= 200 or not body:find('"items":[{', 1, true) then
    unexpected = unexpected + 1
  end
end
