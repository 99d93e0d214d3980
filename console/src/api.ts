/** The console's only server: PlanGraph's /graphql on the page's own origin. */
export interface GqlError {
  message: string;
  extensions?: { code?: string };
}

/** An error the API answered with (or a network failure), carrying its code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Runs one GraphQL operation against the page's origin; a token is sent when given. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError(`PlanGraph is unreachable: ${(error as Error).message}`, 'NETWORK_ERROR');
  }
  const body = (await res.json()) as { data?: T; errors?: GqlError[] };
  if (body.errors?.length) throw new ApiError(body.errors[0].message, body.errors[0].extensions?.code ?? 'UNKNOWN');
  return body.data as T;
}

/** The names every kind of node has, for any `Node` selection. */
export const NODE_NAMES = `__typename id
  ... on Goal { code name nameEn }
  ... on Task { code name nameEn }
  ... on Indicator { code number name nameEn }
  ... on Agency { name nameEn }
  ... on Law { name nameEn }
  ... on Plan { name nameEn }`;

/** A node as the console shows it in lists and pictures. */
export interface NamedNode {
  __typename: string;
  id: string;
  code?: string;
  number?: number | null;
  name: string;
  nameEn?: string | null;
}

/** Which optional fields the server has (likely owners, amendments, warnings land with other work). */
export interface Features {
  likelyOwners: string | null;
  targetHistory: boolean;
  warnings: boolean;
}

let features: Promise<Features> | null = null;

interface TypeInfo {
  fields: { name: string; type: { kind: string; name: string | null; ofType: { kind: string; name: string | null; ofType: { kind: string; name: string | null; ofType: { name: string | null } | null } | null } | null } }[] | null;
}

const namedType = (type: TypeInfo['fields'] extends (infer F)[] | null ? F extends { type: infer T } ? T : never : never): string | null => {
  let t: { name: string | null; ofType?: unknown } | null = type;
  while (t && !t.name) t = (t as { ofType: { name: string | null; ofType?: unknown } | null }).ofType;
  return t?.name ?? null;
};

const TYPE_FIELDS = `fields { name type { kind name ofType { kind name ofType { kind name ofType { name } } } } }`;

/** Learns once which optional fields the schema offers, and how to select likely owners. */
export function serverFeatures(): Promise<Features> {
  return (features ??= (async () => {
    const data = await gql<{ indicator: TypeInfo | null; query: TypeInfo | null }>(
      `{ indicator: __type(name: "Indicator") { ${TYPE_FIELDS} } query: __type(name: "Query") { fields { name } } }`,
    );
    const fields = data.indicator?.fields ?? [];
    const likely = fields.find((f) => f.name === 'likelyOwners');
    let likelyOwners: string | null = null;
    if (likely) {
      const typeName = namedType(likely.type);
      if (typeName === 'Agency') likelyOwners = 'likelyOwners { id name nameEn }';
      // Issue 13's shape: the agency, a confidence, and the verbatim sentences that make it likely.
      else if (typeName === 'LikelyOwner') likelyOwners = 'likelyOwners { agency { id name nameEn } confidence quotes evidence { kind } }';
      else if (typeName) {
        const inner = await gql<{ t: TypeInfo | null }>(`query($n: String!) { t: __type(name: $n) { ${TYPE_FIELDS} } }`, { n: typeName });
        const parts: string[] = [];
        for (const f of inner.t?.fields ?? []) {
          const n = namedType(f.type);
          if (n === 'Agency') parts.push(`${f.name} { id name nameEn }`);
          else if (n === 'String' || n === 'Float' || n === 'Int' || n === 'Boolean') parts.push(f.name);
        }
        if (parts.length) likelyOwners = `likelyOwners { ${parts.join(' ')} }`;
      }
    }
    return {
      likelyOwners,
      targetHistory: fields.some((f) => f.name === 'targetHistory'),
      warnings: (data.query?.fields ?? []).some((f) => f.name === 'warnings'),
    };
  })());
}

/** A likely owner as the console reads it, whatever shape the server gives: an inference, shown apart from owners. */
export interface LikelyOwner {
  agency: { id: string; name: string; nameEn?: string | null };
  detail: string;
  /** The sentences the inference rests on, verbatim. */
  quotes: string[];
}

/** Reads likely owners from either shape (a list of agencies, or of objects holding one). */
export function likelyOwnersOf(indicator: { likelyOwners?: unknown }): LikelyOwner[] {
  const list = Array.isArray(indicator.likelyOwners) ? (indicator.likelyOwners as Record<string, unknown>[]) : [];
  return list.flatMap((entry) => {
    if (typeof entry.id === 'string' && typeof entry.name === 'string') return [{ agency: entry as unknown as LikelyOwner['agency'], detail: '', quotes: [] }];
    if (typeof entry.confidence === 'number' && entry.agency) {
      const kinds = [...new Set(((entry.evidence as { kind: string }[] | undefined) ?? []).map((e) => e.kind))];
      return [{ agency: entry.agency as LikelyOwner['agency'], detail: `${Math.round(entry.confidence * 100)}% · ${kinds.join(', ')}`, quotes: (entry.quotes as string[] | undefined) ?? [] }];
    }
    const agencyKey = Object.keys(entry).find((k) => entry[k] && typeof entry[k] === 'object' && typeof (entry[k] as { id?: unknown }).id === 'string');
    if (!agencyKey) return [];
    const detail = Object.entries(entry)
      .filter(([k, v]) => k !== agencyKey && v !== null && typeof v !== 'object')
      .map(([, v]) => String(v))
      .join(' · ');
    return [{ agency: entry[agencyKey] as LikelyOwner['agency'], detail, quotes: [] }];
  });
}
