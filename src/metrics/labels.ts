import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';

/** The folders whose operations other systems send by name: the shared contract and the typed client's own. */
const OPERATION_DIRS = [path.resolve(__dirname, '../../contract'), path.resolve(__dirname, '../../client/operations')];

/** The names of the operations in contract/ and client/operations/: the only client-given names a metric label takes. */
export function knownOperationNames(dirs: readonly string[] = OPERATION_DIRS): Set<string> {
  const names = new Set<string>();
  for (const dir of dirs) {
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    } catch {
      continue; // a deployment without the folder has no named operations to trust
    }
    for (const file of files) {
      for (const definition of parse(readFileSync(path.join(dir, file), 'utf8')).definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
      }
    }
  }
  return names;
}

/**
 * A request's `operation` label, bounded whatever clients send: a known operation's name; else, for an operation
 * with one root field, that field (`Query.indicators`, `Mutation.importGraph`: bounded by the schema, and only
 * after validation, so a field that does not exist never becomes a label); else `other`.
 */
export function operationLabel(known: ReadonlySet<string>, name: string | null | undefined, operation: OperationDefinitionNode | null | undefined): string {
  if (name && known.has(name)) return name;
  const fields = operation?.selectionSet.selections ?? [];
  if (operation && fields.length === 1 && fields[0].kind === Kind.FIELD && !fields[0].name.value.startsWith('__')) {
    const root = operation.operation === 'query' ? 'Query' : operation.operation === 'mutation' ? 'Mutation' : 'Subscription';
    return `${root}.${fields[0].name.value}`;
  }
  return 'other';
}

/** The operation a document runs (by name, or its only one), or null. */
export function selectedOperation(document: DocumentNode | undefined, name: string | null | undefined): OperationDefinitionNode | null {
  const operations = (document?.definitions ?? []).filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (name) return operations.find((o) => o.name?.value === name) ?? null;
  return operations.length === 1 ? operations[0] : null;
}

/** Every code an answer can carry (src/errors.ts, the importer's refusals, Apollo's request-shape codes), and OK. */
const CODES = new Set([
  'OK', 'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'SERVICE_UNAVAILABLE', 'SERVICE_OVERLOADED',
  'QUERY_TIMEOUT', 'QUERY_TOO_COSTLY', 'REQUEST_TIMEOUT', 'IMPORT_TIMEOUT', 'ANSWER_TOO_LARGE', 'PAYLOAD_TOO_LARGE',
  'IMPORT_REFUSED', 'UNSUPPORTED_FORMAT', 'UNREADABLE_FILE', 'SCANNED_PDF', 'ENCRYPTED_PDF', 'PREVIEW_STALE', 'INTERNAL_SERVER_ERROR',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** A `code` label: one of the known codes, else OTHER. */
export function codeLabel(code: unknown): string {
  const text = String(code ?? '');
  return CODES.has(text) ? text : 'OTHER';
}

/**
 * Which limit refused a request (the `limit` label), from its code and message, or null when it was not refused
 * by a limit. GraphQL Armor's refusals (depth, aliases, directives, tokens) carry validation or parse codes, so
 * their messages tell them apart.
 */
export function refusalLimit(code: string, message = ''): string | null {
  switch (code) {
    case 'QUERY_TOO_COSTLY':
      return /nodes/.test(message) ? 'nodes' : 'cost';
    case 'ANSWER_TOO_LARGE':
      return 'answer_bytes';
    case 'QUERY_TIMEOUT':
      return 'execution_time';
    case 'IMPORT_TIMEOUT':
      return 'import_time';
    case 'SERVICE_OVERLOADED':
      return 'overloaded';
    case 'PAYLOAD_TOO_LARGE':
      return 'body_size';
    case 'REQUEST_TIMEOUT':
      return 'body_read_time';
    case 'GRAPHQL_PARSE_FAILED':
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'BAD_USER_INPUT':
      if (/depth/i.test(message)) return 'depth';
      if (/aliases/i.test(message)) return 'aliases';
      if (/directives/i.test(message)) return 'directives';
      if (/tokens/i.test(message)) return 'tokens';
      return null;
    default:
      return null;
  }
}
