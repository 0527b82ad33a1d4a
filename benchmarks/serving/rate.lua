-- Paces wrk to a fixed request rate per thread (wrk itself is closed-loop and Debian has no wrk2).
-- Usage: wrk -t T -c C -d D -s rate.lua URL -- RATE_PER_THREAD BODY_FILE
-- Each thread keeps an absolute timetable, one request every 1/RATE s, and delay() holds every connection until its
-- slot; a thread that falls behind sends at once (delay 0) until it has caught up. Latency is measured by wrk from
-- the moment a request is written, not from its slot: as long as the achieved rate equals the target, the two agree;
-- when it does not, the run is reported as saturated (see run.sh), because then waiting time is hidden
-- (coordinated omission), which wrk2 would have corrected.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } modelgate_timespec;
  int clock_gettime(int clock, modelgate_timespec *time);
]]
local now = ffi.new("modelgate_timespec")
local function millis()
  ffi.C.clock_gettime(1, now) -- CLOCK_MONOTONIC
  return tonumber(now.tv_sec) * 1000 + tonumber(now.tv_nsec) / 1e6
end

local interval
local next_slot

function init(args)
  interval = 1000 / tonumber(args[1])
  local file = assert(io.open(args[2], "rb"))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = file:read("*a")
  file:close()
end

function delay()
  local t = millis()
  if next_slot == nil then
    next_slot = t
  end
  next_slot = next_slot + interval
  local wait = next_slot - t
  if wait < 0 then
    return 0
  end
  return wait
end
