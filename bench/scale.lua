-- wrk script for bench/scale.sh: each request is a line "PATH TOKEN" of the file named by REQUESTS,
-- picked at random; DELAY_MS (if set) is each connection's pause after an answer, for a soak at a
-- rate below the maximum. Prints one line: RESULT rps=… p50_ms=… p99_ms=… non2xx=… errors=…
local lines = {}
for line in io.lines(os.getenv("REQUESTS")) do
  local path, token = line:match("^(%S+) (%S+)$")
  lines[#lines + 1] = { path, token }
end
local pause = tonumber(os.getenv("DELAY_MS") or "0")

request = function()
  local r = lines[math.random(#lines)]
  return wrk.format("GET", r[1], { ["Authorization"] = "Bearer " .. r[2], ["Access-Reason"] = "casework" })
end

if pause > 0 then
  delay = function() return pause end
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
