import { readFileSync } from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, IGrammar, parseRawGrammar, Registry } from 'vscode-textmate';

export const GRAMMAR_FILE = path.resolve(__dirname, '../../../syntaxes/gov-report.tmLanguage.json');
export const SCOPE = 'text.gov-report';

let grammar: Promise<IGrammar> | undefined;

/** The grammar loaded the way VS Code loads it: vscode-textmate on the Oniguruma WebAssembly build. */
export function loadGrammar(): Promise<IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scope) => (scope === SCOPE ? parseRawGrammar(readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE) : null),
    });
    const g = await registry.loadGrammar(SCOPE);
    if (!g) throw new Error('grammar did not load');
    return g;
  })();
  return grammar;
}

export interface Token {
  readonly text: string;
  /** scopes below the root scope, outermost first */
  readonly scopes: readonly string[];
}

export async function tokenize(text: string): Promise<Token[][]> {
  const g = await loadGrammar();
  let stack = INITIAL;
  return text.split('\n').map((line) => {
    const r = g.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes.filter((s) => s !== SCOPE) }));
  });
}

/** A readable golden form: one line per source line, then each scoped token indented below it. */
export function goldenText(source: string, lines: Token[][]): string {
  const src = source.split('\n');
  const out: string[] = [];
  lines.forEach((tokens, i) => {
    out.push(`${i + 1}: ${JSON.stringify(src[i])}`);
    for (const t of tokens) if (t.scopes.length) out.push(`  ${JSON.stringify(t.text)} ${t.scopes.join(' ')}`);
  });
  return out.join('\n') + '\n';
}
