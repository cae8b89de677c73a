import type { Range } from 'vscode-languageserver-protocol';
import type { SummaryCell, SummaryIdentity } from '../../../server/src/core/features/summary';
import type { SummaryResult } from '../../../server/src/lsp/protocol';

// The summary view's HTML, from the server's data. Pure (no vscode import) so that it is unit-tested;
// strings come through `t`, which is vscode.l10n.t in the extension.

export type Translate = (message: string, ...args: (string | number)[]) => string;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A range as a data attribute the webview script posts back when the element is clicked. */
function rangeAttr(r: Range): string {
  return `data-range="${escapeHtml(JSON.stringify(r))}"`;
}

function cellHtml(c: SummaryCell<Range>, t: Translate): string {
  const classes = ['num', c.status];
  const title =
    c.status === 'fail'
      ? c.expected !== undefined
        ? t('Should be {0}', c.expected)
        : t('An identity through this cell does not hold')
      : c.status === 'unknown'
        ? t('Not a number: the identities through this cell cannot be checked')
        : '';
  const shown = c.text === '' ? '∅' : c.text;
  const expected = c.status === 'fail' && c.expected !== undefined ? ` <span class="expected">→ ${c.expected}</span>` : '';
  return `<td class="${classes.join(' ')}" ${rangeAttr(c.range)} tabindex="0"${title ? ` title="${escapeHtml(title)}"` : ''}>${escapeHtml(shown)}${expected}</td>`;
}

function identityHtml(i: SummaryIdentity<Range>, t: Translate): string {
  const mark = i.holds === true ? '<span class="ok" aria-label="ok">✓</span>' : i.holds === false ? '<span class="fail" aria-label="fail">✗</span>' : '<span class="unknown">?</span>';
  const status =
    i.holds === true ? t('holds ({0} checked)', i.checks) : i.holds === false ? t('{0} of {1} failing', i.failures.length, i.checks) : t('not checkable');
  const failures = i.failures.length
    ? `<ul class="failures">${i.failures
        .map((f) => `<li><a href="#" class="reveal" ${rangeAttr(f.range)}>${escapeHtml(f.where || t('cell'))}</a>: ${f.leftSum ?? '?'} ≠ ${f.rightSum ?? '?'}</li>`)
        .join('')}</ul>`
    : '';
  return `<li class="identity">${mark} <strong>${escapeHtml(i.id)}</strong> ${escapeHtml(i.description)} <span class="muted">— ${escapeHtml(status)}</span>${failures}</li>`;
}

/** The request outcomes of 表三 as an inline SVG bar chart (no script, no external resources). */
export function outcomesSvg(bars: readonly { label: string; value: number }[], t: Translate): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowH = 24;
  const labelW = 30; // percent of the width for the labels
  const rows = bars
    .map((b, i) => {
      const y = i * rowH;
      const w = ((100 - labelW - 12) * b.value) / max;
      return [
        `<text class="bar-label" x="0" y="${y + 16}">${escapeHtml(b.label)}</text>`,
        `<rect class="bar" x="${labelW}%" y="${y + 4}" width="${w.toFixed(2)}%" height="${rowH - 8}" rx="2"><title>${escapeHtml(`${b.label}: ${b.value}`)}</title></rect>`,
        `<text class="bar-value" x="${(labelW + w + 1).toFixed(2)}%" y="${y + 16}">${b.value}</text>`,
      ].join('');
    })
    .join('');
  return `<svg class="chart" role="img" aria-label="${escapeHtml(t('Request outcomes'))}" width="100%" height="${bars.length * rowH}" xmlns="http://www.w3.org/2000/svg">${rows}</svg>`;
}

