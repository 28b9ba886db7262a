-- wrk script: readers who each load a page, then send that page's view-counter beacon,
-- every beacon from a reader of its own (a distinct user agent), as browsers would.
-- Arguments after `--`: run=<tag> (readers of one run are new to the site), then
-- path=page_id ...; an argument `beacons` sends beacons only; stop=<unix time> sends
-- only health checks from then on, so that when wrk stops, no page or beacon is still
-- in flight: every one the server answered is one wrk counted.
-- Prints one JSON line: wrk's figures plus pages (200), beacons (204) and other answers.
local visits, threads = {}, {}
local beacons_only = false
local run = ""
local stop = math.huge
local counter = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  for i = 1, #args do
    if args[i] == "beacons" then
      beacons_only = true
    elseif args[i]:sub(1, 4) == "run=" then
      run = args[i]:sub(5)
    elseif args[i]:sub(1, 5) == "stop=" then
      stop = tonumber(args[i]:sub(6))
    else
      local path, page = args[i]:match("^(.*)=(%d+)$")
      table.insert(visits, {path = path, page = page})
    end
  end
  pages, beacons, other = 0, 0, 0
end

function request()
  if os.time() >= stop then return wrk.format("GET", "/healthz") end
  counter = counter + 1
  local visit = visits[(math.floor(counter / 2) % #visits) + 1]
  if not beacons_only and counter % 2 == 1 then
    return wrk.format("GET", visit.path, {["Accept-Encoding"] = "gzip"})
  end
  local agent = string.format(
    "Mozilla/5.0 (Linux; Android 13; bench reader %s-%d-%d) AppleWebKit/537.36 Mobile Safari/537.36",
    run, id, counter)
  local headers = {["User-Agent"] = agent, ["Content-Type"] = "text/plain;charset=UTF-8",
                   ["Sec-Fetch-Site"] = "same-origin"}
  return wrk.format("POST", "/_views/" .. visit.page, headers, "https://l.facebook.com/")
end

function response(status, headers, body)
  local type = headers["Content-Type"] or headers["content-type"] or ""
  if status == 200 and type:find("text/html", 1, true) then pages = pages + 1
  elseif status == 200 and type:find("json", 1, true) then -- a health check after `stop`
  elseif status == 204 then beacons = beacons + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local p, b, o = 0, 0, 0
  for _, thread in ipairs(threads) do
    p, b, o = p + thread:get("pages"), b + thread:get("beacons"), o + thread:get("other")
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "errors": %d, "non_2xx_3xx": %d, ' ..
    '"p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, ' ..
    '"pages": %d, "beacons": %d, "other": %d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect + e.read + e.write + e.timeout,
    e.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, p, b, o))
end
