import type { Runtime } from 'webextension-polyfill';
import browser from 'webextension-polyfill';
import { SEVERITIES, type Severity } from '../engine/types.ts';
import { NOTE_IDS, type NoteId } from '../evidence/note-ids.ts';
import type {
  FindingSummary,
  PageSummary,
  SeverityCounts,
  ToBackground,
  ToContent,
} from './messages.ts';

/**
 * Validators for everything that crosses a process boundary. A message is data from another
 * context (a content script runs beside untrusted page code), so receivers act only on what
 * passes these checks.
 */

/** Bounds on what a summary may carry; far above any real page, well below a memory problem. */
export const MAX_FINDINGS = 5000;
const MAX_TEXT = 2000;
const MAX_COUNT = 1_000_000;
/** More than there are notes. */
const MAX_NOTE_IDS = 200;

export function isToContent(m: unknown): m is ToContent {
  if (!isRecord(m)) return false;
  switch (m.type) {
    case 'describe':
      return true;
    case 'reveal':
      return isIndex(m.index);
    case 'command':
      return m.command === 'next-finding' || m.command === 'previous-finding';
    default:
      return false;
  }
}

export function isToBackground(m: unknown): m is ToBackground {
  if (!isRecord(m)) return false;
  switch (m.type) {
    case 'counts':
      return isSeverityCounts(m.counts) && typeof m.active === 'boolean';
    case 'open-checklist':
      return true;
    case 'turn-off-site':
      return isText(m.host) && m.host !== '';
    case 'notes':
      return Array.isArray(m.ids) && m.ids.length <= MAX_NOTE_IDS && m.ids.every(isText);
    default:
      return false;
  }
}

export function isPageSummary(m: unknown): m is PageSummary {
  return (
    isRecord(m) &&
    isText(m.host) &&
    typeof m.active === 'boolean' &&
    isSeverityCounts(m.counts) &&
    Array.isArray(m.findings) &&
    m.findings.length <= MAX_FINDINGS &&
    m.findings.every(isFindingSummary)
  );
}

function isFindingSummary(f: unknown): f is FindingSummary {
  return (
    isRecord(f) &&
    isIndex(f.index) &&
    isSeverity(f.severity) &&
    isNoteId(f.noteId) &&
    isText(f.title) &&
    isText(f.snippet)
  );
}

export function isSeverityCounts(c: unknown): c is SeverityCounts {
  return (
    isRecord(c) &&
    SEVERITIES.every((s) => {
      const n = c[s];
      return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_COUNT;
    })
  );
}

/** Whether `sender` is part of this extension at all (not another extension or a web page). */
export function isFromThisExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/**
 * For the background: the sender is one of our content scripts (they have a tab) or one of our
 * own pages (popup, options), whose URL is under the extension's origin.
 */
export function isTrustedBackgroundSender(sender: Runtime.MessageSender): boolean {
  if (!isFromThisExtension(sender)) return false;
  if (sender.tab !== undefined) return true;
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

function isSeverity(s: unknown): s is Severity {
  return typeof s === 'string' && (SEVERITIES as readonly string[]).includes(s);
}

function isNoteId(id: unknown): id is NoteId {
  return typeof id === 'string' && (NOTE_IDS as readonly string[]).includes(id);
}

function isIndex(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < MAX_FINDINGS;
}

function isText(s: unknown): s is string {
  return typeof s === 'string' && s.length <= MAX_TEXT;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
