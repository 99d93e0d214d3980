/** What every view shows while it waits and when a request fails: never an endless 「加载中…」, always a next step. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api';
import type { Lang } from './i18n';

type Pair = readonly [zh: string, en: string];

/** What a planner can do about each kind of failure. */
const ADVICE: Record<string, Pair> = {
  NETWORK_ERROR: ['无法连接 PlanGraph 服务器。请检查网络或服务器是否在运行,然后重试。', 'PlanGraph cannot be reached. Check the network or that the server runs, then retry.'],
  TIMEOUT: ['服务器在 30 秒内没有响应。请稍后重试;若反复出现,请联系管理员。', 'The server did not answer within 30 s. Retry in a moment; if it keeps happening, tell the administrator.'],
  UNAUTHENTICATED: ['此内容需要令牌。请在「责任缺口」页输入您的令牌后重试。', 'This needs a token. Enter yours on the Owner gaps page, then retry.'],
  FORBIDDEN: ['您的令牌无权查看此内容。请使用具有相应角色的令牌。', 'Your token’s role may not see this. Use a token with the role it needs.'],
  NOT_FOUND: ['未找到该条目:链接可能已过期,或该条目已被删除。请从列表中重新选择。', 'Not found: the link may be out of date, or the item was removed. Pick it again from the list.'],
  SERVICE_OVERLOADED: ['服务器正忙。请稍候几秒后重试。', 'The server is busy. Wait a few seconds and retry.'],
  SERVICE_UNAVAILABLE: ['数据库暂时不可用。请稍后重试。', 'The database is unavailable for now. Retry in a moment.'],
  QUERY_TIMEOUT: ['查询超时。请缩小范围(例如降低深度)后重试。', 'The query ran too long. Narrow it (a smaller depth, say) and retry.'],
  QUERY_TOO_COSTLY: ['请求过大,服务器拒绝执行。请缩小范围后重试。', 'The request is too large for the server. Narrow it and retry.'],
  BAD_USER_INPUT: ['输入有误:', 'The input was refused:'],
};
const GENERIC: Pair = ['请求失败。请重试;若反复出现,请把以下信息告知管理员。', 'The request failed. Retry; if it keeps happening, give the administrator the details below.'];
const RETRY: Pair = ['重试', 'Retry'];
const LOADING: Pair = ['加载中…', 'Loading…'];

const pick = (lang: Lang, pair: Pair) => pair[lang === 'zh' ? 0 : 1];

/** An error's code: the API's, or the console's own for network and HTTP failures. */
export const errorCode = (error: unknown): string => (error instanceof ApiError ? error.code : 'UNKNOWN');

/** The planner's next step for a failure, in a language. */
export function advice(lang: Lang, error: unknown): string {
  const code = errorCode(error);
  const known = ADVICE[code] ?? (/^HTTP_5/.test(code) ? ADVICE.SERVICE_UNAVAILABLE : undefined);
  return pick(lang, known ?? GENERIC);
}

/** A place that waits for an answer: announced to screen readers, marked busy (the crawler fails on one left so). */
export function Loading({ lang }: { lang: Lang }) {
  return (
    <p class="muted loading" role="status" aria-busy="true">
      {pick(lang, LOADING)}
    </p>
  );
}

/** A failed request: what happened, what to do, the code and message for whoever helps, and a retry. */
export function Failure({ lang, error, retry }: { lang: Lang; error: unknown; retry?: () => void }) {
  const code = errorCode(error);
  return (
    <div class="failure" role="alert" data-code={code}>
      <p>{advice(lang, error)}</p>
      <p class="muted">
        <code>{code}</code> {(error as Error)?.message ?? String(error)}
      </p>
      {retry && (
        <button type="button" class="retry" onClick={retry}>
          {pick(lang, RETRY)}
        </button>
      )}
    </div>
  );
}

/** What a load gives a view: its data, or its error, and a retry that runs it again. */
export interface Loaded<T> {
  data: T | null;
  error: unknown;
  retry: () => void;
}

/**
 * Runs `load` whenever `deps` change (then the old data goes) or on retry (the old data stays until the new arrives);
 * an answer that arrives after a newer load began is dropped.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ data: T | null; error: unknown }>({ data: null, error: null });
  const lastDeps = useRef<unknown[] | null>(null);
  useEffect(() => {
    let current = true;
    const changed = !lastDeps.current || lastDeps.current.length !== deps.length || deps.some((d, i) => d !== lastDeps.current![i]);
    lastDeps.current = deps;
    setState((s) => ({ data: changed ? null : s.data, error: null }));
    load().then(
      (data) => current && setState({ data, error: null }),
      (error: unknown) => current && setState({ data: null, error: error ?? new Error('failed') }),
    );
    return () => {
      current = false;
    };
  }, [...deps, attempt]);
  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
