-- wrk script for the Stockroom benchmark.
--
--   wrk ... -s stockroom.lua http://127.0.0.1:PORT -- MODE IDS_FILE LOCATION_ID TOKEN
--
-- MODE is one of:
--   get   GET /products/{id}?locationId=L, the id rotating through every seeded product
--   put   PUT /products/{id}, a partial update: the required name/locationId/productType plus a new description
--   list  GET /products/?locationId=L&search=WORD&limit=20, WORD rotating through the nine seeded materials
--   search  GET /products/?locationId=L&search=WORD&limit=20 with one fixed WORD, given as a fifth argument
--         (bench/run-postgresql.sh: a word seeded into a fixed few hundred names, whatever the catalog's size)
-- IDS_FILE has one "id<TAB>name" line per seeded product. The ceiling is driven with MODE get too, so it receives
-- byte for byte the same requests as the real server.
--
-- At the end it prints one line that bench/run.sh parses:
--   RESULT requests=N duration_us=N rps=N p50_us=N p99_us=N max_us=N non2xx=N socket_errors=N

local MATERIALS = {"oak", "steel", "linen", "cotton", "walnut", "copper", "wool", "glass", "bamboo"}

local mode, ids, names, location, word
local counter = 0

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end

function init(args)
  mode = args[1]
  location = args[3]
  word = args[5]
  wrk.headers["Authorization"] = "Bearer " .. args[4]
  wrk.headers["Version"] = "2021-07-28"
  wrk.headers["Content-Type"] = "application/json"
  ids, names = {}, {}
  for line in io.lines(args[2]) do
    local id, name = line:match("^(%S+)\t(.*)$")
    if id then
      ids[#ids + 1] = id
      names[#names + 1] = name
    end
  end
  if #ids == 0 then error("no ids in " .. args[2]) end
  if mode ~= "get" and mode ~= "put" and mode ~= "list" and mode ~= "search" then
    error("unknown mode " .. tostring(mode))
  end
  if mode == "search" and (word == nil or word == "") then error("mode search needs a WORD argument") end
  -- Each wrk thread starts at a different place in the rotation.
  counter = math.random(#ids)
end

function request()
  counter = counter + 1
  local i = counter % #ids + 1
  if mode == "get" then
    return wrk.format("GET", "/products/" .. ids[i] .. "?locationId=" .. location)
  elseif mode == "put" then
    local body = '{"name":' .. json_string(names[i]) .. ',"locationId":' .. json_string(location)
        .. ',"productType":"PHYSICAL","description":"Revised by the benchmark, revision ' .. counter .. '."}'
    return wrk.format("PUT", "/products/" .. ids[i], nil, body)
  elseif mode == "search" then
    return wrk.format("GET", "/products/?locationId=" .. location .. "&search=" .. word .. "&limit=20")
  else
    local word = MATERIALS[counter % #MATERIALS + 1]
    return wrk.format("GET", "/products/?locationId=" .. location .. "&search=" .. word .. "&limit=20")
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  print(string.format(
      "RESULT requests=%d duration_us=%d rps=%.1f p50_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d",
      summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
      latency:percentile(50), latency:percentile(99), latency.max,
      e.status, e.connect + e.read + e.write + e.timeout))
end
