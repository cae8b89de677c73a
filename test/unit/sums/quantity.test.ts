import { strict as assert } from 'assert';
import { scan } from '../../../server/src/core/rules/sums/scan';

/** The quantities the scanner reads in a made-up sentence, as digits + unit (~ when approximate). */
function read(text: string): string[] {
  return scan(text).events.flatMap((e) => (e.kind === 'q' ? [`${e.q.approximate ? '~' : ''}${e.q.decimal}${e.q.unit}${e.q.scale ? `e${e.q.scale}` : ''}`] : []));
}

describe('prose-sum quantities', () => {
  it('reads counts, amounts with their magnitude, and percentages', () => {
    assert.deepEqual(read('共收到申请12件，投入资金1.25万元、3000元，占比54.3%，服务1,200人次，信息1.2万条。'), ['12件', '1.25元e4', '3000元', '54.3%', '1200人次', '1.2条e4']);
  });

  it('marks approximations: 约 近 逾 超过 before, 余 多 左右 以上 after, ranges', () => {
    assert.deepEqual(read('约500条、近20次、逾30件、超过40项、5600余条、200多条、2000 余次、50件左右、90%以上、3至5件'), [
      '~500条', '~20次', '~30件', '~40项', '~5600条', '~200条', '~2000次', '~50件', '~90%', '~5件',
    ]);
  });

  it('skips digits that are not counts: dates, article and document numbers, ranks, durations, decimals of counts', () => {
    assert.deepEqual(read('2020年1月1日起，依据第13条、〔2019〕60号，位列前3名，10个工作日内，3个月，1.5个百分点，H5页面，1.5件'), []);
  });

  it('reads full-width digits', () => {
    assert.deepEqual(read('共收到申请１２件'), ['12件']);
  });
});
