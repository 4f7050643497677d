-- avgd.nvim: ask avgd (the AVG duties service for Dutch schools) from Neovim.
--   :AvgdRights {birthDate} [on]   who holds each right on that date, and when that changes
--   :AvgdDue                       subject requests due and data breaches not yet reported
-- Results open in a floating window (q or <Esc> closes it). No dependencies; Neovim 0.7+.
local rpc = require('avgd.rpc')
local M = {}

M.config = {
  socket = nil,      -- the daemon's socket; nil: $AVGD_SOCKET, $XDG_RUNTIME_DIR/avgd.sock, /tmp/avgd-<uid>/avgd.sock
  command = nil,     -- instead of a socket, spawn this per command, e.g. { 'avgd', 'serve', '--stdio' }
  timeout = 5000,    -- milliseconds per command
  within = 7,        -- :AvgdDue lists requests due within this many days
}

--- Sets options (see M.config).
function M.setup(opts)
  M.config = vim.tbl_extend('force', M.config, opts or {})
end

local function fail(msg)
  vim.notify('avgd: ' .. msg, vim.log.levels.ERROR)
  return nil, msg
end

local function describe(err)
  local s = tostring(err.code) .. ' ' .. tostring(err.message)
  if type(err.data) == 'table' then
    if err.data.field then s = s .. ': ' .. err.data.field end
    if err.data.reason then s = s .. ' — ' .. err.data.reason end
  end
  return s
end

local function s(v) return (v == nil or v == vim.NIL) and '' or tostring(v) end

--- Calls one method; returns its result, or nil and the error message (also shown with vim.notify).
function M.call(method, params)
  local replies, err = rpc.batch(M.config, { { method, params } })
  if not replies then return fail(err) end
  if replies[1].error then return fail(method .. ': ' .. describe(replies[1].error)) end
  return replies[1].result
end

--- Shows lines in a floating window; returns its buffer and window (also kept in M.last).
function M.float(lines)
  local width = 20
  for _, l in ipairs(lines) do width = math.max(width, vim.fn.strdisplaywidth(l)) end
  width = math.min(width, math.max(20, vim.o.columns - 4))
  local height = math.min(#lines, math.max(1, vim.o.lines - 4))
  local buf = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.api.nvim_buf_set_option(buf, 'modifiable', false)
  vim.api.nvim_buf_set_option(buf, 'bufhidden', 'wipe')
  vim.api.nvim_buf_set_option(buf, 'filetype', 'avgd')
  local win = vim.api.nvim_open_win(buf, true, {
    relative = 'editor', style = 'minimal', border = 'rounded',
    width = width, height = height,
    row = math.max(0, math.floor((vim.o.lines - height) / 2) - 1),
    col = math.max(0, math.floor((vim.o.columns - width) / 2)),
  })
  for _, key in ipairs({ 'q', '<Esc>' }) do
    vim.api.nvim_buf_set_keymap(buf, 'n', key, '<cmd>close<CR>', { noremap = true, silent = true, nowait = true })
  end
  M.last = { buf = buf, win = win }
  return buf, win
end

--- The lines of :AvgdRights: the holders of each right on `on` (default today), until when,
--- and the changes after it (rights.resolve, then rights.timeline from that date).
function M.rights_lines(birth, on)
  local r, err = M.call('rights.resolve', { birthDate = birth, on = on })
  if not r then return nil, err end
  local lines = {
    ('Rights of a student born %s on %s (age %d)'):format(birth, r.on, r.age),
    '',
    ('%-14s %-20s %s'):format('right', 'holders', 'changes on'),
  }
  for _, e in ipairs(r.rights) do
    local holders = table.concat(e.holders, ' + ')
    if e.parentsWithStudentConsent then holders = holders .. ' (parents with consent)' end
    lines[#lines + 1] = (('%-14s %-20s %s'):format(e.right, holders, s(e['until']))):gsub('%s+$', '')
  end
  -- The timeline runs to the 18th birthday: after it nothing changes any more.
  local t = r.age < 18 and M.call('rights.timeline', { birthDate = birth, from = r.on }) or { changes = {} }
  if t and #t.changes > 0 then
    lines[#lines + 1] = ''
    lines[#lines + 1] = 'Changes:'
    for _, c in ipairs(t.changes) do
      local parts = {}
      for _, e in ipairs(c.rights) do parts[#parts + 1] = e.right .. ' → ' .. table.concat(e.holders, ' + ') end
      lines[#lines + 1] = ('  %s (age %d): %s'):format(c.on, c.age, table.concat(parts, ', '))
    end
  elseif t then
    lines[#lines + 1] = ''
    lines[#lines + 1] = 'No further changes: the student is of age.'
  end
  return lines
end

--- The lines of :AvgdDue (requests.due and breaches.due on one connection).
function M.due_lines()
  local replies, err = rpc.batch(M.config, { { 'requests.due', { within = M.config.within } }, { 'breaches.due', {} } })
  if not replies then return fail(err) end
  local lines = {}
  local req, br = replies[1], replies[2]
  if br.error then return fail('breaches.due: ' .. describe(br.error)) end
  lines[#lines + 1] = 'Due at ' .. s(br.result.at)
  lines[#lines + 1] = ''
  if req.error and req.error.code == -32601 then
    lines[#lines + 1] = 'Subject requests: this avgd has no requests register'
  elseif req.error then
    return fail('requests.due: ' .. describe(req.error))
  else
    local r = req.result
    lines[#lines + 1] = ('Subject requests due within %d days: %d, %d overdue'):format(r.within, #r.items, r.overdue)
    for _, i in ipairs(r.items) do
      local left = i.daysLeft < 0 and ('%d days late'):format(-i.daysLeft) or ('%d days left'):format(i.daysLeft)
      lines[#lines + 1] = ('  %s %s %s %s due %s (%s)'):format(i.overdue and 'OVERDUE' or '       ', i.id, s(i.type),
        s(i.studentId), s(i.dueOn), left)
    end
  end
  local overdue = 0
  for _, i in ipairs(br.result.items) do if i.overdue then overdue = overdue + 1 end end
  lines[#lines + 1] = ('Data breaches not yet reported to the AP: %d, %d overdue'):format(#br.result.items, overdue)
  for _, i in ipairs(br.result.items) do
    local left = i.overdue and 'overdue' or (s(i.hoursLeft) .. ' h left')
    lines[#lines + 1] = ('  %s %s %s report by %s (%s) %s'):format(i.overdue and 'OVERDUE' or '       ', i.id,
      s(i.status), s(i.reportBy), left, s(i.summary))
  end
  return lines
end

function M.rights(birth, on)
  if not birth or not birth:match('^%d%d%d%d%-%d%d%-%d%d$') then
    return fail('usage: :AvgdRights {birthDate YYYY-MM-DD} [on]')
  end
  local lines, err = M.rights_lines(birth, on)
  if not lines then return nil, err end
  return M.float(lines)
end

function M.due()
  local lines, err = M.due_lines()
  if not lines then return nil, err end
  return M.float(lines)
end

return M
