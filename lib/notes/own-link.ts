import { LIMITS } from '../protocol/messages';

/**
 * A link a learner may keep: an http(s) address within bounds, as the browser writes it; null
 * for anything else (a `javascript:` or `data:` link must never become a clickable note).
 */
export function ownLink(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > LIMITS.maxUrlLength) return null;
  try {
    // "example.org/x" is read as https; "host:8080" is a host and port, not a scheme.
    const scheme = /^[a-z][a-z0-9+.-]*:(?:\/\/|(?!\d))/i.test(trimmed);
    const url = new URL(scheme ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.href.length <= LIMITS.maxUrlLength ? url.href : null;
  } catch {
    return null;
  }
}
