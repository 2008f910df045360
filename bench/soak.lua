-- wrk script for bench/soak.sh: the requests of ../shared/bench/wrk-rotate.lua (one drawn at random
-- per call from LOAD_REQUESTS_FILE), plus a count of the answers by HTTP status, printed at the end
-- as one line: STATUSES 200=n 404=n ...
dofile(assert(os.getenv("ROTATE_LUA"), "set ROTATE_LUA to the path of wrk-rotate.lua"))

local threads = {}
local rotate_setup = setup
local rotate_init = init
local rotate_done = done

function setup(thread)
  rotate_setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  rotate_init(args)
  statuses = {}
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  rotate_done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses") or {}) do
      total[status] = (total[status] or 0) + n
    end
  end
  local keys = {}
  for status in pairs(total) do keys[#keys + 1] = status end
  table.sort(keys)
  local parts = {}
  for _, status in ipairs(keys) do parts[#parts + 1] = status .. "=" .. total[status] end
  io.write("STATUSES " .. table.concat(parts, " ") .. "\n")
end
