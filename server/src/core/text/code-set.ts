/**
 * A set of UTF-16 character codes as a table indexed by code (1 = in the set): every character of
 * `chars`, and every range given as its two ends ("az" = a to z). The readers that run on every character
 * of a document look codes up here rather than making one-character strings or testing a Set.
 */
export function codeSet(chars: string, ...ranges: string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  for (const r of ranges) table.fill(1, r.charCodeAt(0), r.charCodeAt(1) + 1);
  return table;
}
