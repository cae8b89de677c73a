import { msg } from '../i18n';
import { APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS } from './columns';
import { Identity, RowTemplate, Table2Section, TableTemplate } from './types';
import { mapped } from '../arrays';

export function requestsTable(rows: readonly RowTemplate[]): TableTemplate {
  return {
    kind: 'requests',
    part: 3,
    name: msg('表三 收到和处理政府信息公开申请情况', 'Table 3: requests received and handled'),
    sections: [{ id: 'main', caption: '', columns: REQUEST_COLUMNS, rows }],
  };
}

export function activeTable(sections: readonly Table2Section[]): TableTemplate {
  return { kind: 'active', part: 2, name: msg('表二 主动公开政府信息情况', 'Table 2: proactive disclosure'), sections };
}

export const APPEALS_TABLE: TableTemplate = {
  kind: 'appeals',
  part: 4,
  name: msg('表四 政府信息公开行政复议、行政诉讼情况', 'Table 4: administrative reviews and lawsuits'),
  sections: [{ id: 'main', caption: '', columns: APPEAL_COLUMNS, rows: [{ id: 'data', label: '', path: [], name: msg('数据行', 'data row'), match: {} }] }],
};

/** The identities of 表三 and 表四 (domain §4.1–4.2); both formats share them. */
export const COMMON_IDENTITIES: readonly Identity[] = [
  {
    id: 'T3-1',
    rule: 'table-balance',
    table: 'requests',
    across: 'columns',
    left: ['newReceived', 'carriedOver'],
    right: ['totalProcessed', 'carriedForward'],
    description: msg('第一项加第二项之和，等于第三项加第四项之和', 'new + carried over = handled + carried forward'),
  },
  {
    id: 'T3-2',
    rule: 'table-total',
    table: 'requests',
    across: 'columns',
    // Summing the result rows that are present keeps a hybrid table (a 2021 report with the
    // single 2019 其他处理 row) arithmetically checkable; the shape rule reports the row itself.
    left: [{ group: 'result' }],
    right: ['totalProcessed'],
    description: msg('（七）总计 等于各项办理结果之和', '(7) total equals the sum of all results'),
  },
  {
    id: 'T3-3',
    rule: 'table-total',
    table: 'requests',
    across: 'rows',
    left: ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'otherOrg'],
    right: ['total'],
    description: msg('总计列 等于六类申请人之和', 'total column equals the six applicant columns'),
  },
  ...mapped(APPEAL_GROUPS, (g, i): Identity => ({
      id: `T4-${i + 1}`,
      rule: 'table-total',
      table: 'appeals',
      across: 'rows',
      left: [`${g}.maintain`, `${g}.correct`, `${g}.other`, `${g}.unfinished`],
      right: [`${g}.total`],
      description: msg('结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计', 'upheld + corrected + other + pending = total'),
    })),
];
