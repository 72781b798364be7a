// The UI test: a person's path through the workbench, in Chromium. Opens ui.tf, triggers
// completion and accepts an item, hovers an argument, reads the Problems count and applies a
// quick fix, with a screenshot of each step. Selectors are scoped to the editor group / panel.
import path from 'node:path';

const EDITOR = '.part.editor .editor-group-container.active .monaco-editor';

/** Text of the visible editor lines (Monaco renders non-breaking spaces). */
async function editorText(page) {
  return (await page.locator(`${EDITOR} .view-lines`).innerText()).replace(/\u00a0/g, ' ');
}

async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** Problems in the status bar: its aria-label reads like "Errors: 1, Warnings: 0" (or "No Problems"). */
async function errorCount(page) {
  const item = page.locator('#status\\.problems');
  const label = (await item.getAttribute('aria-label').catch(() => null)) ?? (await item.innerText().catch(() => ''));
  const m = /Errors?:\s*(\d+)/i.exec(label ?? '');
  if (m) return Number(m[1]);
  if (/no problems/i.test(label ?? '')) return 0;
  const text = (await item.innerText().catch(() => '')).trim();
  const n = /^(\d+)/.exec(text);
  return n ? Number(n[1]) : undefined;
}

async function waitForCondition(what, probe, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Opens a workspace file through Quick Open (Ctrl+P), retrying while the folder is still being indexed. */
async function quickOpen(page, name) {
  await waitForCondition(`${name} in Quick Open`, async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(name);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ state: 'visible', timeout: 3_000 }).catch(() => {});
    if (await row.isVisible().catch(() => false)) {
      await page.keyboard.press('Enter');
      return true;
    }
    await page.keyboard.press('Escape');
    return false;
  }, 60_000);
  await page.locator('.part.editor .tab.active', { hasText: name }).waitFor({ timeout: 20_000 });
}

