-- avgd.nvim commands (the module loads on first use). See clients/nvim/README.md.
if vim.g.loaded_avgd then return end
vim.g.loaded_avgd = true

vim.api.nvim_create_user_command('AvgdRights', function(o)
  require('avgd').rights(o.fargs[1], o.fargs[2])
end, { nargs = '+', desc = 'avgd: who holds each right for a birth date on a date, and when that changes' })

vim.api.nvim_create_user_command('AvgdDue', function()
  require('avgd').due()
end, { nargs = 0, desc = 'avgd: subject requests due and data breaches not yet reported' })
