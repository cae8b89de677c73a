import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, corpusFile, expectedLang, looksLike, openDoc, waitForDiagnostics } from './helpers';

/**
 * The runners start VS Code once per display language (zh-cn and en, see GOV_REPORT_E2E_LOCALE);
 * our messages follow `vscode.env.language`.
 */
describe('display language (zh-cn / en)', () => {
  after(closeAllEditors);

  it('VS Code runs in the requested display language', () => {
    const requested = process.env.GOV_REPORT_E2E_LOCALE;
    if (requested) {
      assert.ok(
        vscode.env.language.toLowerCase().startsWith(requested.toLowerCase().split('-')[0]),
        `vscode.env.language is ${vscode.env.language}, the run asked for ${requested}`,
      );
    }
    assert.ok(['zh-cn', 'en'].includes(expectedLang()));
  });

  for (const name of [
    'sishui-county-2020-annual-report.txt',
    'zibo-hitech-2021-annual-report.txt',
    'linzi-district-2020-annual-report.txt',
    'linzi-office-2024-annual-report.txt',
    'linzi-2021-work-plan.txt',
  ]) {
    it(`diagnostic messages on ${name} are in the display language`, async () => {
      const uri = corpusFile(name);
      await openDoc(uri);
      const diags = await waitForDiagnostics(uri, (d) => d.length > 0, 'diagnostics');
      const lang = expectedLang();
      const wrong = diags.filter((d) => !looksLike(lang, d.message));
      assert.deepStrictEqual(
        wrong.map((d) => d.message),
        [],
        `messages that do not read as ${lang}`,
      );
    });
  }
});
