import { strict as assert } from 'assert';
import fc from 'fast-check';
import { MAY_HOLD_QUANTITY } from '../../../server/src/core/prose/quantity-lines';
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

describe('prose-sum quantities: reading details', () => {
  /** value, base unit and scale as read, then the unit as written */
  const readWritten = (text: string) => scan(text).events.flatMap((e) => (e.kind === 'q' ? [`${e.q.approximate ? '~' : ''}${e.q.decimal}${e.q.unit}${e.q.scale ? `e${e.q.scale}` : ''}|${e.q.unitText}`] : []));

  it('keeps the unit as written: spaces, 余, magnitudes, full-width points and percent signs', () => {
    assert.deepEqual(readWritten('资金１．５万元、2\u00a0件、3 余条、12,345,678元、1.5亿元、20千元、3万人次、5％。'), [
      '1.5元e4|万元',
      '2件|\u00a0件',
      '~3条| 余条',
      '12345678元|元',
      '1.5元e8|亿元',
      '20元e3|千元',
      '3人次e4|万人次',
      '5%|％',
    ]);
  });

  it('reads only groups of three after a thousands comma, ranks only after 前/后, ranges with any dash', () => {
    assert.deepEqual(readWritten('1,2345件、前3名、获评3名、3—5件、5～8次、不少于10项、近3个月、3个单位、50%以上'), [
      '2345件|件',
      '3名|名',
      '~5件|件',
      '~8次|次',
      '~10项|项',
      '3个|个',
      '~50%|%',
    ]);
  });

  it('MAY_HOLD_QUANTITY matches every text in which a quantity is read (the rule skips lines it does not match)', () => {
    const piece = fc.constantFrom('1', '23', '１', '.', '．', ',', ' ', '\u00a0', '余', '多', '万', '亿', '千', '元', '件', '人次', '个', '月', '名', '前', '%', '％', '第', 'A', '，', '。', '（', '）', '其中', '约', '年');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        if (scan(text).events.some((e) => e.kind === 'q')) assert.ok(MAY_HOLD_QUANTITY.test(text), text);
      }),
      { numRuns: 5000 },
    );
  });
});
