-- bench/run: cookies.lua, and a look at every answer: its status, and
-- whether httpd said it would keep the connection open (no "Connection:
-- close" in the answer: counted in kept_alive, which must stay 0 with
-- "close").  Not used for the timed runs (parsing the answers costs wrk).
--   wrk -s cookies_check.lua URL -- FILE NTHREADS close|keep [check]
dofile(os.getenv("BENCH_LUA_DIR") .. "/cookies.lua")
kept_alive = 0

function response(status, headers, body)
  status_count(status)
  status_flush()   -- the run ends by time: the tally must be whole at any answer
  local conn = headers["Connection"] or headers["connection"] or ""
  if not conn:lower():find("close", 1, true) then kept_alive = kept_alive + 1 end
end
