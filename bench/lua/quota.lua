-- bench/run: a fixed number of requests (memory and profile runs).  Run it
-- with one wrk thread (-t1): when its quota of responses is reached, the
-- thread stops and sends wrk SIGINT, which ends the run at once (wrk would
-- otherwise sleep until -d is over).  Extra headers come from -H.
--   wrk -t1 -s quota.lua URL -- TOTAL
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

function init(args)
  quota = tonumber(args[1])
  seen = 0
end

function response(status, headers, body)
  seen = seen + 1
  if seen == quota then stop_wrk() end
end
