/**
 * Lists of words looked for in a stretch of the paragraph, where a regular expression /w1|w2|…/ used to be
 * tested on a slice of it: the restatement check asks several lists of every quantity it reads, and each
 * slice and match allocated. A stretch is passed as offsets, so nothing is sliced.
 */
import { groupByCode } from './chars';
import { mapped } from '../../arrays';

/**
 * Whether the set of character codes, one bit per code, holds `code` (NaN, the code past the end of a text,
 * reads as U+0000: not held).
 */
function hasCode(bits: Uint32Array, code: number): boolean {
  return ((bits[code >> 5] >>> (code & 31)) & 1) === 1;
}

export class Words {
  /**
   * One bit per character code, set for the first character of some word: most characters of the prose
   * start none, and are passed over on one lookup (8 KB per list, where a byte per code would take 64 KB).
   */
  private readonly first = new Uint32Array(0x10000 / 32);
  /** the words by the code of their first character, in the order given */
  private readonly byFirst: Map<number, string[]>;
  private readonly longest: number;

  constructor(words: readonly string[]) {
    for (const w of words) this.first[w.charCodeAt(0) >> 5] |= 1 << (w.charCodeAt(0) & 31);
    this.byFirst = groupByCode(words, (w) => w.charCodeAt(0));
    this.longest = Math.max(...mapped(words, (w) => w.length));
  }

  /** Sets the bits of the characters its words start with in `bits`, a set laid out as `first`. */
  addStartsTo(bits: Uint32Array): void {
    for (let k = 0; k < bits.length; k++) bits[k] |= this.first[k];
  }

  private starts(code: number): boolean {
    return hasCode(this.first, code);
  }

  /**
   * The first word, in the order given, written at `at` and ending by `to`: what a sticky /w1|w2|…/y tried
   * at `at` on the text cut at `to` would match.
   */
  at(text: string, at: number, to: number): string | undefined {
    if (at >= to || !this.starts(text.charCodeAt(at))) return undefined;
    for (const w of this.byFirst.get(text.charCodeAt(at))!) if (at + w.length <= to && text.startsWith(w, at)) return w;
    return undefined;
  }

  /** Some word lies wholly inside [from, to): what /w1|w2|…/.test(text.slice(from, to)) says. */
  within(text: string, from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.starts(text.charCodeAt(i)) && this.at(text, i, to) !== undefined) return true;
    return false;
  }

  /**
   * Some word of the two stretches [aFrom, aTo) and [bFrom, bTo), read as one string, lies in the second or
   * across the join. With `within` of the first stretch, it is what the pattern says of the two slices
   * joined, without joining them; a caller asks it once the first stretch is known to hold no word.
   */
  beyondFirst(text: string, aFrom: number, aTo: number, bFrom: number, bTo: number): boolean {
    if (this.within(text, bFrom, bTo)) return true;
    // A word across the join starts in the last characters of the first stretch.
    for (let k = Math.max(aFrom, aTo - this.longest + 1); k < aTo; k++) {
      if (!this.starts(text.charCodeAt(k))) continue;
      for (const w of this.byFirst.get(text.charCodeAt(k))!) if (runsAcross(text, w, k, aTo, bFrom, bTo)) return true;
    }
    return false;
  }
}

/** `w` is written from `k` to the end of the first stretch (ending at `aTo`) and on from `bFrom`, ending by `bTo`. */
function runsAcross(text: string, w: string, k: number, aTo: number, bFrom: number, bTo: number): boolean {
  const inFirst = aTo - k;
  if (w.length <= inFirst || bFrom + w.length - inFirst > bTo) return false;
  for (let j = 0; j < w.length; j++) {
    const c = j < inFirst ? text.charCodeAt(k + j) : text.charCodeAt(bFrom + j - inFirst);
    if (c !== w.charCodeAt(j)) return false;
  }
  return true;
}

/**
 * Several lists looked for in the same stretch in one pass over it: the restatement check asks three lists
 * of the clause before every quantity, and each pass read every character of the clause again.
 */
export class WordLists {
  /** one bit per character code, set where a word of any list starts */
  private readonly first = new Uint32Array(0x10000 / 32);

  constructor(private readonly lists: readonly Words[]) {
    for (const list of lists) list.addStartsTo(this.first);
  }

  /** Bit k is set when `lists[k]` has a word wholly inside [from, to), as its `within` says. */
  within(text: string, from: number, to: number): number {
    const all = (1 << this.lists.length) - 1;
    let found = 0;
    for (let i = from; i < to && found !== all; i++) {
      const code = text.charCodeAt(i);
      if (!hasCode(this.first, code)) continue;
      for (let k = 0; k < this.lists.length; k++) if ((found & (1 << k)) === 0 && this.lists[k].at(text, i, to) !== undefined) found |= 1 << k;
    }
    return found;
  }
}
