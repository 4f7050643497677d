-- JSON-RPC 2.0 to avgd over its Unix socket (a libuv pipe) or a child `avgd serve --stdio`.
-- Newline-delimited JSON, params by name. Calls are synchronous for the editor (vim.wait on the
-- event loop, with a timeout), one connection per call: nothing lingers between commands.
local uv = vim.uv or vim.loop
local M = {}

local function default_socket()
  local env = os.getenv('AVGD_SOCKET')
  if env and env ~= '' then return env end
  local run = os.getenv('XDG_RUNTIME_DIR')
  if run and run ~= '' then return run .. '/avgd.sock' end
  local uid = uv.getuid and uv.getuid() or tonumber((vim.fn.system({ 'id', '-u' }):gsub('%s', '')))
  return '/tmp/avgd-' .. uid .. '/avgd.sock'
end
M.default_socket = default_socket

-- Opens a transport: { write = fn(data), close = fn(), chunks = {} (filled as bytes arrive) }.
local function open(opts)
  local chunks, t = {}, {}
  t.chunks = chunks
  local function reader(err, data)
    if err then chunks.err = err elseif data then chunks[#chunks + 1] = data else chunks.eof = true end
  end
  if opts.command then
    local stdin, stdout = uv.new_pipe(false), uv.new_pipe(false)
    local args = {}
    for i = 2, #opts.command do args[#args + 1] = opts.command[i] end
    local handle, perr = uv.spawn(opts.command[1], { args = args, stdio = { stdin, stdout, nil } }, function()
      chunks.exited = true
    end)
    if not handle then
      stdin:close(); stdout:close()
      return nil, 'cannot start ' .. opts.command[1] .. ': ' .. tostring(perr)
    end
    stdout:read_start(reader)
    t.write = function(data) stdin:write(data) end
    t.close = function()
      stdin:shutdown(function() stdin:close() end)
      vim.wait(opts.timeout, function() return chunks.exited == true end, 10)
      if not stdout:is_closing() then stdout:close() end
      if not handle:is_closing() then handle:close() end
    end
    return t
  end
  local path = opts.socket or default_socket()
  local pipe = uv.new_pipe(false)
  local done, cerr = false, nil
  pipe:connect(path, function(e) cerr, done = e, true end)
  if not vim.wait(opts.timeout, function() return done end, 5) or cerr then
    if not pipe:is_closing() then pipe:close() end
    return nil, 'no avgd answers on ' .. path .. (cerr and (': ' .. cerr) or '')
  end
  pipe:read_start(reader)
  t.write = function(data) pipe:write(data) end
  t.close = function() if not pipe:is_closing() then pipe:close() end end
  return t
end

--- Calls each {method, params} in order on one connection.
--- Returns a list of replies ({result=...} or {error={code, message, data}}), or nil and a message.
function M.batch(opts, calls)
  local t, err = open(opts)
  if not t then return nil, err end
  for i, c in ipairs(calls) do
    local params = c[2]
    if params == nil or next(params) == nil then params = vim.empty_dict() end
    t.write(vim.json.encode({ jsonrpc = '2.0', id = i, method = c[1], params = params }) .. '\n')
  end
  local replies = {}
  local buffered = ''
  local function collect()
    if #t.chunks > 0 then
      buffered = buffered .. table.concat(t.chunks)
      for k in pairs(t.chunks) do if type(k) == 'number' then t.chunks[k] = nil end end
    end
    while true do
      local nl = buffered:find('\n', 1, true)
      if not nl then break end
      local line = buffered:sub(1, nl - 1)
      buffered = buffered:sub(nl + 1)
      if line:match('%S') then
        local ok, reply = pcall(vim.json.decode, line)
        if ok and type(reply) == 'table' and reply.id then replies[reply.id] = reply end
      end
    end
    local n = 0
    for _ in pairs(replies) do n = n + 1 end
    return n == #calls or t.chunks.eof or t.chunks.err
  end
  local finished = vim.wait(opts.timeout, collect, 5)
  t.close()
  if not finished then return nil, 'avgd did not answer within ' .. opts.timeout .. ' ms' end
  local out = {}
  for i = 1, #calls do
    if not replies[i] then return nil, 'avgd closed the connection' .. (t.chunks.err and (': ' .. t.chunks.err) or '') end
    out[i] = replies[i]
  end
  return out
end

return M
