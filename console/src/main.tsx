import '@fontsource/noto-sans-sc/400.css';
import './style.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { gql, type NamedNode } from './api';
import { SearchDocument, ViewerDocument } from './__generated__/operations';
import { nameIn, t, type Lang } from './i18n';
import { readState, writeState, type ViewState } from './state';
import { Board } from './views/Board';
import { Gaps } from './views/Gaps';
import { ImpactView } from './views/Impact';
import { Outline } from './views/Outline';
import { ImportView } from './views/Import';
import { onTokenChange, readToken } from './token';
import { kindLabel } from './codes';
import { advice, errorCode } from './ui';

/** Changes part of the view's state: the URL follows, so the view can be shared. */
export type Navigate = (change: Partial<ViewState>) => void;

/** Where a search hit opens: an indicator on the board, a task in the outline, anything else in the impact explorer. */
export function openNode(node: { __typename: string; id: string }, navigate: Navigate): void {
  if (node.__typename === 'Indicator') navigate({ view: 'board', id: node.id });
  else if (node.__typename === 'Task') navigate({ view: 'outline', id: node.id });
  else navigate({ view: 'impact', id: node.id });
}

function Search({ lang, navigate }: { lang: Lang; navigate: Navigate }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<{ kind: string; node: NamedNode }[] | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    if (!text.trim()) return setHits(null);
    let current = true;
    const timer = setTimeout(() => {
      gql(SearchDocument, { q: text.trim() })
        .then((d) => current && (setFailed(null), setHits(d.search)))
        .catch((error: unknown) => current && (setFailed(error), setHits([])));
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);
  return (
    <div class="search" role="search">
      <input id="search" type="search" aria-label={t(lang, 'search')} placeholder={t(lang, 'search')} value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} onKeyDown={(e) => e.key === 'Escape' && setText('')} />
      {hits && (
        <ul class="hits" id="search-hits" aria-label={t(lang, 'search')}>
          {failed ? (
            <li class="error" role="alert" data-code={errorCode(failed)}>{advice(lang, failed)}</li>
          ) : (
            hits.length === 0 && <li class="muted">{t(lang, 'noResults')}</li>
          )}
          {hits.map((h) => (
            <li key={h.node.id}>
              <button class="hit" data-id={h.node.id} data-kind={h.kind} onClick={() => { setText(''); openNode(h.node, navigate); }}>
                <span class={`kind kind-${h.node.__typename}`}>{kindLabel(lang, h.kind)}</span> {h.node.code ?? ''} {nameIn(lang, h.node)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function App() {
  const [state, setState] = useState<ViewState>(() => readState(location.search));
  useEffect(() => {
    const onPop = () => setState(readState(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(state.lang, 'title');
  }, [state.lang]);
  const navigate: Navigate = (change) => {
    const next = { ...state, ...change };
    if (change.view && change.view !== state.view && change.id === undefined) next.id = '';
    history.pushState(null, '', writeState(next));
    setState(next);
  };
  // The import page is a planner's: its tab shows when the token kept for this session is PLANNER or above.
  const [mayImport, setMayImport] = useState(false);
  useEffect(() => {
    const check = () => {
      const token = readToken();
      if (!token) return setMayImport(false);
      gql(ViewerDocument, {}, token)
        .then((d) => setMayImport(d.viewer?.mayImportPlans ?? false))
        .catch(() => setMayImport(false));
    };
    check();
    return onTokenChange(check);
    // Asked again on every change of view: a token typed on another page (owner gaps) shows the tab on the next click.
  }, [state.view]);
  const { lang } = state;
  const tabs = mayImport ? (['outline', 'board', 'impact', 'gaps', 'import'] as const) : (['outline', 'board', 'impact', 'gaps'] as const);
  return (
    <div class="app">
      <header>
        <h1>{t(lang, 'title')}</h1>
        <nav aria-label={t(lang, 'title')}>
          {tabs.map((v) => (
            <a id={`tab-${v}`} href={writeState({ ...state, view: v, id: '' })} class={state.view === v ? 'tab active' : 'tab'} aria-current={state.view === v ? 'page' : undefined} onClick={(e) => { e.preventDefault(); navigate({ view: v, id: '' }); }}>
              {t(lang, v)}
            </a>
          ))}
        </nav>
        <Search lang={lang} navigate={navigate} />
        <a class="report-link" href={`/reports/mid-term-review?asOf=${state.asOf}`} target="_blank">{t(lang, 'report')}</a>
        <button id="lang" class="lang" lang={lang === 'zh' ? 'en' : 'zh-CN'} onClick={() => navigate({ lang: lang === 'zh' ? 'en' : 'zh' })}>{t(lang, 'switchLang')}</button>
      </header>
      <main>
        {state.view === 'outline' && <Outline state={state} navigate={navigate} />}
        {state.view === 'board' && <Board state={state} navigate={navigate} />}
        {state.view === 'impact' && <ImpactView state={state} navigate={navigate} />}
        {state.view === 'gaps' && <Gaps state={state} navigate={navigate} />}
        {state.view === 'import' && <ImportView state={state} navigate={navigate} />}
      </main>
    </div>
  );
}

render(<App />, document.getElementById('app')!);
