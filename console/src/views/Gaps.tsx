import { useEffect, useState } from 'preact/hooks';
import { gql, likelyOwnersOf } from '../api';
import { indicatorExtras } from './Board';
import { nameIn, t } from '../i18n';
import type { Navigate } from '../main';
import type { ViewState } from '../state';

interface GapIndicator {
  id: string;
  number: number | null;
  code: string;
  name: string;
  nameEn: string | null;
  category: string | null;
  target: { raw: string };
  likelyOwners?: unknown;
}

interface AgencyOption {
  id: string;
  name: string;
  nameEn: string | null;
}

interface Change {
  seq: number;
  at: string;
  by: string;
  action: string;
  entity: string;
  related: string | null;
}

const TOKEN_KEY = 'plangraph-token';

/** The ownerless binding indicators with their likely owners; a planner with a token assigns an owner. */
export function Gaps({ state, navigate }: { state: ViewState; navigate: Navigate }) {
  const { lang } = state;
  const [gaps, setGaps] = useState<{ total: number; list: GapIndicator[] } | null>(null);
  const [agencies, setAgencies] = useState<AgencyOption[]>([]);
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [trail, setTrail] = useState<Change[]>([]);
  const load = async () => {
    const extras = indicatorExtras();
    const d = await gql<{ gaps: { bindingIndicatorsWithoutOwner: { totalCount: number; edges: { node: GapIndicator }[] } } }>(
      `{ gaps { bindingIndicatorsWithoutOwner(first: 100) { totalCount edges { node { id number code name nameEn category target { raw } } } } } }`,
    );
    const more = await extras;
    setGaps({ total: d.gaps.bindingIndicatorsWithoutOwner.totalCount, list: d.gaps.bindingIndicatorsWithoutOwner.edges.map((e) => ({ ...e.node, likelyOwners: more.get(e.node.id)?.likelyOwners })) });
  };
  useEffect(() => {
    void load();
    gql<{ agencies: { edges: { node: AgencyOption }[] } }>(`{ agencies(first: 100) { edges { node { id name nameEn } } } }`).then((d) => setAgencies(d.agencies.edges.map((e) => e.node)));
  }, []);
  const saveToken = (value: string) => {
    setToken(value);
    sessionStorage.setItem(TOKEN_KEY, value);
  };
  const assign = async (indicator: GapIndicator) => {
    const agency = choice[indicator.id] ?? likelyOwnersOf(indicator)[0]?.agency.id;
    if (!agency) return;
    if (!token) return setMessage({ ok: false, text: t(lang, 'needsToken') });
    try {
      const d = await gql<{ assignIndicatorOwner: { indicator: { id: string; ownedBy: AgencyOption[] } } }>(
        `mutation($i: ID!, $a: ID!) { assignIndicatorOwner(indicator: $i, agency: $a) { indicator { id ownedBy { id name nameEn } } } }`,
        { i: indicator.id, a: agency },
        token,
      );
      const owners = d.assignIndicatorOwner.indicator.ownedBy.map((a) => nameIn(lang, a)).join('、');
      setMessage({ ok: true, text: `${t(lang, 'assigned')}: ${indicator.number ?? indicator.code} ${nameIn(lang, indicator)} → ${owners}` });
      const h = await gql<{ history: { edges: { node: Change }[] } }>(`query($id: ID!) { history(of: $id, first: 20) { edges { node { seq at by action entity related } } } }`, { id: indicator.id }, token);
      setTrail(h.history.edges.map((e) => e.node).reverse());
      await load();
    } catch (error) {
      setMessage({ ok: false, text: `${(error as { code?: string }).code ?? ''} ${(error as Error).message}` });
    }
  };
  if (!gaps) return <p class="muted">{t(lang, 'loading')}</p>;
  return (
    <div class="gaps">
      <h2>{t(lang, 'gapsIntro')} (<span id="gap-count">{gaps.total}</span>)</h2>
      <label class="token">
        {t(lang, 'token')}{' '}
        <input id="token" type="password" value={token} placeholder={t(lang, 'tokenHint')} onInput={(e) => saveToken((e.target as HTMLInputElement).value)} />
      </label>
      {message && <p id="assign-message" class={message.ok ? 'ok' : 'error'}>{message.text}</p>}
      {trail.length > 0 && (
        <section class="trail" id="audit-trail">
          <h3>{t(lang, 'audit')}</h3>
          <ul>{trail.map((c) => <li>#{c.seq} {c.at} · {c.by} · {c.action} · {c.entity}{c.related ? ` → ${c.related}` : ''}</li>)}</ul>
        </section>
      )}
      <table class="gap-table">
        <thead>
          <tr><th>#</th><th>{t(lang, 'indicators')}</th><th>{t(lang, 'target')}</th><th>{t(lang, 'likelyOwner')}</th><th>{t(lang, 'agency')}</th><th /></tr>
        </thead>
        <tbody>
          {gaps.list.map((i) => {
            const likely = likelyOwnersOf(i);
            const selected = choice[i.id] ?? likely[0]?.agency.id ?? '';
            return (
              <tr data-id={i.id}>
                <td>{i.number ?? i.code}</td>
                <td><a href="#" onClick={(e) => { e.preventDefault(); navigate({ view: 'board', id: i.id }); }}>{nameIn(lang, i)}</a></td>
                <td>{i.target.raw}</td>
                <td>{likely.length ? likely.map((l) => <div title={l.quotes.join('\n')}>{nameIn(lang, l.agency)}{l.detail && <small class="muted"> {l.detail}</small>}</div>) : <span class="muted">{t(lang, 'noLikely')}</span>}</td>
                <td>
                  <select class="agency-choice" value={selected} onChange={(e) => setChoice({ ...choice, [i.id]: (e.target as HTMLSelectElement).value })}>
                    <option value="">—</option>
                    {likely.map((l) => <option value={l.agency.id}>★ {nameIn(lang, l.agency)}</option>)}
                    {agencies.map((a) => <option value={a.id}>{nameIn(lang, a)}</option>)}
                  </select>
                </td>
                <td><button class="assign" disabled={!selected} onClick={() => assign(i)}>{t(lang, 'assign')}</button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
