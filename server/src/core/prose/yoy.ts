import { perModel } from '../model/memo';
import { ReportModel } from '../model/types';
import { extractMentions, YoyMention } from './mentions';
import { changeRounded, changeTruncated, formatScaled, hundredScaled, parseStated, percentText, Stated } from './rounding';
import { mapped } from '../arrays';

/**
 * "同比下降55.55%" without last year's report (domain §5.3): the previous count must be a whole number,
 * so only some values of p are possible for this year's count. Solving for it tells a correctly rounded
 * figure (info: the implied previous value) from a truncated one (error) and from an impossible one.
 */
export interface YoyCheck {
  readonly mention: YoyMention;
  readonly stated: Stated;
  readonly current: number;
  /** previous counts that give p when rounded half-up */
  readonly rounded: readonly number[];
  /** previous counts that give p only when truncated */
  readonly truncated: readonly number[];
  /** more whole previous counts fit than are listed (a coarse p on a large count) */
  readonly more: boolean;
  readonly verdict: 'implied' | 'truncated' | 'impossible';
  /** for `impossible`: the previous count that comes closest, to show what p would be */
  readonly nearest: number | undefined;
}

const LIMIT = 50;
/** whole counts tried at most: near 100 % the solutions run on without end */
const SPAN = 20000;

/** The range of whole previous counts whose change could be p (rounded or truncated), widened by one. */
function searchRange(cur: number, p: number, k: number, up: boolean): [number, number] {
  const step = 10 ** -k;
  const lo = Math.max(0, p - step / 2);
  const hi = p + step;
  if (up) return [Math.floor(cur / (1 + hi / 100)) - 1, Math.ceil(cur / (1 + lo / 100)) + 1];
  if (lo >= 100) return [1, 0];
  const top = hi >= 100 ? Number.MAX_SAFE_INTEGER : Math.ceil(cur / (1 - hi / 100)) + 1;
  return [Math.floor(cur / (1 - lo / 100)) - 1, top];
}

export function checkYoy(mention: YoyMention): YoyCheck {
  const stated = parseStated(mention.token.digits);
  const k = stated.decimals;
  const cur = mention.count.value;
  const up = mention.direction === 'up';
  const hundred = hundredScaled(k);
  // A fall of 100 % or more leaves nothing: right only for a count of 0, whatever last year's was.
  if (!up && stated.scaled >= hundred) {
    const ok = cur === 0 && stated.scaled === hundred;
    return { mention, stated, current: cur, rounded: [], truncated: [], more: ok, verdict: ok ? 'implied' : 'impossible', nearest: undefined };
  }
  const [from, end] = searchRange(cur, Number(stated.text), k, up);
  const to = Math.min(end, Math.max(1, from) + SPAN);
  const rounded: number[] = [];
  const truncated: number[] = [];
  let more = end > to;
  let nearest: number | undefined;
  let nearestGap: bigint | undefined;
  for (let prev = Math.max(1, from); prev <= to; prev++) {
    // 增长 needs a smaller previous count, 下降 a larger one.
    if (up ? prev >= cur : prev <= cur) continue;
    const r = changeRounded(cur, prev, k);
    if (r === stated.scaled) {
      if (rounded.length < LIMIT) rounded.push(prev);
      else more = true;
    } else if (changeTruncated(cur, prev, k) === stated.scaled && truncated.length < LIMIT) truncated.push(prev);
    const gap = r > stated.scaled ? r - stated.scaled : stated.scaled - r;
    if (nearestGap === undefined || gap < nearestGap) [nearest, nearestGap] = [prev, gap];
  }
  const verdict = rounded.length ? 'implied' : truncated.length ? 'truncated' : 'impossible';
  return { mention, stated, current: cur, rounded, truncated, more, verdict, nearest: verdict === 'impossible' ? nearest : undefined };
}

export const evaluateYoy = perModel((model: ReportModel): readonly YoyCheck[] => mapped(extractMentions(model).yoy, checkYoy));

/** "(27 − 12) ÷ 27 = 55.556% → 55.56%" */
export function yoyComputation(c: YoyCheck, prev: number): string {
  const k = c.stated.decimals;
  const diff = c.mention.direction === 'up' ? `(${c.current} − ${prev})` : `(${prev} − ${c.current})`;
  return `${diff} ÷ ${prev} = ${percentText(Math.abs(c.current - prev), prev, k)}% → ${formatScaled(changeRounded(c.current, prev, k), k)}%`;
}

