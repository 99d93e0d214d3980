import { createHash } from 'node:crypto';
import { ImportRefusedError } from './refused';

/**
 * An agency belongs to a jurisdiction: 「市市场监管局」 in two plans is two bodies unless the plans are the same
 * city's. This module reads a plan's place, says whose body a bare name is, and keys bodies by their place.
 */
export type JurisdictionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

export interface Jurisdiction {
  /** Stable, deterministic: a known place's short key (lps, gz), else j + a hash of its name (and its city's, for a county). */
  key: string;
  name: string;
  level: JurisdictionLevel;
  parent: Jurisdiction | null;
}

/** Places the seed knows: Liupanshui, its province and its county-level places (盘州市 is county-level). */
const KNOWN: Record<string, { key: string; level: JurisdictionLevel; parent: string | null }> = {
  贵州省: { key: 'gz', level: 'PROVINCE', parent: null },
  六盘水市: { key: 'lps', level: 'CITY', parent: '贵州省' },
  钟山区: { key: 'lps-zhongshan', level: 'COUNTY', parent: '六盘水市' },
  水城区: { key: 'lps-shuicheng', level: 'COUNTY', parent: '六盘水市' },
  水城县: { key: 'lps-shuicheng', level: 'COUNTY', parent: '六盘水市' },
  盘州市: { key: 'lps-panzhou', level: 'COUNTY', parent: '六盘水市' },
  六枝特区: { key: 'lps-liuzhi', level: 'COUNTY', parent: '六盘水市' },
};
/** The seed's plans are Liupanshui's. */
export const LIUPANSHUI = '六盘水市';

const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 8);

/** A place by name and level, with its parent where known; known places take their table entry. */
export function place(name: string, level: JurisdictionLevel, parent: Jurisdiction | null): Jurisdiction {
  const known = KNOWN[name];
  if (known) return { key: known.key, name, level: known.level, parent: known.parent ? place(known.parent, KNOWN[known.parent].level, null) : parent };
  // A county's key carries its city's name (two cities can each have a 城关区); a city's and a province's do not.
  const key = `j${hash(level === 'COUNTY' ? `${parent?.name ?? '?'}/${name}` : name)}`;
  return { key, name, level, parent };
}

/** The place and its parents, innermost first. */
export function chainOf(j: Jurisdiction): Jurisdiction[] {
  const out: Jurisdiction[] = [];
  for (let p: Jurisdiction | null = j; p; p = p.parent) out.push(p);
  return out;
}

const SEGMENT = /[\u4e00-\u9fa5]{2,}?(?:自治区|自治州|自治县|特区|地区|省|市|州|盟|县|区|旗)/y;

/** Place names at the start of `text` (贵州省六盘水市 → 贵州省, 六盘水市), known places matched whole first. */
function segments(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    const known = Object.keys(KNOWN).find((k) => text.startsWith(k, at));
    if (known) {
      out.push(known);
      at += known.length;
      continue;
    }
    SEGMENT.lastIndex = at;
    const m = SEGMENT.exec(text);
    if (!m) break;
    out.push(m[0]);
    at += m[0].length;
  }
  return out;
}

const levelOf = (seg: string, after: JurisdictionLevel | null): JurisdictionLevel => {
  if (KNOWN[seg]) return KNOWN[seg].level;
  if (/(?:省|自治区)$/.test(seg)) return 'PROVINCE';
  if (after === 'CITY') return 'COUNTY';
  if (/(?:市|州|地区|盟)$/.test(seg)) return 'CITY';
  return 'COUNTY';
};

/** A jurisdiction from place names written in order (贵州省/遵义市/桐梓县, 遵义市桐梓县); null when none is read. */
export function parseJurisdiction(written: string): Jurisdiction | null {
  const segs = segments(written.replace(/[/／\s]/g, ''));
  let j: Jurisdiction | null = null;
  for (const seg of segs) j = place(seg, levelOf(seg, j?.level ?? null), j);
  return j;
}

/**
 * The plan's jurisdiction: `given` (the --jurisdiction option) when set, else the place its title starts with
 * (「××市“十五五”…」), its parents from the text (遵义市桐梓县, 贵州省遵义市, a followed 「××省…规划」) or the table of
 * known places. Refuses (nothing stored) a plan whose place cannot be read, and a county whose city cannot: a bare
 * 「市市场监管局」 in it would have no owner.
 */
