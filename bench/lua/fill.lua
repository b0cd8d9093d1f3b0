-- bench/run: real logins to fill a session store.  Posts each pre-minted
-- authOTT of FILE once to /mpinAuthenticate and writes the mpin_session
-- cookie value of every successful login to COOKIES, one a line.  One wrk
-- thread (-t1): it stops and ends wrk (SIGINT) once every login has its
-- answer.  Once the authOTTs are all sent, a connection waiting for its turn
-- sends GET /mpinAuthenticate (405, not counted), so no login is sent twice.
-- A login lost to a socket error never gets an answer: when only 405s have
-- come for 5 s, the thread stops too (the BENCH line's errors say what was lost).
--   wrk -t1 -s fill.lua http://HOST/mpinAuthenticate -- FILE COOKIES
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")
local ffi = require("ffi")
ffi.cdef [[ int kill(int pid, int sig); int getpid(void); ]]

function init(args)
  otts = {}
  for line in io.lines(args[1]) do
    if line ~= "" then otts[#otts + 1] = line end
  end
  out = assert(io.open(args[2], "w"))
  idx, ok, failed = 0, 0, 0
  last_answer = os.time()
  dry_run = tid == 0
  json = { ["Content-Type"] = "application/json" }
  idle = wrk.format("GET", nil, {})
end

function request()
  -- wrk calls thread 0's request() once after init() to check what it
  -- sends (script_verify_request): that call must not use up a login
  if dry_run then
    dry_run = false
    return idle
  end
  idx = idx + 1
  local ott = otts[idx]
  if not ott then return idle end
  return wrk.format("POST", nil, json, '{"mpinResponse":{"authOTT":"' .. ott .. '"}}')
end

local function finish()
  out:close()
  status_flush()
  wrk.thread:stop()
  ffi.C.kill(ffi.C.getpid(), 2)
end

function response(status, headers, body)
  if status == 405 then
    if os.time() - last_answer >= 5 then finish() end
    return
  end
  last_answer = os.time()
  status_count(status)
  local c = status == 200 and headers["Set-Cookie"]
  c = c and c:match("^mpin_session=([^;]+)")
  if c then
    out:write(c, "\n")
    ok = ok + 1
  else
    failed = failed + 1
  end
  if ok + failed == #otts then finish() end
end
