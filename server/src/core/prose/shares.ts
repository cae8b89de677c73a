import { perModel } from '../model/memo';
import { Localized, msg } from '../i18n';
import { ReportModel } from '../model/types';
import { TextRange } from '../text/range';
import { extractMentions, ShareMention } from './mentions';
import { resolveQuantity } from './quantities';
import { formatScaled, hundredScaled, parseStated, percentRounded, percentTruncated, pow10, Stated } from './rounding';
import { Sentence } from './sentences';
import { mapped } from '../arrays';

/** The three bases of domain §5.2. */
export interface Denominator {
  readonly id: 'D1' | 'D2' | 'D3';
  readonly value: number;
  /** "答复总数 111", with the arithmetic for D2 */
  readonly name: Localized;
}

export interface ShareFit {
  readonly base: Denominator;
  readonly rounded: bigint;
  readonly matches: boolean;
  readonly truncates: boolean;
}

export interface ShareCheck {
  readonly share: ShareMention;
  readonly stated: Stated;
  readonly fits: readonly ShareFit[];
  /** `truncated`: matches only when cut off instead of rounded */
  readonly verdict: 'ok' | 'truncated' | 'wrong';
  /** the base the expected value is computed on: the one the rest of the enumeration uses */
  readonly base: Denominator | undefined;
  /** whether `base` is certain enough for a fix (agreed by a sibling share or by the wording) */
  readonly certain: boolean;
  readonly expected: bigint | undefined;
}

export interface ShareGroup {
  readonly period: Sentence;
  readonly checks: readonly ShareCheck[];
  readonly base: Denominator | undefined;
  /** the wording that names a base ("在答复的申请中") and the bases it allows */
  readonly wording: { readonly range: TextRange; readonly allows: readonly Denominator[] } | undefined;
  /** the stated shares add up to exactly 100 although correct rounding does not give them (domain §5.2 step 6) */
  readonly forced: boolean;
}

function denominators(model: ReportModel): Denominator[] {
  const out: Denominator[] = [];
  const answered = resolveQuantity(model, 'answered');
  const received = resolveQuantity(model, 'received');
  const carried = resolveQuantity(model, 'carriedOver');
  if (answered.value) out.push({ id: 'D3', value: answered.value, name: msg(`答复总数 ${answered.value}`, `requests answered, ${answered.value}`) });
  if (received.value !== undefined && carried.value !== undefined && received.value + carried.value > 0) {
    const v = received.value + carried.value;
    out.push({ id: 'D2', value: v, name: msg(`新收 + 上年结转 ${v}（${received.value}+${carried.value}）`, `new + carried over, ${v} (${received.value}+${carried.value})`) });
  }
  if (received.value) out.push({ id: 'D1', value: received.value, name: msg(`本年新收 ${received.value}`, `new requests, ${received.value}`) });
  return out;
}

const ANSWERED_WORDING = /在(?:已)?(?:答复|办结|办理完毕)的[^，。；;：:]{0,8}?(?:中|里)|(?:答复|办结)[^，。；;]{0,16}?\d+件[^。；;]{0,24}?其中/;
const RECEIVED_WORDING = /在?(?:收到|新收|受理)的[^，。；;：:]{0,10}?申请(?:中|里)|收到[^，。；;]{0,16}?\d+件[^。；;]{0,12}?其中/;

function readWording(text: string, start: number, bases: readonly Denominator[]): ShareGroup['wording'] {
  for (const [re, ids] of [[ANSWERED_WORDING, ['D3']], [RECEIVED_WORDING, ['D1', 'D2']]] as const) {
    const m = re.exec(text);
    if (!m) continue;
    const allows = bases.filter((b) => (ids as readonly string[]).includes(b.id));
    if (allows.length) return { range: { start: start + m.index, end: start + m.index + m[0].length }, allows };
  }
  return undefined;
}

function fitsOf(share: ShareMention, stated: Stated, bases: readonly Denominator[]): ShareFit[] {
  const x = share.numerator.value;
  const k = stated.decimals;
  // 占100% is right only for the whole (step 7), even where rounding would reach 100.
  const hundred = stated.scaled === hundredScaled(k);
  return mapped(bases, (base) => {
    const rounded = percentRounded(x, base.value, k);
    const matches = rounded === stated.scaled && (!hundred || x === base.value);
    return { base, rounded, matches, truncates: !matches && percentTruncated(x, base.value, k) === stated.scaled };
  });
}

