-- bench/run: one fresh authOTT per request, read from a file of pre-minted
-- ones (thread i of n takes lines i, i+n, ...).  When a thread runs out it
-- replays its last authOTT (the answer is then an error) and counts it in
-- "exhausted", which makes bench/run reject the run.
--   wrk -s login.lua URL -- FILE NTHREADS module|rps
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

function init(args)
  local kind = args[3]
  otts = file_lines(args[1], tonumber(args[2]))
  idx = 0
  exhausted = 0
  if kind == "module" then
    prefix, suffix = '{"mpinResponse":{"authOTT":"', '"}}'
  else
    prefix, suffix = '{"authOTT":"', '"}'
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  idx = idx + 1
  local ott = otts[idx]
  if not ott then
    exhausted = exhausted + 1
    ott = otts[#otts] or "0"
  end
  return wrk.format(nil, nil, nil, prefix .. ott .. suffix)
end
