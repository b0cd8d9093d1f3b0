-- bench/run: mints authOTTs on the development RPS (--test-controls) with
-- POST /__dev/mint and writes them one per line; one wrk thread (-t1), which
-- stops and ends wrk (SIGINT) once COUNT are written.
--   wrk -t1 -s mint.lua http://RPS/__dev/mint -- OUTFILE COUNT
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

-- one user per login, as on a real site: a store filled by one user would
-- hold only the module's per-user cap of sessions (src/session/user_index.c)
local headers = { ["Content-Type"] = "application/json" }
local minted = 0

function request()
  minted = minted + 1
  return wrk.format("POST", nil, headers,
                    '{"userId":"bench' .. minted .. '@example.com","ok":true}')
end

function init(args)
  out = assert(io.open(args[1], "w"))
  count = tonumber(args[2])
  written = 0
end

function response(status, headers, body)
  if written >= count then return end
  local ott = status == 200 and body:match('"authOTT"%s*:%s*"(%x+)"')
  if not ott then return end
  out:write(ott, "\n")
  written = written + 1
  if written == count then
    out:close()
    stop_wrk()
  end
end
