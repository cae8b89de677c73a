import { msg } from '../i18n';
import { RowTemplate } from './types';

const L1_NEW = /新收/;
const L1_CARRIED = /上年.*结转|结转.*上年/;
const L1_RESULTS = /办理结果/;
const L1_FORWARD = /结转下年|下年度继续/;

const RESULT_HEAD = '三、本年度办理结果';

function result(id: string, l2: string, l2re: RegExp, zh: string, en: string, groups: string[], l3?: [string, RegExp]): RowTemplate {
  return {
    id,
    label: l3 ? l3[0] : l2,
    path: l3 ? [RESULT_HEAD, l2, l3[0]] : [RESULT_HEAD, l2],
    name: msg(zh, en),
    match: { l1: L1_RESULTS, l2: l2re, l3: l3?.[1] },
    groups: ['result', ...groups],
  };
}

const DENIED = '（三）不予公开';
const UNABLE = '（四）无法提供';
const NOT_PROCESSED = '（五）不予处理';
const OTHER = '（六）其他处理';
const reDenied = /不予公开/;
const reUnable = /无法提供/;
const reNotProcessed = /不予处理/;
const reOther = /其他处理/;

/** Rows both formats share at the top of 表三 (R1–R20). */
export const REQUEST_ROWS_HEAD: readonly RowTemplate[] = [
  { id: 'newReceived', label: '一、本年新收政府信息公开申请数量', path: ['一、本年新收政府信息公开申请数量'], name: msg('本年新收', 'new requests'), match: { l1: L1_NEW } },
  { id: 'carriedOver', label: '二、上年结转政府信息公开申请数量', path: ['二、上年结转政府信息公开申请数量'], name: msg('上年结转', 'carried over from last year'), match: { l1: L1_CARRIED } },
  result('granted', '（一）予以公开', /予以公开/, '予以公开', 'disclosed', []),
  result('partialGrant', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', /部分公开/, '部分公开', 'partly disclosed', []),
  result('denied.stateSecret', DENIED, reDenied, '不予公开·属于国家秘密', 'withheld: state secret', ['denied'], ['1.属于国家秘密', /国家秘密/]),
  result('denied.lawForbidden', DENIED, reDenied, '不予公开·其他法律行政法规禁止公开', 'withheld: forbidden by law', ['denied'], ['2.其他法律行政法规禁止公开', /禁止公开/]),
  result('denied.safetyStability', DENIED, reDenied, '不予公开·危及“三安全一稳定”', 'withheld: security and stability', ['denied'], ['3.危及“三安全一稳定”', /三安全/]),
  result('denied.thirdPartyRights', DENIED, reDenied, '不予公开·保护第三方合法权益', 'withheld: third-party rights', ['denied'], ['4.保护第三方合法权益', /第三方/]),
  result('denied.internalAffairs', DENIED, reDenied, '不予公开·属于三类内部事务信息', 'withheld: internal affairs', ['denied'], ['5.属于三类内部事务信息', /内部事务/]),
  result('denied.processInfo', DENIED, reDenied, '不予公开·属于四类过程性信息', 'withheld: process information', ['denied'], ['6.属于四类过程性信息', /过程性/]),
  result('denied.enforcementCase', DENIED, reDenied, '不予公开·属于行政执法案卷', 'withheld: enforcement file', ['denied'], ['7.属于行政执法案卷', /执法案卷/]),
  result('denied.adminQuery', DENIED, reDenied, '不予公开·属于行政查询事项', 'withheld: administrative query', ['denied'], ['8.属于行政查询事项', /查询事项/]),
  result('unable.noInfo', UNABLE, reUnable, '无法提供·本机关不掌握相关政府信息', 'unavailable: not held', ['unable'], ['1.本机关不掌握相关政府信息', /不掌握/]),
  result('unable.needCreation', UNABLE, reUnable, '无法提供·没有现成信息需要另行制作', 'unavailable: would need creating', ['unable'], ['2.没有现成信息需要另行制作', /另行制作/]),
  result('unable.unclear', UNABLE, reUnable, '无法提供·补正后申请内容仍不明确', 'unavailable: still unclear', ['unable'], ['3.补正后申请内容仍不明确', /补正/]),
  result('notProcessed.complaint', NOT_PROCESSED, reNotProcessed, '不予处理·信访举报投诉类申请', 'not processed: petitions and complaints', ['notProcessed'], ['1.信访举报投诉类申请', /信访|投诉/]),
  result('notProcessed.repeat', NOT_PROCESSED, reNotProcessed, '不予处理·重复申请', 'not processed: repeated request', ['notProcessed'], ['2.重复申请', /重复申请/]),
  result('notProcessed.publication', NOT_PROCESSED, reNotProcessed, '不予处理·要求提供公开出版物', 'not processed: publications', ['notProcessed'], ['3.要求提供公开出版物', /出版物/]),
  result('notProcessed.massive', NOT_PROCESSED, reNotProcessed, '不予处理·无正当理由大量反复申请', 'not processed: mass requests', ['notProcessed'], ['4.无正当理由大量反复申请', /大量/]),
  result('notProcessed.confirm', NOT_PROCESSED, reNotProcessed, '不予处理·要求行政机关确认或重新出具已获取信息', 'not processed: confirmation of obtained information', ['notProcessed'], ['5.要求行政机关确认或重新出具已获取信息', /确认|重新出具/]),
];

/** F2019: （六）其他处理 is one row (R21a). */
export const REQUEST_ROW_OTHER_2019: readonly RowTemplate[] = [result('other', OTHER, reOther, '其他处理', 'other handling', ['other'])];

/** F2021: （六）其他处理 has three sub-rows (R21–R23). */
export const REQUEST_ROWS_OTHER_2021: readonly RowTemplate[] = [
  result('other.overdueCorrection', OTHER, reOther, '其他处理·逾期不补正', 'other: correction overdue', ['other'], ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', /补正/]),
  result('other.overdueFee', OTHER, reOther, '其他处理·逾期未缴费', 'other: fee overdue', ['other'], ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', /缴纳费用|收费/]),
  result('other.otherReasons', OTHER, reOther, '其他处理·其他', 'other: other reasons', ['other'], ['3.其他', /^\d*\.?其他$|其他/]),
];

export const REQUEST_ROWS_TAIL: readonly RowTemplate[] = [
  { id: 'totalProcessed', label: '（七）总计', path: [RESULT_HEAD, '（七）总计'], name: msg('办理结果总计', 'total handled'), match: { l1: L1_RESULTS, l2: /总计/ } },
  { id: 'carriedForward', label: '四、结转下年度继续办理', path: ['四、结转下年度继续办理'], name: msg('结转下年度继续办理', 'carried forward'), match: { l1: L1_FORWARD } },
];