export async function runUiTest({ page, url, screenshots, pass, fail, log }) {
  const shot = (name) => page.screenshot({ path: path.join(screenshots, name) });
  const step = async (name, body) => {
    try {
      const detail = await body();
      pass(`ui: ${name}`, detail ?? '');
      return true;
    } catch (e) {
      await shot(`failed-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`).catch(() => {});
      fail(`ui: ${name}`, e?.stack ?? String(e));
      return false;
    }
  };

  const opened = await step('the workbench loads and opens ui.tf from Quick Open', async () => {
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
    await page.locator('.part.sidebar, .part.activitybar').first().waitFor({ state: 'visible', timeout: 60_000 });
    log('workbench visible');
    await quickOpen(page, 'ui.tf');
    await page.locator(`${EDITOR} .view-lines`, { hasText: 'aws_kms_key' }).waitFor({ timeout: 20_000 });
    // The language mode in the status bar says the grammar/language contribution is active.
    await page.locator('#status\\.editor\\.mode', { hasText: /terraform/i }).waitFor({ timeout: 20_000 });
    // The grammar from the VSIX colours the file: tokens get several distinct colour classes (mtkN);
    // without a grammar every token would share one.
    // Tokenization runs in the background after the file opens: poll until the colours appear.
    const tokenClasses = () => page.locator(`${EDITOR} .view-lines span[class^="mtk"]`).evaluateAll((spans) => [...new Set(spans.map((s) => s.className))]);
    const classes = await waitForCondition('the grammar to colour the file', async () => {
      const c = await tokenClasses();
      return c.length >= 3 ? c : undefined;
    }, 20_000).catch(async () => {
      throw new Error(`the file is not highlighted: token classes ${(await tokenClasses()).join(', ')}`);
    });
    await shot('01-open-file.png');
    return `${classes.length} token colours; 01-open-file.png`;
  });
  if (!opened) return;

  await step('the Problems count shows the near-miss argument as an error', async () => {
    const n = await waitForCondition('an error in the status bar', async () => ((await errorCount(page)) >= 1 ? errorCount(page) : undefined), 60_000);
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.part.panel');
    await panel.locator('.markers-panel .monaco-list-row', { hasText: 'enable_key_rotaton' }).first().waitFor({ timeout: 20_000 });
    await shot('02-problems-panel.png');
    return `${n} error(s); 02-problems-panel.png`;
  });

  await step('completion lists rotation_period_in_days and accepting it inserts the argument', async () => {
    await page.locator(`${EDITOR} .view-lines`).click();
    await goToLine(page, 5);
    await page.keyboard.press('End');
    await page.keyboard.type('  rotation_p', { delay: 30 });
    const suggest = page.locator(`${EDITOR} .suggest-widget`);
    const row = suggest.locator('.monaco-list-row', { hasText: 'rotation_period_in_days' }).first();
    if (!(await row.isVisible().catch(() => false))) {
      await page.keyboard.press('Control+Space');
    }
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    await shot('03-completion.png');
    // Focus the item, then accept it.
    await waitForCondition('rotation_period_in_days focused in the suggest list', async () => {
      const focused = await suggest.locator('.monaco-list-row.focused').first().innerText().catch(() => '');
      if (focused.includes('rotation_period_in_days')) return true;
      await page.keyboard.press('ArrowDown');
      return false;
    }, 10_000);
    await page.keyboard.press('Enter');
    await waitForCondition('rotation_period_in_days in the document', async () => /\brotation_period_in_days\b/.test(await editorText(page)));
    await shot('04-completion-accepted.png');
    // Leave snippet mode (the accepted item may offer a choice of values).
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator(`${EDITOR} .suggest-widget.visible`).waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
    return '03-completion.png, 04-completion-accepted.png';
  });

  await step('hovering deletion_window_in_days shows its documentation and type', async () => {
    await page.mouse.move(0, 0);
    const word = page.locator(`${EDITOR} .view-line span span`, { hasText: /^deletion_window_in_days$/ }).first();
    await word.hover();
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'number' }).first();
    try {
      await hover.waitFor({ state: 'visible', timeout: 8_000 });
    } catch {
      // Fall back to the keyboard: place the caret on the word and run "Show Hover" (Ctrl+K Ctrl+I).
      await word.click();
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      await hover.waitFor({ state: 'visible', timeout: 15_000 });
    }
    await shot('05-hover.png');
    const text = (await hover.innerText()).replace(/\s+/g, ' ').slice(0, 80);
    await page.keyboard.press('Escape');
    return `"${text}"; 05-hover.png`;
  });

  await step('the quick fix renames enable_key_rotaton and the error goes away', async () => {
    const before = await errorCount(page);
    await page.locator(`${EDITOR} .view-line span span`, { hasText: /^enable_key_rotaton$/ }).first().click();
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    const action = menu.locator('.monaco-list-row.action', { hasText: 'enable_key_rotation' }).first();
    await action.waitFor({ state: 'visible', timeout: 20_000 });
    await shot('06-quick-fix-menu.png');
    // The menu is keyboard-driven (a pointer block covers the page): focus the fix, then Enter.
    await waitForCondition('the fix focused in the menu', async () => {
      const focused = await menu.locator('.monaco-list-row.focused').first().innerText().catch(() => '');
      if (focused.includes('enable_key_rotation')) return true;
      await page.keyboard.press('ArrowDown');
      return false;
    }, 10_000);
    await page.keyboard.press('Enter');
    await waitForCondition('the fixed name in the editor', async () => {
      const text = await editorText(page);
      return /enable_key_rotation\s*=/.test(text) && !text.includes('enable_key_rotaton');
    });
    const after = await waitForCondition('fewer errors', async () => {
      const n = await errorCount(page);
      return n !== undefined && n < before ? String(n) : undefined;
    }, 30_000);
    // The Problems panel catches up with the status bar a moment later.
    await page.locator('.part.panel .markers-panel .monaco-list-row', { hasText: 'enable_key_rotaton' }).first()
      .waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
    await shot('07-quick-fix-applied.png');
    return `errors ${before} -> ${after}; 06-quick-fix-menu.png, 07-quick-fix-applied.png`;
  });

  await step('hovering the policy argument of a key shows who can do what with the key', async () => {
    await quickOpen(page, 'policy.tf');
    await page.locator(`${EDITOR} .view-lines`, { hasText: 'PartnerDecrypt' }).waitFor({ timeout: 20_000 });
    const word = page.locator(`${EDITOR} .view-line span span`, { hasText: /^policy$/ }).first();
    await word.click();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: /access summary/i }).first();
    await hover.waitFor({ state: 'visible', timeout: 20_000 });
    // The hover fades in: wait until it is opaque so that the screenshot shows it.
    await waitForCondition('the hover to finish fading in', async () => (await hover.evaluate((el) => getComputedStyle(el.closest('.monaco-hover') ?? el).opacity)) === '1', 5_000).catch(() => {});
    await shot('08-policy-access-summary.png');
    const text = await hover.innerText();
    if (!text.includes('123456789012')) throw new Error(`the summary does not name the partner account: ${text.slice(0, 200)}`);
    await page.keyboard.press('Escape');
    return '08-policy-access-summary.png';
  });
}

