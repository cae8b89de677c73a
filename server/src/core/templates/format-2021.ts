import { msg } from '../i18n';
import { activeTable, APPEALS_TABLE, COMMON_IDENTITIES, requestsTable } from './common';
import { PARTS } from './parts';
import { TABLE2_2021 } from './table2';
import { REQUEST_ROWS_HEAD, REQUEST_ROWS_OTHER_2021, REQUEST_ROWS_TAIL } from './table3-rows';
import { FormatTemplate } from './types';

/** 《中华人民共和国政府信息公开工作年度报告格式》 (revised), for the 2021 and later reports. */
export const FORMAT_2021: FormatTemplate = {
  id: '2021',
  name: msg('2021年版格式（国办公开办函〔2021〕30号）', '2021 format (Guobangongkaibanhan [2021] No. 30)'),
  notice: '国办公开办函〔2021〕30号',
  years: { from: 2021 },
  parts: PARTS,
  tables: {
    active: activeTable(TABLE2_2021),
    requests: requestsTable([...REQUEST_ROWS_HEAD, ...REQUEST_ROWS_OTHER_2021, ...REQUEST_ROWS_TAIL]),
    appeals: APPEALS_TABLE,
  },
  identities: COMMON_IDENTITIES,
  fingerprints: [/本年制发件数/, /本年废止件数/, /现行有效件数/, /本年处理决定数量/, /本年收费金额/, /逾期不补正/, /缴纳费用/],
};