/** The body of the view (the part that is replaced as the user types). */
export function summaryBody(s: SummaryResult, t: Translate): string {
  if (!s.served) return `<p class="muted">${escapeHtml(t('This document is not checked as an annual report.'))}</p>`;
  const f = s.findings;
  const total = f.error + f.warning + f.information + f.hint;
  const head = [
    `<h1>${escapeHtml(s.title ?? t('Report summary'))}</h1>`,
    `<p class="facts">`,
    [
      s.agency ? `${escapeHtml(t('Agency'))}: ${escapeHtml(s.agency)}` : '',
      s.year !== undefined ? `${escapeHtml(t('Year'))}: ${s.year}` : '',
      `${escapeHtml(t('Format'))}: ${escapeHtml(s.format.name)} <span class="muted">(${escapeHtml(s.format.source)})</span>`,
    ]
      .filter(Boolean)
      .join(' · '),
    `</p>`,
    `<p class="facts">${escapeHtml(t('Findings'))}: ${total ? escapeHtml(t('{0} errors, {1} warnings, {2} other', f.error, f.warning, f.information + f.hint)) : escapeHtml(t('none'))}</p>`,
  ].join('');
  const missing = s.missingTables.length ? `<p class="fail">${escapeHtml(t('Missing tables'))}: ${s.missingTables.map(escapeHtml).join('、')}</p>` : '';
  const tables = s.tables
    .map((table) => {
      const sections = table.sections
        .map((sec) => {
          const header = `<tr><th>${sec.caption ? escapeHtml(sec.caption) : ''}</th>${sec.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`;
          const rows = sec.rows.map((r) => `<tr><th class="label d${Math.min(r.depth, 2)}">${escapeHtml(r.label)}</th>${r.cells.map((c) => cellHtml(c, t)).join('')}</tr>`).join('');
          return `<table>${header}${rows}</table>`;
        })
        .join('');
      const lens = table.lens ? ` <span class="lens">${escapeHtml(table.lens)}</span>` : '';
      return `<section><h2><a href="#" class="reveal" ${rangeAttr(table.range)}>${escapeHtml(table.name)}</a>${lens}</h2>${sections}</section>`;
    })
    .join('');
  const identities = s.identities.length
    ? `<section><h2>${escapeHtml(t('Identities'))}</h2><ul class="identities">${s.identities.map((i) => identityHtml(i, t)).join('')}</ul></section>`
    : '';
  const chart = s.outcomes
    ? `<section><h2>${escapeHtml(t('Request outcomes'))}</h2><p class="muted">${escapeHtml(t('Table 3, total column; handled in total: {0}', s.outcomes.total ?? '?'))}</p>${outcomesSvg(s.outcomes.bars, t)}</section>`
    : '';
  return head + missing + chart + identities + tables;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1em 2em; }
h1 { font-size: 1.3em; margin: .8em 0 .3em; }
h2 { font-size: 1.1em; margin: 1.2em 0 .4em; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); }
.muted, .facts { color: var(--vscode-descriptionForeground); }
a { color: var(--vscode-textLink-foreground); text-decoration: none; cursor: pointer; }
a:hover, a:focus { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
table { border-collapse: collapse; margin: .5em 0 1em; }
th, td { border: 1px solid var(--vscode-editorWidget-border, var(--vscode-widget-border, #8884)); padding: 2px 6px; }
th { font-weight: normal; text-align: left; background: var(--vscode-editorWidget-background); }
th.d1 { padding-left: 1.5em; } th.d2 { padding-left: 3em; }
td.num { text-align: right; font-variant-numeric: tabular-nums; cursor: pointer; }
td.fail, .fail { color: var(--vscode-errorForeground); }
td.fail { background: var(--vscode-inputValidation-errorBackground, transparent); font-weight: bold; }
td.unknown, .unknown { color: var(--vscode-editorWarning-foreground); }
.ok { color: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); }
.expected { font-weight: normal; }
.lens { font-size: .85em; font-weight: normal; color: var(--vscode-descriptionForeground); margin-left: .8em; }
ul.identities { list-style: none; padding-left: 0; } li.identity { margin: .3em 0; }
ul.failures { margin: .2em 0 .4em 1.5em; padding-left: 1em; }
svg.chart { max-width: 48em; display: block; }
svg .bar { fill: var(--vscode-charts-blue); }
svg .bar-label, svg .bar-value { fill: var(--vscode-foreground); font-size: 12px; }
`;

/**
 * The page: strict Content-Security-Policy (no network, only this nonce's style and script), the body,
 * and a script that posts clicks on cells and links back and swaps the body on updates.
 */
export function summaryPage(body: string, nonce: string, lang: string, title: string): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'`;
  const script = `
const vscode = acquireVsCodeApi();
const root = document.getElementById('root');
root.addEventListener('click', (e) => {
  const el = e.target.closest('[data-range]');
  if (!el) return;
  e.preventDefault();
  vscode.postMessage({ type: 'reveal', range: JSON.parse(el.getAttribute('data-range')) });
});
root.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  const el = e.target.closest('[data-range]');
  if (el) vscode.postMessage({ type: 'reveal', range: JSON.parse(el.getAttribute('data-range')) });
});
window.addEventListener('message', (e) => {
  if (e.data && e.data.type === 'render') root.innerHTML = e.data.html;
});
vscode.postMessage({ type: 'ready' });`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<div id="root">${body}</div>
<script nonce="${nonce}">${script}</script>
</body>
</html>`;
}
