import { useMemo, useState } from 'preact/hooks';
import { ApiError, gql } from '../api';
import { TaskAssignedDocument, TaskDetailDocument, TasksDocument, type TaskDetailQuery, type TasksQuery } from '../__generated__/operations';
import { code, kindLabel } from '../codes';
import { nameIn, t, type LabelKey, type Lang } from '../i18n';
import type { Navigate } from '../main';
import { writeState, type ViewState } from '../state';
import { readToken } from '../token';
import { Failure, Loading, useLoad } from '../ui';

type OutlineTask = TasksQuery['tasks']['edges'][number]['node'];
type TaskDetail = Extract<NonNullable<TaskDetailQuery['node']>, { links: unknown }>;
type Link = TaskDetail['links'][number] & { assignedBy: string | null };
/** Whether `node` answered as a task (any other kind answers with nothing). */
const isTask = (node: NonNullable<TaskDetailQuery['node']>): node is TaskDetail => 'links' in node && 'id' in node;
const linkKey = (l: { relation: string; direction: string; node: { id: string } }) => `${l.relation}|${l.direction}|${l.node.id}`;

/** Every task in plan order, page by page. */
async function allTasks(): Promise<OutlineTask[]> {
  const out: OutlineTask[] = [];
  let after: string | null = null;
  for (;;) {
    const page: TasksQuery = await gql(TasksDocument, { after });
    out.push(...page.tasks.edges.map((e) => e.node));
    if (!page.tasks.pageInfo.hasNextPage) return out;
    after = page.tasks.pageInfo.endCursor;
  }
}

/** The relations a node's panel shows, each under its heading. */
const GROUPS: { relation: string; direction: string; label: LabelKey }[] = [
  { relation: 'SUPPORTS', direction: 'OUT', label: 'goals' },
  { relation: 'MOVES', direction: 'OUT', label: 'indicators' },
  { relation: 'OWNED_BY', direction: 'OUT', label: 'owners' },
  { relation: 'INVOLVES', direction: 'OUT', label: 'agencies' },
  { relation: 'BASED_ON', direction: 'OUT', label: 'laws' },
];

/** Where a linked node opens: an indicator on the board, anything else in the impact explorer. */
const target = (node: { __typename: string; id: string }): Partial<ViewState> => (node.__typename === 'Indicator' ? { view: 'board', id: node.id } : { view: 'impact', id: node.id });

/** The text cut into plain and highlighted parts, each highlight naming the edges whose sentence it is. */
export function highlight(text: string, quotes: string[]): { text: string; marks: number[] }[] {
  const ranges: { start: number; end: number; index: number }[] = [];
  quotes.forEach((quote, index) => {
    const start = quote ? text.indexOf(quote) : -1;
    if (start >= 0) ranges.push({ start, end: start + quote.length, index });
  });
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const parts: { text: string; marks: number[] }[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    parts.push({ text: text.slice(a, b), marks: ranges.filter((r) => r.start <= a && r.end >= b).map((r) => r.index) });
  }
  return parts;
}

