import { msg } from '../i18n';
import { ColumnTemplate } from './types';
import { mapped } from '../arrays';

const count = (id: string, label: string, zh: string, en: string): ColumnTemplate => ({ id, label, name: msg(zh, en), kind: 'count' });

/** 表三's seven applicant columns, the same in both formats (domain §3.4). */
export const REQUEST_COLUMNS: readonly ColumnTemplate[] = [
  count('naturalPerson', '自然人', '自然人', 'natural persons'),
  count('commercial', '商业企业', '商业企业', 'businesses'),
  count('research', '科研机构', '科研机构', 'research institutes'),
  count('social', '社会公益组织', '社会公益组织', 'public-interest organisations'),
  count('legal', '法律服务机构', '法律服务机构', 'legal service providers'),
  count('otherOrg', '其他', '其他', 'other organisations'),
  count('total', '总计', '总计', 'total'),
];

const OUTCOMES: readonly [string, string, string][] = [
  ['maintain', '结果维持', 'upheld'],
  ['correct', '结果纠正', 'corrected'],
  ['other', '其他结果', 'other outcome'],
  ['unfinished', '尚未审结', 'pending'],
  ['total', '总计', 'total'],
];

const GROUPS: readonly [string, string, string][] = [
  ['review', '行政复议', 'administrative review'],
  ['litigationDirect', '未经复议直接起诉', 'lawsuits without review'],
  ['litigationPostReview', '复议后起诉', 'lawsuits after review'],
];

/** 表四's fifteen columns: three groups of five (domain §3.5). */
export const APPEAL_COLUMNS: readonly ColumnTemplate[] = GROUPS.flatMap(([g, gzh, gen]) =>
  mapped(OUTCOMES, ([o, ozh, oen]) => count(`${g}.${o}`, ozh, `${gzh}·${ozh}`, `${gen}: ${oen}`)),
);

export const APPEAL_GROUPS = mapped(GROUPS, ([id]) => id);
