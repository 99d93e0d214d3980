/**
 * Who a sentence says leads and who supports: the plan's own statements of owners (由…牵头，…配合; …负责; …会同…;
 * （责任单位：…）; 牵头单位：… 配合单位：…) and, apart from them, readings of a sentence's subject (市场监管部门要…;
 * 组织…部门对…) that are only inferences. Pure text: which names are agencies is asked of `isAgency`.
 */

import { CONJUNCTION, splitOutsideBracketsAt, startsWithConjunction } from './text';

/** One statement of owners in a sentence: names as written (split, verbatim). */
export interface OwnerStatement {
  lead: string[];
  support: string[];
  /** True when the plan says it in so many words (牵头, 负责, 责任单位, 会同, 配合); false for a reading of the subject. */
  explicit: boolean;
  /** The shape read, for the evidence. */
  shape: string;
}

const OPEN = '（(';
const CLOSE = '）)';
const AGENCY_END = /(?:局|委|委员会|办|办公室|厅|部|部门|政府|中心|法院|检察院|协会|商会|联席会议|机构|机关|海关|总署|支队|大队|管委会|[)）])$/;

/**
 * A span split into names at 、和及与, except inside brackets (各县（市、区）), after a bare level (市、县两级市场监管部门
 * is one body), and where the part before 和 is no name on its own (县工业和信息化局 keeps its head: 县工业 is no body).
 */
export function splitNames(span: string): string[] {
  // 和 may stand inside a name (工业和信息化局); 、及与 only between names.
  // A 和 that starts a known place's name (和平区) is the name's.
  const raw = splitOutsideBracketsAt(span, '、和及与', (from) => !'、'.includes(from[0]) && !startsWithConjunction(from));
  const out: string[] = [];
  let carry = '';
  for (const { text, sep } of raw) {
    const joined = carry + text;
    const bareLevel = sep === '、' && /^(?:各?[省市县区乡镇]|[省市县区](?:、[省市县区])*)$/.test(joined);
    if ((sep === '和' && !AGENCY_END.test(joined) && !/^(?:由|会同|配合)?$/.test(joined)) || bareLevel) carry = joined + sep;
    else {
      out.push(joined);
      carry = '';
    }
  }
  if (carry) out.push(carry);
  return out;
}

/** Words that end a names span without being part of a name (等部门, 按职责分工…). */
const SPAN_TAIL = /(?:等(?:相关|有关)?(?:部门|单位|机构)?|按照?职责分工|按职责|分别|共同|具体|主要|切实|要|积极|各自)+$/;
/** Words a name never starts with: a verb or a preposition before the subject (强化县级市场监管部门负责…). */
const NOT_NAME_START = new RegExp(String.raw`^(?:引导|构建|印发|强化|加强|明确|落实|推动|推进|督促|指导|组织|要求|支持|鼓励|通过|建立|完善|由|请|即|并|同时|以|其中|将|把|使|让|确保|进一步|全面|切实|实行|实施|开展|依托|利用|发挥|充分|对|在|向|${CONJUNCTION}|会同|配合|参与|协助|一是|二是|三是|四是|五是|六是|负责|牵头|做好|积极|主动|共同|各自|还|也|均|要|应|须|必须|可|按照|根据|依照|依据|围绕|针对|坚持|注重|着力|重点|持续|不断|深入|严格|认真|统筹|协调|联合|及时|依法|有效|大力)`);
/** Places a subject may start after: a verb or preposition that precedes it. */
const BEFORE_SUBJECT = new RegExp(`(?:${NOT_NAME_START.source.slice(4, -1)})$`);

/** Names of a span when every part is an agency; null when any part is not (the span is no list of bodies). */
export function namesOf(span: string, isAgency: (name: string) => boolean): string[] | null {
  const clean = span.trim().replace(/^[，,、\s]+|[，,、\s]+$/g, '').replace(SPAN_TAIL, '').replace(/^由/, '');
  if (!clean) return null;
  // Names joined (市教育局和市公安局) are each a body, though the whole ends like one; a name holding 和 (县工业和信息化局) is whole.
  const parts = splitNames(clean).map((p) => p.trim().replace(SPAN_TAIL, ''));
  if (parts.length > 1 && parts.every((p) => p && isAgency(p))) return parts;
  return isAgency(clean) ? [clean] : null;
}

/**
 * The agencies a clause ends with (its subject before 牵头/负责/配合…): the longest tail that is a list of bodies,
 * starting at the clause's start or after a verb or preposition (强化|县级市场监管部门), never mid-word.
 */
