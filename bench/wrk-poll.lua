-- wrk script for bench/run: every request asks for one open order's status, going round the orders of all the
-- terminals (the paths file that `pointdesk-bench load-setup` wrote, given after `--`), as 100 cashier windows
-- polling their terminals would.
local paths = {}
local next_index = 0

function init(args)
    local file = assert(io.open(args[1], "r"))
    for line in file:lines() do
        if #line > 0 then
            paths[#paths + 1] = line
        end
    end
    file:close()
    next_index = math.random(#paths)
end

function request()
    next_index = next_index % #paths + 1
    return wrk.format("GET", paths[next_index])
end
