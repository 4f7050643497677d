-- Headless driver for tests/test_nvim.py: runs the commands against the daemon at $AVGD_SOCKET
-- (or spawns $AVGD_SPAWN) and writes what the floating windows show to $AVGD_NVIM_OUT as JSON.
local root = os.getenv('AVGD_NVIM_ROOT')
vim.opt.runtimepath:prepend(root)
vim.cmd('runtime plugin/avgd.lua')
local spawn = os.getenv('AVGD_SPAWN')
require('avgd').setup({ socket = os.getenv('AVGD_SOCKET'), command = spawn and vim.split(spawn, ' ') or nil })

local out, notes = {}, {}
vim.notify = function(msg, level) notes[#notes + 1] = { msg = msg, level = level } end

local function shown(name, cmd)
  local before = vim.api.nvim_get_current_win()
  local ok, err = pcall(vim.cmd, cmd)
  local win = vim.api.nvim_get_current_win()
  local r = { ok = ok, err = ok and nil or tostring(err) }
  if win ~= before then
    r.floating = vim.api.nvim_win_get_config(win).relative ~= ''
    r.lines = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false)
    vim.api.nvim_win_close(win, true)
  end
  out[name] = r
end

for _, step in ipairs(vim.split(os.getenv('AVGD_NVIM_STEPS') or '', ';', { trimempty = true })) do
  local name, cmd = step:match('^(.-)=(.*)$')
  shown(name, cmd)
end
out.notes = notes
local f = assert(io.open(os.getenv('AVGD_NVIM_OUT'), 'w'))
f:write(vim.json.encode(out))
f:close()
vim.cmd('qa!')
