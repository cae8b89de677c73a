import { msg } from '../i18n';
import { activeTable, APPEALS_TABLE, COMMON_IDENTITIES, requestsTable } from './common';
import { PARTS } from './parts';
import { TABLE2_2019 } from './table2';
import { REQUEST_ROWS_HEAD, REQUEST_ROWS_TAIL, REQUEST_ROW_OTHER_2019 } from './table3-rows';
import { FormatTemplate } from './types';

/** 《中华人民共和国政府信息公开工作年度报告格式（试行）》, for the 2019 and 2020 reports. */
export const FORMAT_2019: FormatTemplate = {
  id: '2019',
  name: msg('2019年版格式（国办公开办函〔2019〕60号）', '2019 format (Guobangongkaibanhan [2019] No. 60)'),
  notice: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  parts: PARTS,
  tables: {
    active: activeTable(TABLE2_2019),
    requests: requestsTable([...REQUEST_ROWS_HEAD, ...REQUEST_ROW_OTHER_2019, ...REQUEST_ROWS_TAIL]),
    appeals: APPEALS_TABLE,
  },
  identities: COMMON_IDENTITIES,
  fingerprints: [/本年新制作数量/, /本年新公开数量/, /对外公开总数量/, /上一年项目数量/, /本年增\/减/, /其他对外管理服务事项/, /第二十条第\(九\)项/, /政府集中采购/, /采购总金额/],
};
