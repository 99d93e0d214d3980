import type { Lang } from './i18n';

/** The view's state, all of it in the URL so that a view can be shared. */
export interface ViewState {
  view: 'outline' | 'board' | 'impact' | 'gaps' | 'import';
  lang: Lang;
  /** The selected node (a task in the outline, an indicator on the board, the impact's source). */
  id: string;
  asOf: number;
  attribute: string;
  category: string;
  owner: string;
  likely: string;
  status: string;
  depth: number;
}

const VIEWS = new Set(['outline', 'board', 'impact', 'gaps', 'import']);

/** Reads the state from a URL's query string. */
export function readState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const view = q.get('view') ?? 'board';
  const asOf = Number(q.get('asOf'));
  const depth = Number(q.get('depth'));
  return {
    view: (VIEWS.has(view) ? view : 'board') as ViewState['view'],
    lang: q.get('lang') === 'en' ? 'en' : 'zh',
    id: q.get('id') ?? '',
    asOf: Number.isInteger(asOf) && asOf >= 2020 && asOf <= 2030 ? asOf : 2023,
    attribute: q.get('attribute') ?? '',
    category: q.get('category') ?? '',
    owner: q.get('owner') ?? '',
    likely: q.get('likely') ?? '',
    status: q.get('status') ?? '',
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 6 ? depth : 4,
  };
}

const DEFAULTS = readState('');

/** Writes the state as a query string, leaving out what is at its default. */
export function writeState(state: ViewState): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value !== DEFAULTS[key as keyof ViewState] || key === 'view') q.set(key, String(value));
  }
  return `?${q.toString()}`;
}
