-- bench/run: is every session still valid?  Sends the protected page once
-- with each cookie value of FILE (keep-alive connections: a connection
-- reuses a session only for the very cookie it noted, so each different
-- cookie is read from the store) and counts 200 in ok, anything else in
-- failed.  Each request asks for /page.html?v=N (N: the cookie's line) with
-- X-Bench-Check: 1, so that httpd logs its status for that line: bench/run
-- reads that log, and sends again what a socket error lost (mpm_event may
-- close a keep-alive connection just as wrk sends on it).  One wrk thread
-- (-t1); each cookie sent once, the run ended when all have their answer
-- (once.lua).
--   wrk -t1 -s validate.lua http://HOST/page.html -- FILE
dofile(os.getenv("BENCH_LUA_DIR") .. "/once.lua")

function once_request(c, n)
  return wrk.format("GET", path .. "?v=" .. n, { Cookie = "mpin_session=" .. c, ["X-Bench-Check"] = "1" })
end

function once_answer(status)
  return status == 200
end

function init(args)
  path = wrk.path
  once_start(args[1], wrk.format("GET", "/mpinAuthenticate", {}))
end