export function subjectAtEnd(pre: string, isAgency: (name: string) => boolean): string[] | null {
  const text = pre.replace(SPAN_TAIL, '');
  for (let s = 0; s < text.length - 1; s++) {
    if (s > 0 && !BEFORE_SUBJECT.test(text.slice(0, s)) && !/[，,；;：:\s（(]$/.test(text.slice(0, s))) continue;
    const names = namesOf(text.slice(s), isAgency);
    if (names && !NOT_NAME_START.test(text.slice(s))) return names;
  }
  return null;
}

/** The agencies a clause starts with (市、县市场监管部门组织、督促…): the longest head that is a list of bodies. */
function subjectAtStart(clause: string, isAgency: (name: string) => boolean): { names: string[]; rest: string } | null {
  const text = clause.replace(/^(?:[一二三四五六七八九十]是|同时|并|另外|此外|由)/, '');
  for (let e = text.length; e >= 2; e--) {
    if (SPAN_TAIL.test(text.slice(0, e))) continue; // 市场监管部门要…: 要 is the verb's, not the name's
    const names = namesOf(text.slice(0, e), isAgency);
    if (names) return { names, rest: text.slice(e) };
  }
  return null;
}

/** Bodies named anywhere in a text (加强全市各级微型企业主管部门队伍建设 → 全市各级微型企业主管部门), first named first. */
export function bodiesIn(text: string, isAgency: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (let end = 3; end <= text.length; end++) {
    if (!AGENCY_END.test(text.slice(0, end)) && !/(?:机关|公安|税务|海关)$/.test(text.slice(0, end))) continue;
    const names = subjectAtEnd(text.slice(0, end), isAgency);
    // A longer name ending here replaces a shorter one inside it (市场监管 → 市场监管部门).
    if (names) for (const n of names) {
      const inside = out.findIndex((o) => n.includes(o));
      if (inside >= 0) out[inside] = n;
      else if (!out.some((o) => o.includes(n))) out.push(n);
    }
  }
  return out;
}

const LABEL = /(牵头单位|牵头部门|主责单位|主办单位|责任单位|责任部门|配合单位|配合部门|参与单位|协办单位|协同单位|支持单位)\s*[:：]\s*/g;
const LEAD_LABEL = /^(?:牵头|主责|主办)/;
const NEXT_LABEL = new RegExp(`^\\s*(?:${LABEL.source.slice(1, LABEL.source.indexOf(')'))})\\s*[:：]`);

/** Labelled owner notes: （牵头单位：A；配合单位：B、C）, （责任单位：A、B）, 牵头单位：A 责任单位：B. */
function readLabelled(sentence: string, isAgency: (name: string) => boolean): { statement: OwnerStatement | null; rest: string } {
  const found: { label: string; names: string[]; from: number; to: number }[] = [];
  for (const m of sentence.matchAll(LABEL)) {
    const from = m.index;
    let i = from + m[0].length;
    let depth = 0;
    for (; i < sentence.length; i++) {
      const ch = sentence[i];
      if (OPEN.includes(ch)) depth++;
      else if (CLOSE.includes(ch)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && /[；;。\n]/.test(ch)) break;
      if (depth === 0 && i > from + m[0].length && NEXT_LABEL.test(sentence.slice(i))) break;
    }
    // The value runs to ；。 or the bracket's end; after a comma only as far as the parts are still bodies
    // (责任单位：市教育局，市公安局 / 责任单位：市教育局，确保…).
    const parts = sentence.slice(from + m[0].length, i).split(/[，,]/);
    let names: string[] | null = null;
    let to = from + m[0].length;
    for (let k = 0, at = to; k < parts.length; at += parts[k].length + 1, k++) {
      const more = namesOf(parts[k], isAgency);
      if (!more) break;
      names = [...(names ?? []), ...more];
      to = at + parts[k].length;
    }
    if (names) found.push({ label: m[1], names, from, to });
  }
  if (!found.length) return { statement: null, rest: sentence };
  let rest = sentence;
  for (const f of [...found].reverse()) rest = rest.slice(0, f.from) + ' '.repeat(f.to - f.from) + rest.slice(f.to);
  const leads = found.filter((f) => LEAD_LABEL.test(f.label));
  if (leads.length) {
    return { statement: { lead: leads.flatMap((f) => f.names), support: found.filter((f) => !LEAD_LABEL.test(f.label)).flatMap((f) => f.names), explicit: true, shape: '牵头单位：…' }, rest };
  }
  // 责任单位 alone: the first named leads (排在首位的为牵头单位, as division notes say), the others take part.
  const all = found.flatMap((f) => f.names);
  return { statement: { lead: all.slice(0, 1), support: all.slice(1), explicit: true, shape: '责任单位：…（the first named leads）' }, rest };
}

/** Clauses at ，,；;：。 outside brackets; an owner parenthetical's content becomes clauses of its own. */
function clausesOf(sentence: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i];
    if (OPEN.includes(ch)) {
      let depth = 0;
      let j = i;
      for (; j < sentence.length; j++) {
        if (OPEN.includes(sentence[j])) depth++;
        else if (CLOSE.includes(sentence[j]) && --depth === 0) break;
      }
      const inner = sentence.slice(i + 1, j);
      if (OWNER_WORD.test(inner)) {
        // （A牵头，B、C参与）: a run of clauses of its own.
        out.push(cur, ...clausesOf(inner));
        cur = '';
      } else cur += sentence.slice(i, j + 1); // a bracket inside a name (各县（市、区）) or a plain note
      i = j;
      continue;
    }
    if (/[，,；;：:。！？!?]/.test(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((c) => c.trim()).filter(Boolean);
}

const OWNER_WORD = /牵头|负责|配合|参与|协同|协助|会同/;
const LEAD_WORD = /(?:牵头|负责|主责)(?![人同制单部])/;
const SUPPORT_WORD = /(?:配合|参与|协同|协助|协办)(?![单部机])/;

/**
 * Every owner statement a sentence makes, the plan's own (explicit) first; a sentence that states none may still
 * be read for its subject (explicit false).
 */
export function readOwnerStatements(sentence: string, isAgency: (name: string) => boolean): OwnerStatement[] {
  const out: OwnerStatement[] = [];
  const labelled = readLabelled(sentence, isAgency);
  if (labelled.statement) out.push(labelled.statement);
  const clauses = clausesOf(labelled.rest);
  // A statement with a lead takes the supports the clauses after it name (A牵头，B、C配合 / 按职责分工负责).
  let current: OwnerStatement | null = null;
  let carried: string[] = [];
  for (const clause of clauses) {
    const by = /由(.+?)(?:会同(.+?))?(?:牵头|负责|主责|统筹|组织实施|承担)/.exec(clause);
    const byLead = by ? namesOf(by[1], isAgency) : null;
    if (by && byLead) {
      current = { lead: byLead, support: by[2] ? namesOf(by[2], isAgency) ?? [] : [], explicit: true, shape: '由…牵头/负责' };
      out.push(current);
      continue;
    }
    const lead = LEAD_WORD.exec(clause);
    if (lead) {
      const pre = clause.slice(0, lead.index);
      const withOthers = /^(.*?)会同(.+)$/.exec(pre);
      const subject = subjectAtEnd(withOthers ? withOthers[1] : pre, isAgency);
      const others = withOthers ? namesOf(withOthers[2], isAgency) : null;
      if (subject) {
        // After a 牵头, a clause of bodies 按职责分工负责 names those who take part.
        if (current && lead[0] === '负责' && /分工|分别/.test(pre)) current.support.push(...subject, ...(others ?? []));
        else {
          current = { lead: subject, support: others ?? [], explicit: true, shape: `…${lead[0]}` };
          out.push(current);
        }
        continue;
      }
    }
    const support = SUPPORT_WORD.exec(clause);
    if (support) {
      const subject = subjectAtEnd(clause.slice(0, support.index), isAgency);
      if (subject) {
        if (current) current.support.push(...subject);
        else out.push({ lead: [], support: subject, explicit: true, shape: `…${support[0]}` });
        continue;
      }
    }
    const jointly = /会同(.+?)(?:等(?:相关|有关)?(?:部门|单位)|(?=开展|共同|做好|加强|建立|推进|联合|制定|落实|组织|研究|实施|$))/.exec(clause);
    if (jointly) {
      const others = namesOf(jointly[1], isAgency);
      if (others) {
        const subject = subjectAtEnd(clause.slice(0, jointly.index), isAgency);
        // 由A牵头，会同B…: B takes part in A's statement; A会同B…: A leads, B takes part.
        if (!subject && current) current.support.push(...others);
        else {
          current = { lead: subject ?? [], support: others, explicit: true, shape: '…会同…' };
          out.push(current);
        }
        continue;
      }
    }
    // Readings of the subject, not the plan's word: 市、县市场监管部门组织…, 组织市、县两级市场监管部门对…, 通过…部门在…,
    // 强化地方政府对…的领导责任, …部门队伍建设，…发挥牵头和综合管理作用.
    const duty = /^(.*?)对.*的(?:领导|主体|监管|属地|主管)责任/.exec(clause);
    const dutyNames = duty ? bodiesIn(duty[1], isAgency) : [];
    if (dutyNames.length) {
      out.push({ lead: dutyNames, support: [], explicit: false, shape: '…对…的领导责任' });
      continue;
    }
    if (/发挥.*?牵头.*?作用/.test(clause)) {
      const named = bodiesIn(clauses.slice(0, clauses.indexOf(clause)).join('，'), isAgency);
      if (named.length) {
        out.push({ lead: named.slice(0, 1), support: [], explicit: false, shape: '…发挥牵头作用' });
        continue;
      }
    }
    const via = /(?:^|[^\u4e00-\u9fa5]|是|并)(?:组织|通过)(.+?)(?:对|在|开展|进行|做好|加强|落实)/.exec(clause);
    const viaNames = via ? namesOf(via[1], isAgency) : null;
    if (viaNames) {
      out.push({ lead: viaNames, support: [], explicit: false, shape: '组织/通过…（the bodies it sets to work）' });
      continue;
    }
    const head = subjectAtStart(clause, isAgency);
    if (head && head.rest === '') {
      // 各市、特区、区人民政府，市场监管部门要…: bodies alone in a clause share the next clause's verb.
      carried.push(...head.names);
      continue;
    }
    if (head && /^(?:要|应|须|必须|组织(?!的)|督促|指导|加强|开展|依法|按照|建立|做好|对|在|联合|牵头|负责|优化|强化|落实)/.test(head.rest)) {
      out.push({ lead: [...carried, ...head.names], support: [], explicit: false, shape: 'the clause’s subject' });
    }
    carried = [];
  }
  return out.filter((s) => s.lead.length || s.support.length);
}
