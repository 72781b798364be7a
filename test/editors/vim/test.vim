" Headless Vim 9 test: Vim's built-in LSP channel mode (job_start with in_mode/out_mode 'lsp')
" against `node dist/server.js --stdio`.
" Env: TFKMS_ROOT, TFKMS_FIXTURE, TFKMS_RESULTS. Writes "PASS|FAIL <check> <detail>" lines, then quits.
let s:results = []
let s:diagnostics = v:null
let s:server_requests = []

function! s:Check(name, ok, detail) abort
  call add(s:results, (a:ok ? 'PASS ' : 'FAIL ') . a:name . ' ' . substitute(a:detail, '\n', ' ', 'g'))
endfunction

" Notifications and requests from the server arrive here.
function! s:OnMessage(channel, msg) abort
  if type(a:msg) != v:t_dict
    return
  endif
  if get(a:msg, 'method', '') ==# 'textDocument/publishDiagnostics'
    let s:diagnostics = a:msg.params.diagnostics
  elseif has_key(a:msg, 'id') && has_key(a:msg, 'method')
    " A request from the server (e.g. workspace/configuration): answer it so it never waits.
    call add(s:server_requests, a:msg.method)
    call ch_sendexpr(a:channel, {'id': a:msg.id, 'result': v:null})
  endif
endfunction

function! s:WaitFor(expr, timeout_ms) abort
  let start = reltime()
  while !eval(a:expr) && reltimefloat(reltime(start)) * 1000 < a:timeout_ms
    sleep 20m
  endwhile
  return eval(a:expr)
endfunction

function! s:Run() abort
  if !has('channel') || !has('patch-8.2.4780')
    call s:Check('lsp-channel-mode', 0, 'this Vim has no LSP channel mode (needs 8.2.4780+ with +channel)')
    return
  endif
  execute 'edit ' . fnameescape($TFKMS_FIXTURE)
  let uri = 'file://' . fnamemodify($TFKMS_FIXTURE, ':p')
  let text = join(getline(1, '$'), "\n") . "\n"

  let job = job_start(['node', $TFKMS_ROOT . '/dist/server.js', '--stdio'], {
        \ 'in_mode': 'lsp', 'out_mode': 'lsp', 'err_mode': 'nl',
        \ 'out_cb': function('s:OnMessage'), 'err_cb': {ch, line -> 0}})
  call s:Check('server-started', job_status(job) ==# 'run', job_status(job))
  let ch = job_getchannel(job)

  let init = ch_evalexpr(ch, {'method': 'initialize', 'params': {
        \ 'processId': getpid(), 'rootUri': v:null,
        \ 'capabilities': {'textDocument': {'hover': {'contentFormat': ['markdown', 'plaintext']}}}}},
        \ {'timeout': 20000})
  call s:Check('initialized', has_key(get(init, 'result', {}), 'capabilities'), string(keys(init)))
  call ch_sendexpr(ch, {'method': 'initialized', 'params': {}})
  call ch_sendexpr(ch, {'method': 'textDocument/didOpen', 'params': {'textDocument': {
        \ 'uri': uri, 'languageId': 'terraform', 'version': 1, 'text': text}}})

  call s:WaitFor('s:diagnostics isnot v:null', 20000)
  let diags = s:diagnostics is v:null ? [] : s:diagnostics
  " Other rules may add warnings or hints; the fixture has exactly one error.
  let codes = map(copy(diags), {_, d -> get(d, 'code', '') . '@' . d.range.start.line})
  let errors = map(filter(copy(diags), {_, d -> get(d, 'severity', 0) == 1}), {_, d -> get(d, 'code', '') . '@' . d.range.start.line})
  call s:Check('diagnostics', len(errors) == 1 && errors[0] ==# 'unknown-attribute@5',
        \ 'errors: ' . join(errors, ',') . '; all: ' . join(codes, ','))

  let resp = ch_evalexpr(ch, {'method': 'textDocument/completion', 'params': {
        \ 'textDocument': {'uri': uri}, 'position': {'line': 6, 'character': 0}}}, {'timeout': 10000})
  let result = get(resp, 'result', [])
  let items = type(result) == v:t_dict ? get(result, 'items', []) : (type(result) == v:t_list ? result : [])
  let labels = map(copy(items), {_, i -> i.label})
  call s:Check('completion', index(labels, 'enable_key_rotation') >= 0, len(labels) . ' items')

  let resp = ch_evalexpr(ch, {'method': 'textDocument/hover', 'params': {
        \ 'textDocument': {'uri': uri}, 'position': {'line': 4, 'character': 4}}}, {'timeout': 10000})
  let contents = get(get(resp, 'result', {}), 'contents', '')
  let value = type(contents) == v:t_dict ? get(contents, 'value', '') : string(contents)
  call s:Check('hover', value =~# 'deletion_window_in_days' && value =~# 'number', strpart(value, 0, 80))

  call ch_evalexpr(ch, {'method': 'shutdown'}, {'timeout': 5000})
  call ch_sendexpr(ch, {'method': 'exit'})
endfunction

try
  call s:Run()
catch
  call s:Check('script', 0, v:exception . ' at ' . v:throwpoint)
endtry
call writefile(s:results, $TFKMS_RESULTS)
qall!
