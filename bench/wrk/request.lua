-- One request repeated: POST with the body in $BODY_FILE, or GET of $PATH_QUERY
-- (with If-None-Match: $ETAG when set). Prints one JSON line of results at the end.
local body_file = os.getenv("BODY_FILE")
local path = os.getenv("PATH_QUERY")
local etag = os.getenv("ETAG")

if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "r"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
else
  wrk.method = "GET"
  wrk.path = path
end
wrk.headers["Accept"] = "application/graphql-response+json, application/json"
if etag and etag ~= "" then
  wrk.headers["If-None-Match"] = etag
end

-- no response() hook: it would slow wrk down; wrk counts statuses >= 400 in errors.status
done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"rps":%.1f,"p50_ms":%.3f,"p99_ms":%.3f,"p999_ms":%.3f,"max_ms":%.3f,"status_errors":%d,"socket_errors":%d}\n',
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
