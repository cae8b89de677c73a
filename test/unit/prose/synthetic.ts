import { parseReport } from '../../../server/src/core/model/build';
import { ReportModel } from '../../../server/src/core/model/types';
import { runRules } from '../../../server/src/core/rules/engine';
import { PROSE_RULES } from '../../../server/src/core/rules/prose';
import { TABLE_RULES } from '../../../server/src/core/rules/tables';
import { Finding } from '../../../server/src/core/rules/types';
import { templateRows, writeTable } from '../../../server/src/core/tables/write';
import { formatById } from '../../../server/src/core/templates';

/**
 * A synthetic 2021 report with chosen table figures and prose (never corpus text). 表三 values go to the
 * 自然人 and 总计 columns; （七）总计 and 结转下年度 are derived so the table balances unless overridden.
 */
export interface Synthetic {
  readonly requests?: Readonly<Record<string, number>>;
  readonly appeals?: Readonly<Record<string, number>>;
  readonly normativeValid?: number;
  readonly part1?: string;
  readonly part3?: string;
  readonly part4?: string;
  readonly part5?: string;
  /** leave the data row of 表四 out (like sishui-county-2020) */
  readonly emptyAppeals?: boolean;
  readonly layout?: 'word' | 'markdown' | 'tsv';
}

const RESULT_IDS = (ids: string[]) => ids.filter((id) => !['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].includes(id));

export function syntheticReport(s: Synthetic): string {
  const f = formatById('2021');
  const layout = s.layout ?? 'markdown';
  const req = templateRows('requests', f);
  const ids = f.tables.requests.sections[0].rows.map((r) => r.id);
  const v: Record<string, number> = { ...(s.requests ?? {}) };
  const results = RESULT_IDS(ids).reduce((a, id) => a + (v[id] ?? 0), 0);
  v.totalProcessed ??= results;
  v.carriedForward ??= (v.newReceived ?? 0) + (v.carriedOver ?? 0) - v.totalProcessed;
  const requests = {
    kind: req.kind,
    rows: req.rows.map((r, i) => {
      const n = String(v[ids[i]] ?? 0);
      return { ...r, values: [n, '0', '0', '0', '0', '0', n] };
    }),
  };
  const act = templateRows('active', f);
  const active = {
    kind: act.kind,
    rows: act.rows.map((r) => (r.path[0] === '行政规范性文件' && s.normativeValid !== undefined ? { ...r, values: ['0', '0', String(s.normativeValid)] } : r)),
  };
  const cols = f.tables.appeals.sections[0].columns.map((c) => c.id);
  const appealsRows = { kind: 'appeals' as const, rows: [{ path: [], values: cols.map((c) => String(s.appeals?.[c] ?? 0)) }] };
  const appeals = writeTable(f, appealsRows, { layout });
  const emptyAppeals = '| 行政复议 | 行政诉讼 |\n|---|---|';
  return [
    '测试区人民政府2023年政府信息公开工作年度报告',
    '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
    '一、总体情况',
    `（一）主动公开。${s.part1 ?? '内容。'}`,
    '二、主动公开政府信息情况',
    writeTable(f, active, { layout }),
    '',
    '三、收到和处理政府信息公开申请情况',
    writeTable(f, requests, { layout }),
    '',
    s.part3 ?? '',
    '四、政府信息公开行政复议、行政诉讼情况',
    s.emptyAppeals ? emptyAppeals : appeals,
    '',
    s.part4 ?? '',
    '五、存在的主要问题及改进情况',
    s.part5 ?? '存在问题和改进措施的说明。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
    '',
  ].join('\n');
}

export function model(s: Synthetic): ReportModel {
  return parseReport(syntheticReport(s));
}

/** The prose and table rules only: these tests do not depend on other families being complete. */
export function check(text: string, rules = [...PROSE_RULES, ...TABLE_RULES]): Finding[] {
  return runRules(parseReport(text), rules, {
    onRuleError: (id, e) => {
      throw new Error(`rule ${id} failed: ${String(e)}`);
    },
  });
}

export const slice = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);
