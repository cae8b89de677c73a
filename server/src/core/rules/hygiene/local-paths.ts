import { perModel } from '../../model/memo';
import { ReportModel } from '../../model/types';
import { TextRange } from '../../text/range';
import { matchesAtCues, Offsets, SpanSet } from './common';
import { cuesOf, scanCues } from './cues';
import { mapped } from '../../arrays';

/** A local file-system path and the personal identifiers inside it (domain §7.2). */
export interface LocalPath {
  readonly range: TextRange;
  readonly text: string;
  readonly system: 'windows' | 'unc' | 'posix' | 'file-url';
  /** the OS account name in …\Users\<name>\… or /home/<name>/… */
  readonly account?: string;
  /** the QQ number in …\Tencent\Users\<digits>\QQ\… or …\Tencent Files\<digits>\… */
  readonly qq?: string;
  /** the WeChat id in …\WeChat Files\<id>\… */
  readonly wechat?: string;
}

// Linear patterns: a path segment class never contains its separator, so each repetition is
// "segment, separator" without ambiguity. The last segment stops at white space and Chinese punctuation.
// A file name may hold "[" (QQ's RichOle temp names do, linzi-2020); "]" ends an [image: …] payload.
// Folder names may hold single spaces ("Documents and Settings", "Tencent Files"), never Chinese
// punctuation nor ":", so a path stops where the sentence around it goes on.
const CH = '[^\\\\/\\s\\]:"<>|*?，。；：、）》“”]';
const SEGMENT = `${CH}+(?: ${CH}+)*`;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;

/**
 * Each pattern is sticky and tried only at its marks, the : \ / of the text (see cuesOf), so the
 * lookbehinds cost nothing elsewhere.
 */
interface PathPattern {
  readonly system: LocalPath['system'];
  /** where a path of this kind would start, given a mark; undefined when the mark is not this kind's */
  readonly startAt: (text: string, mark: number) => number | undefined;
  readonly pattern: RegExp;
}

const PATTERNS: readonly PathPattern[] = [
  {
    system: 'file-url',
    startAt: (text, at) => (text.charCodeAt(at) === COLON ? at - 4 : undefined),
    pattern: /\bfile:\/\/[^\s\]"<>，。；：、）》“”]*/iy,
  },
  {
    system: 'windows',
    startAt: (text, at) => (text.charCodeAt(at) === COLON ? at - 1 : undefined),
    pattern: new RegExp(`(?<![A-Za-z0-9])[A-Za-z]:[\\\\/](?:${SEGMENT}[\\\\/])*${CH}*`, 'y'),
  },
  {
    system: 'unc',
    startAt: (text, at) => (text.charCodeAt(at) === BACKSLASH && text.charCodeAt(at + 1) === BACKSLASH ? at : undefined),
    pattern: /(?<![\\\w])\\\\[A-Za-z0-9._$-]+\\[^\s\]"<>|*?，。；：、）》“”]*/y,
  },
  {
    system: 'posix',
    startAt: (text, at) => (text.charCodeAt(at) === SLASH ? at : undefined),
    pattern: /(?<![\w.~%/:\\-])\/(?:Users|home|root|Volumes|mnt|media)\/[^\s\]"<>|，。；：、）》“”]+/y,
  },
];

/** Profiles that name no person. */
const SHARED_ACCOUNTS = /^(?:public|default|default user|all users|administrator|admin|root)$/i;

function identifiers(path: string, system: LocalPath['system']): Pick<LocalPath, 'account' | 'qq' | 'wechat'> {
  const account =
    system === 'posix' ? /^\/(?:Users|home)\/([^/]+)/.exec(path)?.[1] : /[\\/](?:Users|Documents and Settings)[\\/]([^\\/]+)/i.exec(path)?.[1];
  const qq = /Tencent[\\/]Users[\\/](\d{5,11})[\\/]QQ\b/i.exec(path)?.[1] ?? /Tencent Files[\\/](\d{5,11})(?:[\\/]|$)/i.exec(path)?.[1];
  const wechat = /WeChat Files[\\/]([^\\/]+)/i.exec(path)?.[1];
  return {
    account: account && !SHARED_ACCOUNTS.test(account) ? account : undefined,
    qq,
    wechat: wechat && wechat !== 'All Users' ? wechat : undefined,
  };
}

/** `marks`: the offsets of every : \ / in the text, in order. */
export function findLocalPaths(text: string, marks: Offsets = scanCues(text).pathMarks): LocalPath[] {
  const out: LocalPath[] = [];
  for (const { system, startAt, pattern } of PATTERNS) {
    // The paths of the patterns before (a pattern's own matches never overlap), gathered when one is found.
    let found: SpanSet | undefined;
    for (const m of matchesAtCues(pattern, text, marks, (at) => startAt(text, at))) {
      const start = m.index;
      const end = start + m[0].length;
      found ??= new SpanSet(mapped(out, (p) => p.range));
      // A Windows path inside a file:/// URL belongs to the URL.
      if (found.overlaps({ start, end: start + 1 })) continue;
      // "C:" alone, or a bare drive root, exposes nothing.
      if (m[0].replace(/^[A-Za-z]:[\\/]/, '').length === 0) continue;
      out.push({ range: { start, end }, text: m[0], system, ...identifiers(m[0], system) });
    }
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** The local paths of a model, found once for the rules that read them. */
export const localPathsOf = perModel((model: ReportModel) => findLocalPaths(model.text, cuesOf(model).pathMarks));
