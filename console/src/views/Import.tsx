import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError, gql } from '../api';
import { skipReason, t, type LabelKey, type Lang } from '../i18n';
import type { Navigate } from '../main';
import type { ViewState } from '../state';
import { onTokenChange, readToken, saveToken } from '../token';

interface Ref {
  id: string;
  label: string;
  code: string | null;
  name: string;
}

interface Preview {
  key: string;
  format: string;
  title: string;
  period: { start: number; end: number } | null;
  jurisdiction: { name: string; level: string; parent: string | null };
  numbering: string[];
  replaces: boolean;
  digest: string;
  warnings: string[];
  tasks: { code: string; level: string; name: string; parentCode: string | null; line: number }[];
  indicators: {
    code: string;
    name: string;
    category: string | null;
    attribute: string | null;
    source: string;
    target: { raw: string; value: number | null; unit: string | null; kind: string; comparator: string | null; ceiling: boolean };
    line: number;
  }[];
  skipped: { line: number | null; page: number | null; text: string; reason: string }[];
  proposals: { relation: string; confidence: number; evidence: string; quote: string; from: Ref; to: Ref }[];
  counts: { tasks: number; indicators: number; proposals: number; skippedLines: number; nodes: number; edges: number; citations: number; agencies: number };
}

interface Result {
  plan: { id: string; name: string };
  counts: { tasks: number; indicators: number; nodes: number; proposals: number };
  proposalsStored: number;
}

const PREVIEW = `mutation($input: PlanFileInput!) { previewPlanImport(input: $input) {
  key format title period { start end } jurisdiction { name level parent } numbering replaces digest warnings
  tasks { code level name parentCode line }
  indicators { code name category attribute source target { raw value unit kind comparator ceiling } line }
  skipped { line page text reason }
  proposals { relation confidence evidence quote from { id label code name } to { id label code name } }
  counts { tasks indicators proposals skippedLines nodes edges citations agencies } } }`;
const IMPORT = `mutation($input: PlanFileInput!, $digest: String!) { importPlanFile(input: $input, previewDigest: $digest) {
  plan { id name } counts { tasks indicators nodes proposals } proposalsStored } }`;

/** The file's bytes as base64, in slices (String.fromCharCode takes a bounded number of arguments). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A key suggested from the file's name: its ASCII letters and digits, lowercased, dashed. */
const suggestKey = (name: string) =>
  name
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

const label = (lang: Lang, value: string | null | undefined) => {
  if (!value) return '';
  try {
    return t(lang, value as LabelKey);
  } catch {
    return value;
  }
};

/** The outline as a tree: each task under its parent, in document order. */
function OutlineTree({ tasks }: { tasks: Preview['tasks'] }) {
  const children = useMemo(() => {
    const map = new Map<string | null, Preview['tasks']>();
    for (const task of tasks) map.set(task.parentCode, [...(map.get(task.parentCode) ?? []), task]);
    return map;
  }, [tasks]);
  const known = new Set(tasks.map((x) => x.code));
  const roots = tasks.filter((x) => x.parentCode === null || !known.has(x.parentCode));
  const branch = (list: Preview['tasks']) => (
    <ul class="tree">
      {list.map((task) => (
        <li data-code={task.code} data-level={task.level}>
          <span class="code">{task.code}</span> {task.name}
          {(children.get(task.code) ?? []).length > 0 && branch(children.get(task.code)!)}
        </li>
      ))}
    </ul>
  );
  return branch(roots);
}

