-- bench/run: the protected page with a different session cookie on each
-- request, cycling through the cookie values of FILE (thread i of n takes
-- lines i, i+n, ...).  With "close" every request says Connection: close, so
-- httpd closes the connection after each answer and wrk opens a new one: no
-- keep-alive connection can reuse what it noted (src/session/connection_note.c),
-- so every request reads the session store.  The requests are built once, in
-- init(): what wrk does per request is then the same as for a fixed request.
-- With "check" each request also carries X-Bench-Check: 1, which the scale
-- series' httpd log with %k (the requests before it on its connection).
--   wrk -s cookies.lua URL -- FILE NTHREADS close|keep [check]
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

function init(args)
  local close, check = args[3] == "close", args[4] == "check"
  reqs = {}
  for _, line in ipairs(file_lines(args[1], tonumber(args[2]))) do
    local h = { Cookie = "mpin_session=" .. line }
    if close then h.Connection = "close" end
    if check then h["X-Bench-Check"] = "1" end
    reqs[#reqs + 1] = wrk.format("GET", nil, h)
  end
  idx = 0
end

function request()
  idx = idx + 1
  if idx > #reqs then idx = 1 end
  return reqs[idx]
end
