-- Headless Neovim (0.7+) test: the built-in LSP client against `node dist/server.js --stdio`.
-- Env: TFKMS_ROOT (project), TFKMS_FIXTURE (.tf file), TFKMS_RESULTS (file to write).
-- Writes one line per check: "PASS|FAIL <check> <detail>", then quits.
local root = vim.env.TFKMS_ROOT
local results = {}
local function check(name, ok, detail)
  table.insert(results, (ok and 'PASS ' or 'FAIL ') .. name .. ' ' .. (detail or ''):gsub('\n', ' '))
end
local function finish()
  vim.fn.writefile(results, vim.env.TFKMS_RESULTS)
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.TFKMS_FIXTURE))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'terraform'

  local client_id = vim.lsp.start_client({
    name = 'tfkms',
    cmd = { 'node', root .. '/dist/server.js', '--stdio' },
    root_dir = vim.fn.fnamemodify(vim.env.TFKMS_FIXTURE, ':h'),
  })
  check('server-started', client_id ~= nil, tostring(client_id))
  vim.lsp.buf_attach_client(bufnr, client_id)
  local ready = vim.wait(20000, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end, 20)
  check('initialized', ready, '')

  -- Diagnostics arrive as a notification after didOpen.
  vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
  local diags = vim.diagnostic.get(bufnr)
  -- Other rules may add warnings or hints; the fixture has exactly one error.
  local errors, codes = {}, {}
  for _, d in ipairs(diags) do
    local code = tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)) .. '@' .. d.lnum
    table.insert(codes, code)
    if d.severity == vim.diagnostic.severity.ERROR then table.insert(errors, code) end
  end
  check('diagnostics', #errors == 1 and errors[1] == 'unknown-attribute@5', 'errors: ' .. table.concat(errors, ',') .. '; all: ' .. table.concat(codes, ','))

  local function pos_params(line, character)
    return { textDocument = vim.lsp.util.make_text_document_params(bufnr), position = { line = line, character = character } }
  end

  local resp = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', pos_params(6, 0), 10000) or {}
  local labels = {}
  for _, r in pairs(resp) do
    local items = r.result and (r.result.items or r.result) or {}
    for _, item in ipairs(items) do table.insert(labels, item.label) end
  end
  check('completion', vim.tbl_contains(labels, 'enable_key_rotation'), #labels .. ' items')

  resp = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', pos_params(4, 4), 10000) or {}
  local text = ''
  for _, r in pairs(resp) do
    if r.result and r.result.contents then
      text = table.concat(vim.lsp.util.convert_input_to_markdown_lines(r.result.contents), ' ')
    end
  end
  check('hover', text:find('deletion_window_in_days', 1, true) ~= nil and text:find('number', 1, true) ~= nil, text:sub(1, 80))

  vim.lsp.stop_client(client_id)
end)
if not ok then check('script', false, tostring(err)) end
finish()
