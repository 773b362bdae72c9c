-- wrk script for the Huzhong Care benchmark: one endpoint per run, as many different signed-in residents as the
-- tokens file holds (each request picks one at random, so the database is read all over, not one cached row).
-- Arguments after "--": endpoint name, tokens file, first benchmark slot id, number of benchmark slots, providers.
-- done() prints one JSON line with the figures the runner reads.

local counter = 1
local threads = {}

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

local people = {}
local endpoint, firstSlot, slotCount, providers
local sent = 0

function init(args)
  endpoint = args[1]
  for line in io.lines(args[2]) do
    local token, rid, sid, qid = line:match("^([^,]+),([^,]+),([^,]+),([^,]+)")
    if token then
      people[#people + 1] = { token = token, rid = rid, sid = sid, qid = qid }
    end
  end
  firstSlot = tonumber(args[3])
  slotCount = tonumber(args[4])
  providers = tonumber(args[5])
  math.randomseed(os.time() * 1000 + id)
end

local kinds = { "HOME_MODIFICATION", "MULTI_DISABLED_HOUSEHOLD", "OUT_OF_AREA_REHAB_ALLOWANCE",
  "CHILD_REHABILITATION_AID", "SUPPORTED_LIVING", "NURSING_SUBSIDY", "LIVING_SUBSIDY" }

function request()
  local p = people[math.random(#people)]
  local h = { ["Authorization"] = "Bearer " .. p.token, ["Accept-Language"] = "zh-CN" }
  sent = sent + 1
  local base = "/api/v1/residents/" .. p.rid
  if endpoint == "health" then
    return wrk.format("GET", "/health", {})
  elseif endpoint == "me" then
    return wrk.format("GET", "/api/v1/me", h)
  elseif endpoint == "subsidies" then
    return wrk.format("GET", base .. "/subsidies?page=1&size=20", h)
  elseif endpoint == "subsidy" then
    return wrk.format("GET", base .. "/subsidies/" .. p.sid, h)
  elseif endpoint == "requests" then
    return wrk.format("GET", base .. "/requests?page=1&size=20", h)
  elseif endpoint == "slots" then
    return wrk.format("GET", "/api/v1/slots?service=REHABILITATION&days=7&providerId=" .. math.random(providers), h)
  elseif endpoint == "inbox" then
    return wrk.format("GET", "/api/v1/messages?page=1&size=20", h)
  elseif endpoint == "unread" then
    return wrk.format("GET", "/api/v1/messages/unread-count", h)
  end
  h["Content-Type"] = "application/json"
  h["Idempotency-Key"] = "bench-" .. id .. "-" .. sent .. "-" .. math.random(1000000000)
  if endpoint == "apply" then
    return wrk.format("POST", base .. "/subsidies", h, '{"kind":"' .. kinds[math.random(#kinds)] .. '"}')
  elseif endpoint == "book" then
    local slot = firstSlot + math.random(slotCount) - 1
    return wrk.format("POST", base .. "/bookings", h, '{"slotId":' .. slot .. '}')
  elseif endpoint == "request" then
    return wrk.format("POST", base .. "/requests", h,
      '{"type":"OTHER","description":"轮椅坏了，想请人上门看看怎么修"}')
  end
  error("unknown endpoint " .. tostring(endpoint))
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"p999_us":%d,' ..
    '"max_us":%d,"mean_us":%.1f,"connect_errors":%d,"read_errors":%d,"write_errors":%d,"status_errors":%d,"timeouts":%d}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency:percentile(99.9), latency.max, latency.mean, e.connect, e.read, e.write,
    e.status, e.timeout))
end
