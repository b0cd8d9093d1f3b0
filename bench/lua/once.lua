-- bench/run: the frame of the scripts that send one request per line of a
-- file, each line once (fill.lua, validate.lua), with one wrk thread (-t1).
-- The thread stops and ends wrk (SIGINT) once every line has its answer.
-- Once all lines are sent, a connection waiting for its turn sends the idle
-- request (GET /mpinAuthenticate: 405, not counted), so no line is sent
-- twice.  An answer lost to a socket error never comes: when only 405s have
-- come for 5 s, the thread stops too (the BENCH line's errors say what was
-- lost).
-- A script sets, before once_start (in its init):
--   once_request(line, n) -> the request for line n
--   once_answer(status, headers) -> true when the answer counts as ok
--   once_close() (optional): runs before the thread stops
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

function once_start(file, idle_request)
  lines = file_lines(file)
  idx, ok, failed = 0, 0, 0
  last_answer = os.time()
  dry_run = tid == 0
  idle = idle_request
  if #lines == 0 then once_finish() end
end

function once_finish()
  if once_close then once_close() end
  status_flush()
  stop_wrk()
end

function request()
  -- wrk calls thread 0's request() once after init() to check what it
  -- sends (script_verify_request): that call must not use up a line
  if dry_run then
    dry_run = false
    return idle
  end
  idx = idx + 1
  local line = lines[idx]
  if not line then return idle end
  return once_request(line, idx)
end

function response(status, headers, body)
  if status == 405 then
    if os.time() - last_answer >= 5 then once_finish() end
    return
  end
  last_answer = os.time()
  status_count(status)
  if once_answer(status, headers) then ok = ok + 1 else failed = failed + 1 end
  if ok + failed == #lines then once_finish() end
end
