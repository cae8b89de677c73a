import { PartTemplate } from './types';

/** The six parts, identical in both formats (domain §2.1–2.2). */
export const PARTS: readonly PartTemplate[] = [
  { number: 1, numeral: '一', title: '总体情况', keywords: /总体情况/, accepted: [] },
  {
    number: 2,
    numeral: '二',
    title: '主动公开政府信息情况',
    keywords: /主动公开/,
    accepted: ['行政机关主动公开政府信息情况'],
    table: 'active',
  },
  {
    number: 3,
    numeral: '三',
    title: '收到和处理政府信息公开申请情况',
    keywords: /收到和处理|依申请公开|公开申请/,
    accepted: [],
    table: 'requests',
  },
  {
    number: 4,
    numeral: '四',
    title: '政府信息公开行政复议、行政诉讼情况',
    keywords: /行政复议|行政诉讼/,
    accepted: [
      '政府信息公开行政复议和行政诉讼情况',
      '因政府信息公开工作被申请行政复议和提起行政诉讼情况',
      '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '因政府信息公开被申请行政复议和提起行政诉讼情况',
    ],
    table: 'appeals',
  },
  {
    number: 5,
    numeral: '五',
    title: '存在的主要问题及改进情况',
    keywords: /(主要问题|存在问题|存在的问题).*(改进)/,
    accepted: ['政府信息公开工作存在的主要问题及改进情况', '政府信息公开工作存在主要问题及改进情况', '存在问题及改进情况'],
  },
  {
    number: 6,
    numeral: '六',
    title: '其他需要报告的事项',
    keywords: /其他需要?报告|需要报告的其他|其他需报告/,
    accepted: ['其他需要报告事项', '其他需报告的事项'],
  },
];
