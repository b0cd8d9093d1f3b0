-- bench/run: a fixed number of logins (memory and profile runs), with one
-- wrk thread (-t1): when QUOTA answers are in, the thread stops and sends
-- wrk SIGINT, which ends the run at once.  wrk has sent one more request per
-- connection by then: the file holds QUOTA + connections authOTTs.
--   wrk -t1 -s login_quota.lua URL -- FILE 1 module|rps QUOTA
dofile(os.getenv("BENCH_LUA_DIR") .. "/login.lua")
local login_init = init
local seen = 0

function init(args)
  login_init(args)
  quota = tonumber(args[4])
end

function response(status, headers, body)
  seen = seen + 1
  if seen == quota then
    stop_wrk()
  end
end
