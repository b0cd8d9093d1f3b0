-- bench/run: the summary line every wrk run of the benchmark prints.
-- Shared by the other scripts (dofile) and used alone for the hot path, where
-- wrk then sends its pre-built request (no per-request Lua).
local threads = {}
local ffi = require("ffi")
ffi.cdef [[ int kill(int pid, int sig); int getpid(void); ]]

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

-- counts kept by the per-thread scripts, summed over threads
local function sum(name)
  local n = 0
  for _, t in ipairs(threads) do n = n + (tonumber(t:get(name)) or 0) end
  return n
end

-- "401:12,429:3" strings kept by the per-thread scripts (status_count), merged
local function merged_statuses()
  local all, keys = {}, {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    if type(s) == "string" then
      for code, n in s:gmatch("(%d+):(%d+)") do
        if not all[code] then keys[#keys + 1] = code; all[code] = 0 end
        all[code] = all[code] + tonumber(n)
      end
    end
  end
  table.sort(keys)
  local out = {}
  for _, code in ipairs(keys) do out[#out + 1] = code .. ":" .. all[code] end
  return #out > 0 and table.concat(out, ",") or "-"
end

-- per-thread helpers for the scripts that look at answers: status_count
-- tallies each status, status_flush keeps the tally in the global string
-- "statuses" for done() (call it before the thread stops; it also runs every
-- 256 answers, for runs that end by time)
local status_tally, tallied = {}, 0
function status_flush()
  local parts = {}
  for code, n in pairs(status_tally) do parts[#parts + 1] = code .. ":" .. n end
  statuses = table.concat(parts, ",")
end

function status_count(status)
  status_tally[status] = (status_tally[status] or 0) + 1
  tallied = tallied + 1
  if tallied % 256 == 0 then status_flush() end
end

-- per-thread: ends the run now, from a thread's init() or response() (the
-- scripts that stop after a number of answers): the thread stops, and
-- SIGINT makes wrk print its summary at once instead of sleeping until -d
-- is over
function stop_wrk()
  wrk.thread:stop()
  ffi.C.kill(ffi.C.getpid(), 2)
end

-- the non-empty lines of a file; with nthreads, only this thread's share
-- (thread i of n takes lines i, i+n, ...)
function file_lines(file, nthreads)
  local out, i = {}, 0
  for line in io.lines(file) do
    if line ~= "" then
      if not nthreads or i % nthreads == tid then out[#out + 1] = line end
      i = i + 1
    end
  end
  return out
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f mean_ms=%.3f " ..
    "bytes=%d status_errors=%d connect_errors=%d read_errors=%d write_errors=%d " ..
    "timeouts=%d exhausted=%d ok=%d failed=%d kept_alive=%d statuses=%s\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.mean / 1000,
    summary.bytes, e.status, e.connect, e.read, e.write, e.timeout, sum("exhausted"),
    sum("ok"), sum("failed"), sum("kept_alive"), merged_statuses()))
end