/** 导入规划: a planner uploads a plan's file, sees what the import finds, then confirms or cancels. */
export function ImportView({ state, navigate }: { state: ViewState; navigate: Navigate }) {
  const { lang } = state;
  const [token, setToken] = useState(readToken);
  const [mayImport, setMayImport] = useState<boolean | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [key, setKey] = useState('');
  const [jurisdiction, setJurisdiction] = useState('');
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [firstTask, setFirstTask] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string; code?: string } | null>(null);

  useEffect(() => onTokenChange(() => setToken(readToken())), []);
  useEffect(() => {
    if (!token) return setMayImport(false);
    gql<{ viewer: { mayImportPlans: boolean } | null }>('{ viewer { mayImportPlans } }', {}, token)
      .then((d) => setMayImport(d.viewer?.mayImportPlans ?? false))
      .catch(() => setMayImport(false));
  }, [token]);

  const input = async () => ({ fileName: file!.name, contentBase64: await base64Of(file!), key: key.trim(), jurisdiction: jurisdiction.trim() || null });
  const fail = (error: unknown) => {
    const code = error instanceof ApiError ? error.code : 'UNKNOWN';
    setMessage({ ok: false, code, text: code === 'PREVIEW_STALE' ? t(lang, 'stale') : `${code}: ${(error as Error).message}` });
  };
  const runPreview = async () => {
    if (!file || !key.trim()) return;
    setBusy('preview');
    setMessage(null);
    setPreview(null);
    setResult(null);
    try {
      const d = await gql<{ previewPlanImport: Preview }>(PREVIEW, { input: await input() }, token);
      setPreview(d.previewPlanImport);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };
  const confirm = async () => {
    if (!preview || !file) return;
    setBusy('import');
    setMessage(null);
    try {
      const d = await gql<{ importPlanFile: Result }>(IMPORT, { input: await input(), digest: preview.digest }, token);
      setResult(d.importPlanFile);
      setFirstTask(preview.tasks[0]?.code ?? null);
      setPreview(null);
      setMessage({ ok: true, text: `${t(lang, 'imported')}: ${d.importPlanFile.plan.name}` });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };
  const cancel = () => {
    setPreview(null);
    setResult(null);
    setMessage({ ok: true, text: t(lang, 'cancelled') });
  };

  if (mayImport === null) return <p class="muted">{t(lang, 'loading')}</p>;
  if (!mayImport) {
    return (
      <div class="import" id="import-page">
        <h2>{t(lang, 'import')}</h2>
        <p class="error" id="import-needs-planner">{t(lang, 'importNeedsPlanner')}</p>
        <label class="token">
          {t(lang, 'token')}{' '}
          <input id="import-token" type="password" value={token} placeholder={t(lang, 'tokenHint')} onChange={(e) => saveToken((e.target as HTMLInputElement).value)} />
        </label>
      </div>
    );
  }
  const SHOWN_SKIPPED = 300;
  return (
    <div class="import" id="import-page">
      <h2>{t(lang, 'import')}</h2>
      <p class="muted">{t(lang, 'importIntro')}</p>
      <form
        class="import-form"
        onSubmit={(e) => {
          e.preventDefault();
          void runPreview();
        }}
      >
        <label>
          {t(lang, 'importFile')}{' '}
          <input
            id="import-file"
            type="file"
            accept=".docx,.pdf,.html,.htm,.txt"
            onChange={(e) => {
              const chosen = (e.target as HTMLInputElement).files?.[0] ?? null;
              setFile(chosen);
              if (chosen && !key) setKey(suggestKey(chosen.name));
              setPreview(null);
              setResult(null);
            }}
          />
        </label>
        <label>
          {t(lang, 'importKey')} <input id="import-key" value={key} placeholder={t(lang, 'importKeyHint')} onInput={(e) => setKey((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t(lang, 'jurisdiction')} <input id="import-jurisdiction" value={jurisdiction} placeholder={t(lang, 'jurisdictionHint')} onInput={(e) => setJurisdiction((e.target as HTMLInputElement).value)} />
        </label>
        <button id="import-preview" type="submit" disabled={!file || !key.trim() || busy !== null}>
          {t(lang, 'preview')}
        </button>
      </form>
      {busy && <p class="muted" id="import-busy">{t(lang, busy === 'preview' ? 'previewing' : 'importing')}</p>}
      {message && (
        <p id="import-message" class={message.ok ? 'ok' : 'error'} data-code={message.code ?? ''}>
          {message.text}
        </p>
      )}
      {result && (
        <section id="import-result" data-plan={result.plan.id}>
          <p>
            {t(lang, 'tasks')} {result.counts.tasks} · {t(lang, 'indicators')} {result.counts.indicators} · {t(lang, 'proposedLinks')} {result.proposalsStored}
          </p>
          <button id="import-show-plan" onClick={() => navigate({ view: 'outline', id: firstTask ? `Task:${result.plan.id.slice('Plan:'.length)}:${firstTask}` : '' })}>
            {t(lang, 'showPlan')}
          </button>
        </section>
      )}
      {preview && (
        <section id="import-preview-panel" data-digest={preview.digest}>
          <h3 id="import-title">{preview.title}</h3>
          <p class="muted">
            {t(lang, 'format')} {preview.format} · {t(lang, 'period')} {preview.period ? `${preview.period.start}–${preview.period.end}` : '—'} · {t(lang, 'jurisdiction')} {preview.jurisdiction.parent ? `${preview.jurisdiction.parent}/` : ''}
            {preview.jurisdiction.name} · {t(lang, 'numbering')} {preview.numbering.join(' / ')}
          </p>
          <p id="import-counts" data-tasks={preview.counts.tasks} data-indicators={preview.counts.indicators} data-proposals={preview.counts.proposals} data-skipped={preview.counts.skippedLines}>
            {t(lang, 'tasks')} {preview.counts.tasks} · {t(lang, 'indicators')} {preview.counts.indicators} · {t(lang, 'laws')} {preview.counts.citations} · {t(lang, 'agencies')} {preview.counts.agencies} · {t(lang, 'skippedLines')} {preview.counts.skippedLines} · {t(lang, 'proposedLinks')} {preview.counts.proposals}
          </p>
          {(preview.warnings.length > 0 || preview.replaces) && (
            <div class="warning" id="import-warnings">
              <strong>{t(lang, 'notices')}</strong>
              <ul>{preview.warnings.map((w) => <li>{w}</li>)}</ul>
            </div>
          )}
          <div class="import-actions">
            <button id="import-confirm" class="primary" disabled={busy !== null} onClick={() => void confirm()}>
              {t(lang, 'confirmImport')}
            </button>
            <button id="import-cancel" disabled={busy !== null} onClick={cancel}>
              {t(lang, 'cancel')}
            </button>
          </div>
          <div class="import-grid">
            <section id="import-outline" class="outline">
              <h4>{t(lang, 'structure')} ({preview.tasks.length})</h4>
              <OutlineTree tasks={preview.tasks} />
            </section>
            <div>
              <section>
                <h4>{t(lang, 'indicatorTable')} ({preview.indicators.length})</h4>
                <table class="gap-table" id="import-indicators">
                  <thead>
                    <tr>
                      <th>#</th><th>{t(lang, 'indicators')}</th><th>{t(lang, 'category')}</th><th>{t(lang, 'attribute')}</th><th>{t(lang, 'targetRaw')}</th>
                      <th>{t(lang, 'value')}</th><th>{t(lang, 'unit')}</th><th>{t(lang, 'kind')}</th><th>{t(lang, 'comparator')}</th><th>{t(lang, 'ceiling')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.indicators.map((i) => (
                      <tr data-code={i.code} data-source={i.source} data-kind={i.target.kind}>
                        <td>{i.code}</td>
                        <td>{i.name}</td>
                        <td>{i.category ?? ''}</td>
                        <td>{label(lang, i.attribute)}</td>
                        <td>{i.target.raw}</td>
                        <td class="target-value">{i.target.value ?? '—'}</td>
                        <td>{i.target.unit ?? ''}</td>
                        <td>{label(lang, i.target.kind)}</td>
                        <td>{i.target.comparator ?? ''}</td>
                        <td>{i.target.ceiling ? '✓' : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
              <section>
                <h4>{t(lang, 'skippedLines')} ({preview.skipped.length})</h4>
                <table class="gap-table" id="import-skipped">
                  <thead>
                    <tr><th>{t(lang, 'line')}</th><th>{t(lang, 'text')}</th><th>{t(lang, 'reason')}</th></tr>
                  </thead>
                  <tbody>
                    {preview.skipped.slice(0, SHOWN_SKIPPED).map((s) => (
                      <tr><td>{s.line ?? (s.page ? `${t(lang, 'page')} ${s.page}` : '')}</td><td>{s.text}</td><td class="muted">{skipReason(lang, s.reason)}</td></tr>
                    ))}
                  </tbody>
                </table>
                {preview.skipped.length > SHOWN_SKIPPED && <p class="muted">{t(lang, 'andMore')} {preview.skipped.length - SHOWN_SKIPPED}</p>}
              </section>
              <section>
                <h4>{t(lang, 'proposedLinks')} ({preview.proposals.length})</h4>
                <table class="gap-table" id="import-proposals">
                  <thead>
                    <tr><th>{t(lang, 'relation')}</th><th>{t(lang, 'from')}</th><th>{t(lang, 'to')}</th><th>{t(lang, 'confidence')}</th></tr>
                  </thead>
                  <tbody>
                    {preview.proposals.map((p) => (
                      <tr data-relation={p.relation} title={`${p.evidence}\n${p.quote}`}>
                        <td>{label(lang, p.relation)}</td>
                        <td>{p.from.code ? `${p.from.code} ` : ''}{p.from.name}</td>
                        <td>{p.to.code ? `${p.to.code} ` : ''}{p.to.name}</td>
                        <td class="confidence" data-confidence={p.confidence}>
                          <span class="bar" style={{ width: `${Math.round(p.confidence * 60)}px` }} /> {Math.round(p.confidence * 100)}%
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            </div>
          </div>
        </section>
      )}
    </div>
  );
}
