-- Sends the JSON body of a file as fast as the connections allow (closed loop): the maximum throughput.
-- Usage: wrk -t T -c C -d D -s post.lua URL -- BODY_FILE
function init(args)
  local file = assert(io.open(args[1], "rb"))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = file:read("*a")
  file:close()
end
