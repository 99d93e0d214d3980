import http, { type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { RequestListener } from 'node:http';
import type { Config } from '../config';

const TIMEOUT_BODY = JSON.stringify({ errors: [{ message: 'the request headers did not arrive in time', extensions: { code: 'REQUEST_TIMEOUT' } }] });

/**
 * Answers what Node refuses before a request reaches the app: headers not in within HEADERS_TIMEOUT_MS (or a request
 * not in within Node's requestTimeout) get 408 REQUEST_TIMEOUT in GraphQL's error shape; malformed or oversized
 * headers get Node's own 400/431. The connection is closed either way.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // A response already under way (the app answers this request itself) must not get a second status line.
  if (!socket.writable || (socket as Socket & { _httpMessage?: unknown })._httpMessage) return void socket.destroy();
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    socket.end(`HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(TIMEOUT_BODY)}\r\nconnection: close\r\n\r\n${TIMEOUT_BODY}`);
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\n\r\n`);
}

/**
 * The HTTP server with read deadlines: a client must send its headers within HEADERS_TIMEOUT_MS; the app's body
 * reader then gives it BODY_READ_TIMEOUT_MS for the body, and Node's requestTimeout (both, plus a margin) is the
 * backstop. Node checks these deadlines every `connectionsCheckingInterval` (30 s by default): a second here, so a
 * deadline means what it says.
 */
export function createHttpServer(app: RequestListener, config: Config): Server {
  const server = http.createServer(
    {
      headersTimeout: config.HEADERS_TIMEOUT_MS,
      requestTimeout: config.HEADERS_TIMEOUT_MS + config.BODY_READ_TIMEOUT_MS + 5_000,
      connectionsCheckingInterval: Math.min(1_000, config.HEADERS_TIMEOUT_MS),
    },
    app,
  );
  server.on('clientError', answerClientError);
  return server;
}