function TaskPanel({ id, state, navigate }: { id: string; state: ViewState; navigate: Navigate }) {
  const { lang } = state;
  const [active, setActive] = useState<number | null>(null);
  const loaded = useLoad(async () => {
    const token = readToken();
    const [d, assigned] = await Promise.all([
      gql(TaskDetailDocument, { id }),
      // Who assigned an edge is extra: the task shows without it when the token may not see the audit trail.
      token ? gql(TaskAssignedDocument, { id }, token).catch(() => null) : Promise.resolve(null),
    ]);
    const task = d.node && isTask(d.node) ? d.node : null;
    if (!task) throw new ApiError(`no task ${id}`, 'NOT_FOUND');
    const assignedLinks = assigned?.node && 'links' in assigned.node ? assigned.node.links : [];
    const by = new Map(assignedLinks.map((l) => [linkKey(l), l.assignedBy]));
    return { ...task, links: task.links.map((l): Link => ({ ...l, assignedBy: by.get(linkKey(l)) ?? null })) };
  }, [id]);
  if (loaded.error) return <Failure lang={lang} error={loaded.error} retry={loaded.retry} />;
  const task = loaded.data;
  if (!task) return <Loading lang={lang} />;
  const links = task.links.filter((l) => GROUPS.some((g) => g.relation === l.relation && g.direction === l.direction));
  const quotes = links.map((l) => l.provenance?.quote ?? '');
  const parts = highlight(task.text ?? '', quotes);
  return (
    <article class="task-panel" id="task-panel" data-id={task.id}>
      <h2>{task.code} {nameIn(lang, task)}</h2>
      {lang === 'en' && task.summary && <p>{task.summary}</p>}
      <p class="muted">{t(lang, 'provenance')}: {task.provenance.sectionPath.join(' › ')}</p>
      <h3>{t(lang, 'text')}</h3>
      <p class="plan-text" lang="zh-CN">
        {parts.map((p) =>
          p.marks.length ? (
            <mark class={p.marks.includes(active ?? -1) ? 'active' : ''} data-links={p.marks.join(' ')} title={p.marks.map((m) => `${code(lang, 'RelationKind', links[m].relation)} → ${nameIn(lang, links[m].node)}`).join('\n')}>
              {p.text}
            </mark>
          ) : (
            p.text
          ),
        )}
      </p>
      <h3>{t(lang, 'edges')}</h3>
      {GROUPS.map((g) => {
        const group = links.map((l, i) => ({ l, i })).filter(({ l }) => l.relation === g.relation && l.direction === g.direction);
        if (!group.length) return null;
        return (
          <section class="link-group">
            <h4>{t(lang, g.label)} ({group.length})</h4>
            <ul>
              {group.map(({ l, i }) => (
                <li onMouseEnter={() => setActive(i)} onMouseLeave={() => setActive(null)} class={active === i ? 'active' : ''}>
                  <a href={writeState({ ...state, ...target(l.node) })} onClick={(e) => { e.preventDefault(); navigate(target(l.node)); }} onFocus={() => setActive(i)} onBlur={() => setActive(null)}>
                    <span class={`kind kind-${l.node.__typename}`}>{kindLabel(lang, l.node.__typename)}</span> {'code' in l.node ? l.node.code : ''} {nameIn(lang, l.node)}
                  </a>{' '}
                  <span class="muted">{code(lang, 'LinkOrigin', l.origin)}{l.assignedBy ? ` · ${l.assignedBy}` : ''}</span>
                  {l.provenance && (
                    <blockquote lang="zh-CN">
                      {l.provenance.quote}
                      {!(task.text ?? '').includes(l.provenance.quote) && <small class="muted"> {t(lang, 'quoteElsewhere')} {l.provenance.sectionPath.join(' › ')}</small>}
                    </blockquote>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p>
        <button onClick={() => navigate({ view: 'impact', id: task.id })}>{t(lang, 'openImpact')}</button>
      </p>
    </article>
  );
}

/** The plan as an outline (chapters → sections → items); the chosen task with its text, edges and their sentences. */
export function Outline({ state, navigate }: { state: ViewState; navigate: Navigate }) {
  const { lang } = state;
  const loaded = useLoad(allTasks, []);
  const tasks = loaded.data;
  const children = useMemo(() => {
    const map = new Map<string, OutlineTask[]>();
    for (const task of tasks ?? []) {
      const key = task.parent?.id ?? '';
      map.set(key, [...(map.get(key) ?? []), task]);
    }
    return map;
  }, [tasks]);
  if (loaded.error) return <Failure lang={lang} error={loaded.error} retry={loaded.retry} />;
  if (!tasks) return <Loading lang={lang} />;
  const tree = (parent: string, depth: number) => (
    <ul class={`tree depth-${depth}`}>
      {(children.get(parent) ?? []).map((task) => (
        <li key={task.id}>
          <a href={writeState({ ...state, id: task.id })} class={state.id === task.id ? 'selected' : ''} aria-current={state.id === task.id ? 'true' : undefined} data-id={task.id} onClick={(e) => { e.preventDefault(); navigate({ id: task.id }); }}>
            <span class="code">{task.code}</span> {nameIn(lang, task)}
          </a>
          {children.has(task.id) && tree(task.id, depth + 1)}
        </li>
      ))}
    </ul>
  );
  return (
    <div class="split">
      <nav class="outline" id="outline" aria-label={t(lang, 'outline')}>{tree('', 0)}</nav>
      <section class="detail">{state.id ? <TaskPanel id={state.id} state={state} navigate={navigate} /> : <p class="muted">{t(lang, 'selectTask')}</p>}</section>
    </div>
  );
}
