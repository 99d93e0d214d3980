/** The planner's token, kept for the browser tab's session under the key owner gaps uses too (Gaps.tsx). */
const TOKEN_KEY = 'plangraph-token';
const CHANGED = 'plangraph-token-changed';

export function readToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Keeps the token and tells the pages (the header learns the caller's role again). */
export function saveToken(value: string): void {
  sessionStorage.setItem(TOKEN_KEY, value);
  dispatchEvent(new Event(CHANGED));
}

/** Calls `listener` whenever the token changes; returns the unsubscribe. */
export function onTokenChange(listener: () => void): () => void {
  addEventListener(CHANGED, listener);
  return () => removeEventListener(CHANGED, listener);
}
