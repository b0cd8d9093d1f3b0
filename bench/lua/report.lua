-- bench/run: the summary line every wrk run of the benchmark prints.
-- Shared by the other scripts (dofile) and used alone for the hot path, where
-- wrk then sends its pre-built request (no per-request Lua).
local threads = {}

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

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f mean_ms=%.3f " ..
    "bytes=%d status_errors=%d connect_errors=%d read_errors=%d write_errors=%d " ..
    "timeouts=%d exhausted=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.mean / 1000,
    summary.bytes, e.status, e.connect, e.read, e.write, e.timeout, sum("exhausted")))
end
