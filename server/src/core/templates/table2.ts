import { msg } from '../i18n';
import { CellKind, ColumnTemplate, RowTemplate, Table2Section } from './types';

const col = (id: string, label: string, zh: string, en: string, kind: CellKind = 'count'): ColumnTemplate => ({ id, label, name: msg(zh, en), kind });
const row = (id: string, label: string, en: string, match: RegExp): RowTemplate => ({ id, label, path: [label], name: msg(label, en), match: { l1: match } });

const MADE_2021 = col('made', '本年制发件数', '本年制发件数', 'issued this year');
const REPEALED_2021 = col('repealed', '本年废止件数', '本年废止件数', 'repealed this year');
const VALID_2021 = col('valid', '现行有效件数', '现行有效件数', 'in force');
const PROCESSED_2021 = col('processed', '本年处理决定数量', '本年处理决定数量', 'decisions this year');

const MADE_2019 = col('made', '本年新制作数量', '本年新制作数量', 'newly made');
const PUBLISHED_2019 = col('published', '本年新公开数量', '本年新公开数量', 'newly published');
const TOTAL_2019 = col('total', '对外公开总数量', '对外公开总数量', 'published in total');
const PREV_2019 = col('prevItems', '上一年项目数量', '上一年项目数量', 'items last year');
const DELTA_2019 = col('delta', '本年增/减', '本年增/减', 'change this year', 'signed');
const DECISIONS_2019 = col('processed', '处理决定数量', '处理决定数量', 'decisions');

const REGULATIONS = row('regulations', '规章', 'rules', /^规章$/);
const LICENSING = row('licensing', '行政许可', 'licences', /行政许可/);
const PUNISHMENT = row('punishment', '行政处罚', 'penalties', /行政处罚/);
const COERCION = row('coercion', '行政强制', 'coercive measures', /行政强制/);
const FEES = row('fees', '行政事业性收费', 'administrative fees', /事业性收费|行政收费/);

/** 表二, F2021 (国办公开办函〔2021〕30号, domain §3.2). */
export const TABLE2_2021: readonly Table2Section[] = [
  {
    id: 'item1',
    caption: '第二十条第（一）项',
    columns: [MADE_2021, REPEALED_2021, VALID_2021],
    rows: [REGULATIONS, row('normativeDocuments', '行政规范性文件', 'normative documents', /规范性文件/)],
  },
  { id: 'item5', caption: '第二十条第（五）项', columns: [PROCESSED_2021], rows: [LICENSING] },
  { id: 'item6', caption: '第二十条第（六）项', columns: [PROCESSED_2021], rows: [PUNISHMENT, COERCION] },
  {
    id: 'item8',
    caption: '第二十条第（八）项',
    columns: [col('amount', '本年收费金额（单位：万元）', '本年收费金额（万元）', 'fees collected (10k yuan)', 'money')],
    rows: [FEES],
  },
];

/** 表二, F2019 (国办公开办函〔2019〕60号, domain §3.1). */
export const TABLE2_2019: readonly Table2Section[] = [
  {
    id: 'item1',
    caption: '第二十条第（一）项',
    columns: [MADE_2019, PUBLISHED_2019, TOTAL_2019],
    rows: [REGULATIONS, row('normativeDocuments', '规范性文件', 'normative documents', /规范性文件/)],
  },
  {
    id: 'item5',
    caption: '第二十条第（五）项',
    columns: [PREV_2019, DELTA_2019, DECISIONS_2019],
    rows: [LICENSING, row('otherServices', '其他对外管理服务事项', 'other administrative services', /其他对外管理|对外管理服务/)],
  },
  { id: 'item6', caption: '第二十条第（六）项', columns: [PREV_2019, DELTA_2019, DECISIONS_2019], rows: [PUNISHMENT, COERCION] },
  { id: 'item8', caption: '第二十条第（八）项', columns: [PREV_2019, DELTA_2019], rows: [FEES] },
  {
    id: 'item9',
    caption: '第二十条第（九）项',
    columns: [col('purchases', '采购项目数量', '采购项目数量', 'procurement items'), col('purchaseAmount', '采购总金额', '采购总金额', 'procurement amount', 'money')],
    rows: [row('procurement', '政府集中采购', 'central government procurement', /集中采购/)],
  },
];
