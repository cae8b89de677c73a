import { strict as assert } from 'assert';
import { byRule } from '../../helpers/lint';
import { covered, report, residentId, rng } from './helpers';

describe('private-info', () => {
  it('names the Windows account and QQ number of a QQ temp-file path', () => {
    const text = report('[image: C:\\Users\\wang\\AppData\\Roaming\\Tencent\\Users\\12345678\\QQ\\WinTemp\\RichOle\\A{B[C.png]');
    const [f] = byRule(text, 'private-info');
    assert.equal(text.slice(f.range.start, f.range.end), 'C:\\Users\\wang\\AppData\\Roaming\\Tencent\\Users\\12345678\\QQ\\WinTemp\\RichOle\\A{B[C.png');
    assert.match(f.message.zh, /Windows 用户名「wang」、QQ 号 12345678/);
    assert.match(f.message.en, /account name "wang", the QQ number 12345678/);
    assert.equal(f.severity, 'error');
    assert.equal(f.fix, undefined);
  });

  it('finds macOS, Linux, UNC and file:/// paths and WeChat ids, ending the path where the sentence goes on', () => {
    const text = report(
      '截图见/Users/li/Desktop/图.png，',
      '原文存于/home/zhao/docs/a.docx。',
      '共享盘\\\\fs01\\公开\\年报.doc；',
      '链接file:///D:/工作/年报.docx，',
      '另见D:\\My Documents\\WeChat Files\\wxid_ab12cd\\FileStorage\\x.jpg。',
    );
    assert.deepEqual(covered(text, 'private-info'), [
      '/Users/li/Desktop/图.png',
      '/home/zhao/docs/a.docx',
      '\\\\fs01\\公开\\年报.doc',
      'file:///D:/工作/年报.docx',
      'D:\\My Documents\\WeChat Files\\wxid_ab12cd\\FileStorage\\x.jpg',
    ]);
    const messages = byRule(text, 'private-info').map((f) => f.message.zh);
    assert.match(messages[0], /用户名「li」/);
    assert.match(messages[1], /用户名「zhao」/);
    assert.match(messages[4], /微信号「wxid_ab12cd」/);
  });

  it('flags personal mobile numbers (masked in the message) and numeric QQ mailboxes', () => {
    const text = report('联系人手机13912345678，或+86 139-1234-5678，邮箱12345678@qq.com。');
    const found = byRule(text, 'private-info');
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['13912345678', '+86 139-1234-5678', '12345678@qq.com']);
    assert.match(found[0].message.zh, /139\*\*\*\*5678/);
    assert.ok(!found[0].message.zh.includes('13912345678'));
    assert.match(found[2].message.zh, /QQ 号 12345678/);
  });

  it('never flags official contact details, URLs, amounts or long statistics', () => {
    const text = report(
      '（地址：某某区某某路1号；邮编：255400；电话：0533-7212036、7212036、(0533)3585321；邮箱：gkb@zb.shandong.cn、office@example.gov.cn；网址：http://www.example.gov.cn/home/index.html）。',
      '政务服务热线12345，投诉电话0533-12345。',
      '全年采购金额13500000000.5元，合计15000000000元，编号20210000000000000001。',
    );
    assert.deepEqual(covered(text, 'private-info'), []);
  });

  it('flags a resident ID number only when its checksum, region and birth date are valid', () => {
    const id = residentId('37030319850612123');
    const idX = ['11010519491231002', '11010519491231003', '11010519491231004'].map(residentId).find((s) => s.endsWith('X'))!;
    const wrong = id.slice(0, 17) + ((Number(id[17] === 'X' ? 10 : id[17]) + 1) % 10);
    const text = report(`申请人身份证号${id}，另一人${idX.toLowerCase()}，误写为${wrong}。`);
    const found = byRule(text, 'private-info');
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), [id, idX.toLowerCase()]);
    assert.match(found[0].message.zh, /370303\*{8}/);
  });

  it('gives no finding on random 18-digit numbers that fail the check', () => {
    const next = rng(20240611);
    let flaggedValid = 0;
    for (let i = 0; i < 300; i++) {
      const digits = Array.from({ length: 18 }, () => Math.floor(next() * 10)).join('');
      const valid = residentId(digits.slice(0, 17)) === digits;
      const found = byRule(report(`编号${digits}。`), 'private-info');
      // A random number with a wrong check digit is never reported; one that happens to pass is
      // reported only with a plausible region and birth date, which random digits almost never give.
      if (!valid) assert.deepEqual(found, [], digits);
      else flaggedValid += found.length;
    }
    assert.ok(flaggedValid <= 1);
  });

  it('gives no finding on numbers whose check digit is right but whose region or birth date is impossible', () => {
    const next = rng(7);
    const d = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
    for (let i = 0; i < 100; i++) {
      const badMonth = residentId(`37${d(4)}1990${13 + (i % 7)}${d(5)}`);
      const badRegion = residentId(`99${d(4)}19900612${d(3)}`);
      const text = report(`编号${badMonth}，${badRegion}。`);
      assert.deepEqual(byRule(text, 'private-info'), [], text);
    }
    assert.equal(byRule(report(`编号${residentId(`3703031990061${d(4)}`)}。`), 'private-info').length, 1);
  });
});
