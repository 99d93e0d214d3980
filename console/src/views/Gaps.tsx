import { useState } from 'preact/hooks';
import { gql, likelyOwnersOf } from '../api';
import { AgenciesDocument, AssignOwnerDocument, GapsDocument, HistoryDocument, type AgenciesQuery, type GapsQuery, type HistoryQuery } from '../__generated__/operations';
import { actionLabel, formatDateTime, likelyDetail } from '../codes';
import { indicatorExtras } from './Board';
import { nameIn, t } from '../i18n';
import type { Navigate } from '../main';
import { writeState, type ViewState } from '../state';
import { Failure, Loading, useLoad, advice, errorCode } from '../ui';

type GapIndicator = GapsQuery['gaps']['bindingIndicatorsWithoutOwner']['edges'][number]['node'] & { likelyOwners?: unknown };
type AgencyOption = AgenciesQuery['agencies']['edges'][number]['node'];
type Change = HistoryQuery['history']['edges'][number]['node'];
/** What the audit trail's `after` says about an assignment's origin. */
const originOf = (c: Change): string => (c.after && typeof c.after === 'object' && 'origin' in c.after && typeof c.after.origin === 'string' ? c.after.origin : '');

/** What the planner picked for a row: an agency, and whether it was one of the suggestions (recorded with it). */
interface Choice {
  agency: string;
  fromSuggestion: boolean;
}

const TOKEN_KEY = 'plangraph-token';

/**
 * The ownerless binding indicators with their likely owners; a planner with a token assigns an owner. Nothing is
 * picked for them: each suggestion shows its evidence (the rule and the sentences behind it) and the planner picks
 * one, or names another agency; the assignment records which (fromSuggestion), so the audit tells a taken guess from a
 * planner's own word.
 */
