-- wrk script: each request asks the next of the queries in QUERIES (one per line, URL-encoded),
-- so repeated answers cannot come from the search cache unless the same query recurs within its age.
--   wrk -s bench/wrk/rotate-queries.lua ... URL   (QUERIES=path to the file, MODE=lexical)
local queries = {}
local n = 0
local mode = os.getenv("MODE") or "lexical"

function init(args)
  for line in io.lines(os.getenv("QUERIES")) do
    if #line > 0 then table.insert(queries, line) end
  end
  -- every wrk thread starts at a different place in the list
  n = math.random(#queries)
end

function request()
  n = n % #queries + 1
  return wrk.format("GET", "/api/search?mode=" .. mode .. "&limit=10&q=" .. queries[n])
end
