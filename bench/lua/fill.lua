-- bench/run: real logins to fill a session store.  Posts each pre-minted
-- authOTT of FILE once to /mpinAuthenticate and writes the mpin_session
-- cookie value of every successful login to COOKIES, one a line.  One wrk
-- thread (-t1); each authOTT sent once, the run ended when all have their
-- answer (once.lua).
--   wrk -t1 -s fill.lua http://HOST/mpinAuthenticate -- FILE COOKIES
dofile(os.getenv("BENCH_LUA_DIR") .. "/once.lua")

local json = { ["Content-Type"] = "application/json" }

function once_request(ott)
  return wrk.format("POST", nil, json, '{"mpinResponse":{"authOTT":"' .. ott .. '"}}')
end

function once_answer(status, headers)
  local c = status == 200 and headers["Set-Cookie"]
  c = c and c:match("^mpin_session=([^;]+)")
  if not c then return false end
  out:write(c, "\n")
  return true
end

function once_close()
  out:close()
end

function init(args)
  out = assert(io.open(args[2], "w"))
  once_start(args[1], wrk.format("GET", nil, {}))
end