/** Runs a command from the Command Palette by its title. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}

/**
 * For each check: opens the file, puts the caret at line:column and reads "Developer: Inspect Editor Tokens and
 * Scopes" (language, TextMate scopes, semantic token type), until its text matches every `expect` (tokenization
 * and semantic tokens arrive in the background) and then that it matches no `reject`.
 */
export async function inspectTokens({ page, url, loaded, checks, prefix, screenshots, pass, fail, log }) {
  if (!checks?.length) return;
  if (!loaded) {
    try {
      await page.goto(url);
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
      await page.locator('.part.sidebar, .part.activitybar').first().waitFor({ state: 'visible', timeout: 60_000 });
    } catch (e) {
      fail('the workbench loads for the token checks', e?.stack ?? String(e));
      return;
    }
  }
  const widget = page.locator('.token-inspect-widget');
  let n = 0;
  for (const check of checks) {
    const shotName = `${prefix}-tokens-${++n}-${check.file.replace(/[^a-z0-9]+/gi, '-')}.png`;
    try {
      await quickOpen(page, check.file);
      await page.locator(`${EDITOR} .view-lines`).first().waitFor({ timeout: 20_000 });
      let text = '';
      await waitForCondition(`the inspected token at ${check.file}:${check.line}:${check.column} to match ${check.expect.join(' and ')}`, async () => {
        if (await widget.isVisible().catch(() => false)) {
          await page.keyboard.press('Escape');
          await widget.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
        }
        await goToLine(page, `${check.line}:${check.column}`);
        await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
        await widget.waitFor({ state: 'visible', timeout: 10_000 });
        text = (await widget.innerText()).replace(/\s+/g, ' ');
        return check.expect.every((re) => re.test(text));
      }, 30_000).catch((e) => {
        throw new Error(`${e.message}; the widget says: ${text}`);
      });
      await page.screenshot({ path: path.join(screenshots, shotName) });
      const rejected = (check.reject ?? []).filter((re) => re.test(text));
      if (rejected.length) throw new Error(`the widget matches ${rejected.join(', ')}: ${text}`);
      await page.keyboard.press('Escape');
      pass(`tokens: ${check.what}`, `${text.slice(0, 160)}; ${shotName}`);
    } catch (e) {
      await page.screenshot({ path: path.join(screenshots, `failed-${shotName}`) }).catch(() => {});
      fail(`tokens: ${check.what}`, e?.stack ?? String(e));
      await page.keyboard.press('Escape').catch(() => {});
    }
  }
  log(`${prefix}: token checks done`);
}
