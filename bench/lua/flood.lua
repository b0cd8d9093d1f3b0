-- bench/run: the unauthenticated flood of issue 15: POST /mpinAuthenticate
-- with a random well-formed authOTT (64 hex digits, never minted, so the
-- RPS refuses it) on every request, no cookie.  One wrk thread (-t1): it
-- stops and ends wrk (SIGINT) once QUOTA answers are in; the statuses are
-- tallied (401 from the RPS, 429 from the rate limit, ...).
--   wrk -t1 -s flood.lua http://HOST/mpinAuthenticate -- QUOTA
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

function init(args)
  quota = tonumber(args[1])
  seen = 0
  json = { ["Content-Type"] = "application/json" }
  -- a seed from the kernel: two runs must not send the same authOTTs
  local f = assert(io.open("/dev/urandom", "rb"))
  local b = f:read(4)
  f:close()
  math.randomseed(b:byte(1) * 16777216 + b:byte(2) * 65536 + b:byte(3) * 256 + b:byte(4))
end

function request()
  local ott = string.format("%08x%08x%08x%08x%08x%08x%08x%08x",
    math.random(0, 4294967295), math.random(0, 4294967295), math.random(0, 4294967295),
    math.random(0, 4294967295), math.random(0, 4294967295), math.random(0, 4294967295),
    math.random(0, 4294967295), math.random(0, 4294967295))
  return wrk.format("POST", nil, json, '{"mpinResponse":{"authOTT":"' .. ott .. '"}}')
end

function response(status, headers, body)
  seen = seen + 1
  status_count(status)
  if seen == quota then
    status_flush()
    stop_wrk()
  end
end