export function readJurisdiction(title: string, body: string, given?: string): Jurisdiction {
  let j = given ? parseJurisdiction(given) : parseJurisdiction(title.split(/[“"「《]|十[一二三四五六七八九]五|\d{4}/)[0]);
  if (!j) {
    throw new ImportRefusedError(given ? `--jurisdiction "${given}" names no place (write e.g. 贵州省/遵义市/桐梓县)` : `the title "${title}" names no place; give it with --jurisdiction (e.g. 贵州省/遵义市)`);
  }
  if (j.level === 'COUNTY' && !j.parent) {
    const city = new RegExp(`([\\u4e00-\\u9fa5]{2,}?(?:市|州|地区|盟))${j.name}`).exec(body);
    if (!city) throw new ImportRefusedError(`the plan is ${j.name}'s but its city is not written (××市${j.name}); give it with --jurisdiction (e.g. 贵州省/遵义市/${j.name})`);
    const segs = segments(city[1]);
    const cityName = segs[segs.length - 1] ?? city[1];
    j = place(j.name, 'COUNTY', place(cityName, 'CITY', null));
  }
  const city = j.level === 'CITY' ? j : j.parent;
  if (city && city.level === 'CITY' && !city.parent) {
    const province = new RegExp(`([\\u4e00-\\u9fa5]{2,}?(?:省|自治区))${city.name}`).exec(body) ?? /^([\u4e00-\u9fa5]{2,}?(?:省|自治区))/.exec(body.match(/《([^》]*省[^》]*)》/)?.[1] ?? '');
    if (province) city.parent = place(province[1], 'PROVINCE', null);
  }
  return j;
}

/** How a stored body is scoped: shared (national, provincial, generic functions), or one jurisdiction's own. */
export interface AgencyScope {
  /** The place whose body it is; null for national and generic bodies. */
  jurisdiction: string | null;
  shared: boolean;
}

/** The scope of a registry entry, by its key's prefix (seed/registry/agencies.yaml's convention). */
export function registryScope(key: string): AgencyScope {
  if (key.startsWith('lps-')) return { jurisdiction: LIUPANSHUI, shared: false };
  if (key.startsWith('gz-')) return { jurisdiction: '贵州省', shared: true };
  return { jurisdiction: null, shared: true };
}

/** True when a plan of `plan` may attach an edge to a body of `scope`: shared, or its own place or a parent's. */
export function mayAttach(plan: Jurisdiction, scope: AgencyScope): boolean {
  return scope.shared || (scope.jurisdiction !== null && chainOf(plan).some((p) => p.name === scope.jurisdiction));
}

/** Where a name the text writes belongs, for a plan of `plan`. */
export interface Target {
  /** The body's place (null: national or generic). */
  jurisdiction: Jurisdiction | null;
  /** The bodies of the place's counties (or townships) as one group (各县（市、区）市场监管局). */
  group: 'county' | 'township' | null;
  shared: boolean;
  level: 'NATIONAL' | 'PROVINCIAL' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'OTHER';
  /** The name without its level prefix (市场监管局 of 县市场监管局): what its role key is read from. */
  rest: string;
}

const up = (j: Jurisdiction, level: JurisdictionLevel): Jurisdiction | null => chainOf(j).find((p) => p.level === level) ?? null;
/** A province not named: keyed by the plan's place, so that it is never another plan's. */
const provinceOf = (j: Jurisdiction): Jurisdiction => up(j, 'PROVINCE') ?? { key: `${(up(j, 'CITY') ?? j).key}-province`, name: `${(up(j, 'CITY') ?? j).name}所在省`, level: 'PROVINCE', parent: null };
const LEVEL: Record<JurisdictionLevel, Target['level']> = { PROVINCE: 'PROVINCIAL', CITY: 'CITY', COUNTY: 'COUNTY' };
// An explicit place at the start of a name (遵义市公安局): the place, then at least two characters of body.
// Not 县级/县域/市场/市直…, which are no places.
const PLACE_PREFIX = /^([^市县区省各本全该][\u4e00-\u9fa5]{1,6}?(?:自治区|自治州|省|市|州|县))(?![级域场内外直属])(?=[\u4e00-\u9fa5]{2,})/;

/**
 * Whose body a name is, for a plan of `plan`; 'FOREIGN' for a body of another place (遵义市公安局 in a 青山市 plan):
 * no import attaches an edge to it.
 *   国家…/国务院/中央… → national, shared; 省… → the plan's province (shared by that province's plans);
 *   市… → the plan's city (a county plan's parent city); 县…/区… → the county in a county plan, the city's counties
 *   (a group) in a city plan; 各县（市、区）…/县（区）… → the city's counties (in a county plan: the county); 乡镇/街道… → the place's townships;
 *   a name with no level → the plan's own place.
 */
export function targetOf(name: string, plan: Jurisdiction): Target | 'FOREIGN' {
  const chain = chainOf(plan);
  const local = (j: Jurisdiction, rest: string, group: Target['group'] = null): Target => ({
    jurisdiction: j, group, shared: j.level === 'PROVINCE', level: group === 'county' ? 'COUNTY' : group === 'township' ? 'TOWNSHIP' : LEVEL[j.level], rest,
  });
  if (/^(?:国家|国务院|党中央|中央|全国|中华人民共和国)|^[\u4e00-\u9fa5]{2,6}总署$/.test(name)) return { jurisdiction: null, group: null, shared: true, level: 'NATIONAL', rest: name };
  const own = chain.find((p) => name.startsWith(p.name));
  if (own) return local(own, name.slice(own.name.length));
  const known = Object.keys(KNOWN).find((k) => name.startsWith(k));
  const explicit = known ?? PLACE_PREFIX.exec(name)?.[1];
  if (explicit) {
    // A province named as such is shared (贵州省市场监管局 is one body whoever names it); any other place's body is not ours.
    const j = parseJurisdiction(explicit);
    if (j?.level === 'PROVINCE') return { jurisdiction: j, group: null, shared: true, level: 'PROVINCIAL', rest: name.slice(explicit.length) };
    return 'FOREIGN';
  }
  const city = up(plan, 'CITY');
  const group = /^(?:各县[（(]市、区[)）]|各县[（(]区[)）]|各县区|各区县|县[（(]区[)）]|县[（(]市、区[)）]|区县|县区|各县|各区)/.exec(name);
  // In a county plan the counties' bodies written as a group are read as the county's own (the text speaks for it).
  if (group) return plan.level === 'COUNTY' ? local(plan, name.slice(group[0].length)) : local(city ?? plan, name.slice(group[0].length), 'county');
  const m = /^(省|市(?!场)|县|区|各乡镇|乡镇|乡|镇|各街道|街道)/.exec(name);
  if (!m) return local(plan, name);
  const rest = name.slice(m[1].length);
  if (m[1] === '省') return local(provinceOf(plan), rest);
  if (m[1] === '市') return local(city ?? plan, rest, plan.level === 'PROVINCE' ? 'county' : null);
  if (m[1] === '县' || m[1] === '区') return plan.level === 'COUNTY' ? local(plan, rest) : local(city ?? plan, rest, 'county');
  return local(plan, rest, 'township');
}

/** Role keys for bodies every place has, so that a place's 市场监管局 has one id however it is written. */
const ROLES: [RegExp, string][] = [
  [/^(?:市场监督管理局|市场监管局)$/, 'amr'],
  [/^公安局$/, 'psb'],
  [/^(?:人民政府|政府)$/, 'gov'],
  [/^税务局$/, 'tax'],
];

/** The key of a body: its place's key, the group, and its role (or a hash of the full name): `<place>-amr`, `<place>-county-amr`. */
export function keyOf(target: Target, name: string): string {
  const role = ROLES.find(([re]) => re.test(target.rest))?.[1] ?? `agency-${hash(name)}`;
  if (!target.jurisdiction) return `agency-${hash(name)}`;
  return `${target.jurisdiction.key}${target.group ? `-${target.group}` : ''}-${role}`;
}

/** The scope stored on a body of `target`. */
export function scopeOf(target: Target): AgencyScope {
  return { jurisdiction: target.jurisdiction?.name ?? null, shared: target.shared };
}

/** The Plan node's properties for its jurisdiction. */
export function planProps(j: Jurisdiction): Record<string, string | null> {
  return { jurisdiction: j.name, jurisdictionKey: j.key, jurisdictionLevel: j.level, jurisdictionParent: j.parent?.name ?? null };
}
