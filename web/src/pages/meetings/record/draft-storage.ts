import type { MeetingDraft } from './meeting-draft';

/**
 * The form, kept in this browser until the meeting is saved: a closed tab, a reload or a
 * crash loses nothing. Only what was typed is kept here, never a token; one draft per user.
 */
const VERSION = 1;
const keyOf = (userId: string) => `chidao.meeting-draft.${userId}`;

interface Stored {
  version: number;
  savedAt: string;
  draft: MeetingDraft;
}

export function loadDraft(userId: string): { draft: MeetingDraft; savedAt: string } | null {
  try {
    const raw = localStorage.getItem(keyOf(userId));
    if (!raw) return null;
    const stored = JSON.parse(raw) as Stored;
    if (stored.version !== VERSION || typeof stored.draft?.idempotencyKey !== 'string') return null;
    return { draft: stored.draft, savedAt: stored.savedAt };
  } catch {
    return null;
  }
}

export function saveDraft(userId: string, draft: MeetingDraft): void {
  const stored: Stored = { version: VERSION, savedAt: new Date().toISOString(), draft };
  try {
    localStorage.setItem(keyOf(userId), JSON.stringify(stored));
  } catch {
    // Storage full or disabled (private window): the form still works, only without the safety net.
  }
}

export function clearDraft(userId: string): void {
  localStorage.removeItem(keyOf(userId));
}
