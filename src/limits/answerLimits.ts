import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getNamedType, GraphQLError, isLeafType } from 'graphql';

/**
 * About how many bytes a leaf value takes in the JSON answer (strings counted in UTF-8). A JSON scalar (an export)
 * is walked, and the walk stops once past `limit`: what matters then is only that it is too large.
 */
function leafBytes(value: unknown, limit: number): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return Buffer.byteLength(value) + 2;
  if (typeof value === 'number' || typeof value === 'boolean') return 8;
  if (value instanceof Date) return 32;
  if (typeof value === 'object') {
    let n = 2;
    const entries = Array.isArray(value) ? value.map((v) => ['', v] as const) : Object.entries(value);
    for (const [key, v] of entries) {
      n += key.length + 4 + leafBytes(v, limit - n);
      if (n > limit) return n;
    }
    return n;
  }
  return 32; // another custom scalar's serialized form
}

// Its path makes graphql-js take it as already located, so every field failing with it shares this one instance.
const answerTooLarge = (maxBytes: number) =>
  new GraphQLError(`the answer grew past ${maxBytes} bytes and was dropped; ask for fewer items (first) or fewer fields`, { path: [], extensions: { code: 'ANSWER_TOO_LARGE' } });

// The same for a request past its time: no field starts after it (one already running ends by its own timeout).
const tooLong = (maxMs: number) =>
  new GraphQLError(`the query ran past ${maxMs} ms and was stopped; narrow it (fewer items, a smaller depth)`, { path: [], extensions: { code: 'QUERY_TIMEOUT' } });

/**
 * A ceiling on one answer's size: counts the bytes of the answer while it is being resolved (each field's key and
 * each leaf value) and, once past `maxBytes`, fails every field still to resolve, so the answer stops growing,
 * then replaces what was built by one ANSWER_TOO_LARGE error (400). Memory holds at most about the ceiling plus
 * what was already in flight, whatever the query. Likewise past `maxMs` of execution (0: none): QUERY_TIMEOUT (504).
 */
export function answerLimitsPlugin<Context extends BaseContext>(maxBytes: number, maxMs = 0): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let bytes = 0;
      let tooLarge: GraphQLError | null = null;
      let timedOut: GraphQLError | null = null;
      const deadline = maxMs > 0 ? performance.now() + maxMs : Infinity;
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              // Failing thousands of fields after the ceiling costs thousands of references to one error.
              if (tooLarge) throw tooLarge;
              if (timedOut) throw timedOut;
              if (performance.now() > deadline) throw (timedOut = tooLong(maxMs));
              bytes += String(info.path.key).length + 4;
              if (!isLeafType(getNamedType(info.returnType))) return undefined;
              return (error, result) => {
                if (error || tooLarge) return;
                bytes += leafBytes(result, maxBytes - bytes);
                if (bytes > maxBytes) tooLarge = answerTooLarge(maxBytes);
              };
            },
          };
        },
        async willSendResponse({ response }) {
          const stopped = tooLarge ?? timedOut;
          if (!stopped || response.body.kind !== 'single') return;
          response.body.singleResult = { errors: [{ message: stopped.message, extensions: { code: stopped.extensions.code } }] };
          response.http.status = stopped === tooLarge ? 400 : 504;
        },
      };
    },
  };
}
