/**
 * Agency names as reports write them, compared for "is this the same agency's report".
 * 人民政府 and 人民政府办公室 are different agencies (a district's report and its office's own report);
 * only spacing, brackets and a leading place prefix ("淄博市临淄区…" vs "临淄区…") are tolerated.
 */

/** Spacing and punctuation removed; 区政府 written out as 区人民政府. */
export function normalizeAgency(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000·•（）()【】[\]〔〕“”"'‘’《》<>]/g, '')
    .replace(/([省市县区州旗])政府(办公室|办公厅)?$/, '$1人民政府$2');
}

/** A prefix that only names the places above the agency: 山东省, 淄博市, 山东省淄博市. */
const PLACE_PREFIX = /^(?:[\u4e00-\u9fa5]{1,12}?(?:省|自治区|市|自治州|州|地区|盟))+$/;

export type AgencyMatch = 'same' | 'prefixed' | 'different';

export function compareAgencies(a: string, b: string): AgencyMatch {
  const x = normalizeAgency(a);
  const y = normalizeAgency(b);
  if (!x || !y) return 'different';
  if (x === y) return 'same';
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (short.length >= 3 && long.endsWith(short) && PLACE_PREFIX.test(long.slice(0, long.length - short.length))) return 'prefixed';
  return 'different';
}