export function Gaps({ state, navigate }: { state: ViewState; navigate: Navigate }) {
  const { lang } = state;
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [choice, setChoice] = useState<Record<string, Choice | undefined>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string; code?: string } | null>(null);
  const [trail, setTrail] = useState<Change[]>([]);
  const loaded = useLoad(async () => {
    const extras = indicatorExtras();
    const d = await gql(GapsDocument);
    const more = await extras;
    return { total: d.gaps.bindingIndicatorsWithoutOwner.totalCount, list: d.gaps.bindingIndicatorsWithoutOwner.edges.map((e) => ({ ...e.node, likelyOwners: more.get(e.node.id)?.likelyOwners })) };
  }, []);
  const gaps = loaded.data;
  const agencyList = useLoad(() => gql(AgenciesDocument).then((d) => d.agencies.edges.map((e) => e.node)), []);
  const agencies = agencyList.data ?? [];
  const saveToken = (value: string) => {
    setToken(value);
    sessionStorage.setItem(TOKEN_KEY, value);
  };
  const assign = async (indicator: GapIndicator) => {
    const picked = choice[indicator.id];
    if (!picked) return;
    if (!token) return setMessage({ ok: false, text: t(lang, 'needsToken') });
    try {
      const d = await gql(AssignOwnerDocument, { i: indicator.id, a: picked.agency, s: picked.fromSuggestion }, token);
      const owners = d.assignIndicatorOwner.indicator.ownedBy.map((a) => nameIn(lang, a)).join('、');
      const how = t(lang, picked.fromSuggestion ? 'SUGGESTION' : 'MANUAL');
      setMessage({ ok: true, text: `${t(lang, 'assigned')} (${how}): ${indicator.number ?? indicator.code} ${nameIn(lang, indicator)} → ${owners}` });
      setChoice({ ...choice, [indicator.id]: undefined });
      const h = await gql(HistoryDocument, { id: indicator.id }, token);
      setTrail(h.history.edges.map((e) => e.node).reverse());
      loaded.retry();
    } catch (error) {
      setMessage({ ok: false, code: errorCode(error), text: `${advice(lang, error)} (${errorCode(error)}: ${(error as Error).message})` });
    }
  };
  if (loaded.error) return <Failure lang={lang} error={loaded.error} retry={loaded.retry} />;
  if (!gaps) return <Loading lang={lang} />;
  return (
    <div class="gaps">
      <h2>{t(lang, 'gapsIntro')} (<span id="gap-count">{gaps.total}</span>)</h2>
      <label class="token">
        {t(lang, 'token')}{' '}
        <input id="token" type="password" value={token} placeholder={t(lang, 'tokenHint')} onInput={(e) => saveToken((e.target as HTMLInputElement).value)} />
      </label>
      {message && <p id="assign-message" class={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'} data-code={message.code ?? ''}>{message.text}</p>}
      {agencyList.error && <Failure lang={lang} error={agencyList.error} retry={agencyList.retry} />}
      {trail.length > 0 && (
        <section class="trail" id="audit-trail">
          <h3>{t(lang, 'audit')}</h3>
          <ul>{trail.map((c) => <li data-origin={originOf(c)}>#{c.seq} <time dateTime={c.at}>{formatDateTime(lang, c.at)}</time> · {c.by} · {actionLabel(lang, c.action)} · {c.entity}{c.related ? ` → ${c.related}` : ''}{originOf(c) ? ` · ${t(lang, originOf(c) === 'SUGGESTION' ? 'SUGGESTION' : 'MANUAL')}` : ''}</li>)}</ul>
        </section>
      )}
      <table class="gap-table stack">
        <thead>
          <tr><th scope="col">#</th><th scope="col">{t(lang, 'indicators')}</th><th scope="col">{t(lang, 'target')}</th><th scope="col">{t(lang, 'likelyOwner')}</th><th scope="col">{t(lang, 'agency')}</th><th scope="col"><span class="visually-hidden">{t(lang, 'assign')}</span></th></tr>
        </thead>
        <tbody>
          {gaps.list.map((i) => {
            const likely = likelyOwnersOf(i);
            const picked = choice[i.id];
            const pick = (next: Choice | undefined) => setChoice({ ...choice, [i.id]: next });
            return (
              <tr data-id={i.id}>
                <td data-label="#">{i.number ?? i.code}</td>
                <td data-label={t(lang, 'indicators')}><a href={writeState({ ...state, view: 'board', id: i.id })} onClick={(e) => { e.preventDefault(); navigate({ view: 'board', id: i.id }); }}>{nameIn(lang, i)}</a></td>
                <td data-label={t(lang, 'target')}>{i.target.raw}</td>
                <td class="suggestions" data-label={t(lang, 'likelyOwner')}>
                  {likely.length ? (
                    likely.map((l) => (
                      <div class="suggestion" data-agency={l.agency.id}>
                        <label>
                          <input type="radio" name={`suggestion-${i.id}`} value={l.agency.id} checked={!!picked?.fromSuggestion && picked.agency === l.agency.id} onChange={() => pick({ agency: l.agency.id, fromSuggestion: true })} />{' '}
                          {nameIn(lang, l.agency)}
                          {l.detail && <small class="muted rule"> {t(lang, 'rule')}: {likelyDetail(lang, l)}</small>}
                        </label>
                        {l.quotes.length > 0 && (
                          <span class="evidence" title={l.quotes.join('\n')}>
                            <blockquote lang="zh-CN">{l.quotes[0]}</blockquote>
                            {l.quotes.length > 1 && (
                              <details>
                                <summary class="muted">+{l.quotes.length - 1}</summary>
                                {l.quotes.slice(1).map((q) => <blockquote lang="zh-CN">{q}</blockquote>)}
                              </details>
                            )}
                          </span>
                        )}
                      </div>
                    ))
                  ) : (
                    <span class="muted">{t(lang, 'noLikely')}</span>
                  )}
                </td>
                <td data-label={t(lang, 'agency')}>
                  <select class="agency-choice" aria-label={`${t(lang, 'otherAgency')} · ${i.number ?? i.code} ${nameIn(lang, i)}`} value={picked && !picked.fromSuggestion ? picked.agency : ''} onChange={(e) => {
                    const agency = (e.target as HTMLSelectElement).value;
                    pick(agency ? { agency, fromSuggestion: false } : undefined);
                  }}>
                    <option value="">{t(lang, 'otherAgency')}</option>
                    {agencies.map((a) => <option value={a.id}>{nameIn(lang, a)}</option>)}
                  </select>
                </td>
                <td><button class="assign" disabled={!picked} aria-label={`${t(lang, 'assign')} · ${i.number ?? i.code} ${nameIn(lang, i)}`} onClick={() => assign(i)}>{t(lang, 'assign')}</button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
