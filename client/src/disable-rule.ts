import * as vscode from 'vscode';
import { DISABLE_RULE_COMMAND } from '../../server/src/core/features/rule-actions';

const t = (message: string, ...args: string[]) => vscode.l10n.t(message, ...args);

/**
 * The "disable this rule" quick fix: writes `govReport.rules.<id>: "off"` into the workspace settings
 * (user settings when no folder is open). `govReport.rules` is one object setting, so the entry is
 * merged into what the workspace already has rather than written under a dotted key, which VS Code
 * rejects for properties of an object setting. The server re-checks on the configuration change.
 */
export async function disableRule(ruleId: unknown): Promise<void> {
  if (typeof ruleId !== 'string' || !/^[a-z]+(-[a-z]+)*$/.test(ruleId)) return;
  const config = vscode.workspace.getConfiguration('govReport');
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<Record<string, string>>('rules');
  const current = target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue;
  const rules = { ...(current && typeof current === 'object' && !Array.isArray(current) ? current : {}), [ruleId]: 'off' };
  try {
    await config.update('rules', rules, target);
  } catch (error) {
    void vscode.window.showErrorMessage(t('Could not disable the rule {0}: {1}', ruleId, error instanceof Error ? error.message : String(error)));
  }
}

export function registerDisableRule(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(DISABLE_RULE_COMMAND, disableRule));
}
