import { Localized, msg } from '../i18n';

// Ids shared by the server's code actions and the VS Code client (which imports this file, so it
// must stay free of server dependencies).

/** The code action kind of fix-all, for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = 'source.fixAll.gov-report';

/** The client command a "disable this rule" quick fix runs, with the rule id as its argument. */
export const DISABLE_RULE_COMMAND = 'govReport.disableRule';

export function fixAllTitle(edits: number): Localized {
  return msg(`修复所有可确定的问题（${edits} 处）`, `Fix all certain problems (${edits} ${edits === 1 ? 'edit' : 'edits'})`);
}

export function disableRuleTitle(ruleId: string): Localized {
  return msg(`停用此规则（${ruleId}）`, `Disable this rule (${ruleId})`);
}

/** Whether a code action of `kind` is wanted by a request's `only` filter (none: every kind but source actions). */
export function kindWanted(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return !kind.startsWith('source');
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}