/** The share rounded on `on`: read from its fit when one was computed on that base. */
function expectedOn(fits: readonly ShareFit[], on: Denominator, share: ShareMention, stated: Stated): bigint {
  const fit = fits.find((f) => f.base === on);
  return fit ? fit.rounded : percentRounded(share.numerator.value, on.value, stated.decimals);
}

/** Whether share i (not a zero share, which fits every base) supports a base value. */
function supports(fits: readonly ShareFit[][], shares: readonly ShareMention[], i: number, value: number): boolean {
  return shares[i].numerator.value !== 0 && fits[i].some((x) => x.base.value === value && (x.matches || x.truncates));
}

/** The base most shares of the enumeration fit; ties go to the wording, then D3, D2, D1. */
function groupBase(fits: readonly ShareFit[][], shares: readonly ShareMention[], prefer: readonly Denominator[], bases: readonly Denominator[]) {
  let best: Denominator | undefined;
  let votes = 0;
  for (const b of [...prefer, ...bases.filter((x) => !prefer.includes(x))]) {
    const n = shares.filter((_, i) => supports(fits, shares, i, b.value)).length;
    if (n > votes) [best, votes] = [b, n];
  }
  return best;
}

function evaluate(model: ReportModel): ShareGroup[] {
  const byPeriod = new Map<Sentence, ShareMention[]>();
  // Only shares of 表三 figures have a known base; "政策文件86条，占6.88%" has none.
  for (const s of extractMentions(model).shares) {
    if (s.numerator.quantity.table !== 'requests') continue;
    const list = byPeriod.get(s.period);
    if (list) list.push(s);
    else byPeriod.set(s.period, [s]);
  }
  // Most reports state no share of 办理结果: the bases are read only for those that do.
  if (!byPeriod.size) return [];
  const bases = denominators(model);
  if (!bases.length) return [];
  const groups: ShareGroup[] = [];
  for (const [period, shares] of byPeriod) {
    const wording = readWording(period.text.slice(0, shares[0].numerator.range.start - period.range.start), period.range.start, bases);
    const stated = mapped(shares, (s) => parseStated(s.token.digits));
    const fits = mapped(shares, (s, i) => fitsOf(s, stated[i], bases));
    const base = groupBase(fits, shares, wording?.allows ?? [], bases) ?? wording?.allows[0];
    const checks: ShareCheck[] = mapped(shares, (share, i) => {
      const ok = fits[i].some((f) => f.matches);
      const cut = fits[i].find((f) => f.truncates && (!base || f.base.value === base.value)) ?? fits[i].find((f) => f.truncates);
      const on = cut?.base ?? base;
      // The fix is certain when another share of the enumeration, or the wording, agrees on the base.
      // Wording that allows two different bases (收到的申请中: D1 or D2) does not settle it.
      const byWording = wording !== undefined && wording.allows.every((w) => w.value === on?.value);
      const agreed = on !== undefined && (shares.some((_, j) => j !== i && supports(fits, shares, j, on.value)) || byWording);
      return {
        share,
        stated: stated[i],
        fits: fits[i],
        verdict: ok ? 'ok' : cut ? 'truncated' : 'wrong',
        base: on,
        certain: agreed,
        expected: on ? expectedOn(fits[i], on, share, stated[i]) : undefined,
      };
    });
    const k = Math.max(...mapped(stated, (s) => s.decimals));
    const sum = stated.reduce((a, s) => a + s.scaled * pow10(k - s.decimals), 0n);
    const whole = base !== undefined && shares.reduce((a, s) => a + s.numerator.value, 0) === base.value;
    const forced = shares.length > 1 && whole && sum === hundredScaled(k) && checks.some((c) => c.verdict !== 'ok');
    groups.push({ period, checks, base, wording, forced });
  }
  return groups;
}

/** Every share of 办理结果 in the prose, checked against the bases of §5.2, by enumeration. Cached per model. */
export const evaluateShares: (model: ReportModel) => readonly ShareGroup[] = perModel(evaluate);

export function shareCheckOf(model: ReportModel, share: ShareMention): ShareCheck | undefined {
  for (const g of evaluateShares(model)) for (const c of g.checks) if (c.share === share) return c;
  return undefined;
}

/** "42.86" */
export function expectedText(c: ShareCheck): string | undefined {
  return c.expected === undefined ? undefined : formatScaled(c.expected, c.stated.decimals);
}
