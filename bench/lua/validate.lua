-- bench/run: is every session still valid?  Sends the protected page once
-- with each cookie value of FILE (keep-alive connections: a connection
-- reuses a session only for the very cookie it noted, so each different
-- cookie is read from the store) and counts 200 in ok, anything else in
-- failed.  Each request asks for /page.html?v=N (N: the cookie's line) with
-- X-Bench-Check: 1, so that httpd logs its status for that line: bench/run
-- reads that log, and sends again what a socket error lost (mpm_event may
-- close a keep-alive connection just as wrk sends on it).  One wrk thread (-t1); it stops and ends wrk (SIGINT) once every
-- cookie has its answer.  Once all are sent, a connection waiting for its turn
-- sends GET /mpinAuthenticate (405, not counted); when only 405s have come
-- for 5 s, answers lost to socket errors will not come, and it stops too.
--   wrk -t1 -s validate.lua http://HOST/page.html -- FILE
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")
local ffi = require("ffi")
ffi.cdef [[ int kill(int pid, int sig); int getpid(void); ]]

function init(args)
  cookies = {}
  for line in io.lines(args[1]) do
    if line ~= "" then cookies[#cookies + 1] = line end
  end
  idx, ok, failed = 0, 0, 0
  last_answer = os.time()
  dry_run = tid == 0
  idle = wrk.format("GET", "/mpinAuthenticate", {})
  path = wrk.path
  if #cookies == 0 then
    wrk.thread:stop()
    ffi.C.kill(ffi.C.getpid(), 2)
  end
end

function request()
  -- wrk calls thread 0's request() once after init() to check what it
  -- sends (script_verify_request): that call must not use up a cookie
  if dry_run then
    dry_run = false
    return idle
  end
  idx = idx + 1
  local c = cookies[idx]
  if not c then return idle end
  return wrk.format("GET", path .. "?v=" .. idx, { Cookie = "mpin_session=" .. c, ["X-Bench-Check"] = "1" })
end

local function finish()
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
  if status == 200 then ok = ok + 1 else failed = failed + 1 end
  if ok + failed == #cookies then finish() end
end
