import { perModel } from '../../model/memo';
import { ReportModel } from '../../model/types';
import { Offsets } from './common';

/**
 * Where each hygiene check can start, found in one pass over the text for the whole family.
 *
 * The checks look for what is rare in Chinese prose: half-width marks, the brackets of a document
 * number, path separators, Latin field codes, invisible characters. Reading every character once
 * through a lookup table costs on the order of splitting the text into lines; a regular expression
 * over the whole text costs about that much per rule and per pattern (and far more when it starts
 * with a lookbehind, which it tries at every offset), and an indexOf per character sought adds up
 * over the forty characters here. Each check then tries its pattern only at its cues.
 */
const GROUPS = {
  /** , ; : ( ) space and no-break space: half-width marks and stray spaces (punctuation) */
  punctuation: ',;:() \u00a0',
  /** every opening bracket a document number's year is written in, right or wrong (doc-numbers) */
  docNumberBrackets: '[［【(（〈﹝{〔',
  /** `[image: …]`, `[bookmark: …]`… placeholders (artifacts) */
  placeholders: '[',
  /** first characters of Word field codes (PAGE, NUMPAGES, SECTIONPAGES, HYPERLINK, TOC, EMBED) and the * of `\*` switches (artifacts) */
  fieldCodes: 'PNSHTE*',
  /** zero-width space and non-joiner, LRM/RLM, word joiner, soft hyphen, BOM (artifacts) */
  invisible: '\u200b\u200c\u200e\u200f\u2060\u00ad\ufeff',
  /** the drive colon, backslashes and slashes of local paths and file URLs (local-paths) */
  pathMarks: ':\\/',
  /** the @ of mailboxes (private-info) */
  mailboxes: '@',
  /** 年 of dates (date-format) */
  years: '年',
  /** title marks, and the angle brackets a title inside a title may wrongly take (title-marks) */
  titles: '《》<>＜＞',
} as const;

type CharGroup = keyof typeof GROUPS;
/** The groups of characters, and private-use characters (symbol-font glyphs; artifacts), a range rather than a list. */
type CueGroup = CharGroup | 'privateUse';

export type Cues = { readonly [G in CueGroup]: Offsets } & {
  /** the starts of runs of 17 or more digits, where a resident ID number may stand (private-info) */
  readonly longDigitRuns: Offsets;
  /** the starts of runs of digits that begin 13–19 or 86 (the country code), where a mobile number may stand (private-info) */
  readonly mobileRuns: Offsets;
};

const NAMES: readonly CueGroup[] = [...(Object.keys(GROUPS) as CharGroup[]), 'privateUse'];
const LONG_RUN = 17;

/** Per character code, the groups it is a cue of, one bit each (in the order of NAMES). */
const GROUP_BITS = buildGroupBits();

function buildGroupBits(): Uint16Array {
  const table = new Uint16Array(0x10000);
  NAMES.forEach((name, bit) => {
    const chars = name === 'privateUse' ? '' : GROUPS[name];
    for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] |= 1 << bit;
  });
  table.fill(1 << NAMES.indexOf('privateUse'), 0xe000, 0xf900);
  return table;
}

// What the pass over every character does with one. It does as little as it can: a byte per
// character code says whether to go on (most of the text), extend a run of digits, or note a cue.
const PASS = 0;
const DIGIT = 1;
const CUE = 2;
const ACTION = buildActions();

function buildActions(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (GROUP_BITS[c] !== 0) table[c] = CUE;
  table.fill(DIGIT, 0x30, 0x3a);
  return table;
}

/** The cues of a text; rules with a model read `cuesOf`, which finds them once per model. */
export function scanCues(text: string): Cues {
  // Made here rather than by `NAMES.map(() => [])`: with arrays made in another function the pushes
  // below cost the scan a third more (measured on node 20).
  const groups: number[][] = [];
  for (let g = 0; g < NAMES.length; g++) groups.push([]);
  const longDigitRuns: number[] = [];
  const mobileRuns: number[] = [];
  let runStart = 0;
  let lastDigit = -2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const action = ACTION[c];
    if (action === PASS) continue;
    if (action === CUE) {
      // One push per group of the character (most are in one): the lowest bit first, then cleared.
      for (let bits = GROUP_BITS[c]; bits !== 0; bits &= bits - 1) groups[31 - Math.clz32(bits & -bits)].push(i);
      continue;
    }
    // A digit. A run of digits is closed only when the next one starts (or at the end): other characters pay nothing.
    if (i !== lastDigit + 1) {
      if (lastDigit + 1 - runStart >= LONG_RUN) longDigitRuns.push(runStart);
      runStart = i;
      if (beginsMobile(text, i)) mobileRuns.push(i);
    }
    lastDigit = i;
  }
  if (lastDigit + 1 - runStart >= LONG_RUN) longDigitRuns.push(runStart);
  const cues: Record<string, Offsets> = { longDigitRuns, mobileRuns };
  NAMES.forEach((name, g) => (cues[name] = groups[g]));
  return cues as Cues;
}

/** 13…19 (a mobile number) or 86 (China's country code before one). */
function beginsMobile(text: string, i: number): boolean {
  const first = text.charCodeAt(i);
  const second = text.charCodeAt(i + 1);
  return (first === 0x31 && second >= 0x33 && second <= 0x39) || (first === 0x38 && second === 0x36);
}

export const cuesOf = perModel((model: ReportModel) => scanCues(model.text));
