/**
 * A specific reason to reach out, strongest first (seed 000's note rule: a mutual contact, a post
 * they published, a shared group, a role change). Without one, a blank request beats a generic note.
 */
import { EVIDENCE, type Evidence } from '../evidence.ts';
import { isPlainTrigger, mutualWords } from '../i18n/signal-words.ts';
import { t } from '../i18n/t.ts';
import { type Ctx, day } from './context.ts';

export interface Hook {
  kind: 'their-engagement' | 'mutual-contact' | 'trigger' | 'my-engagement' | 'shared-group' | 'shared-event';
  /** A noun phrase for a reason: "Ana's engagement with your post on 3 March". */
  what: string;
  /** When it happened, where known. */
  at: Date | null;
  evidence: Evidence;
}

/** Reasons that belong in a connection note, strongest first. */
export function noteHooks(ctx: Ctx): Hook[] {
  const { name, signals: s } = ctx.f;
  const hooks: Hook[] = [];
  if (s.engagedWithMyContent)
    hooks.push({
      kind: 'their-engagement',
      what: t('hook_their_engagement', { name, date: day(ctx, s.engagedWithMyContent) }),
      at: s.engagedWithMyContent,
      evidence: EVIDENCE.noteUnder200,
    });
  if (s.mutualConnection)
    hooks.push({
      kind: 'mutual-contact',
      what: mutualWords(s.mutualConnection),
      at: null,
      evidence: EVIDENCE.specificPersonalisation,
    });
  if (s.trigger)
    hooks.push({
      kind: 'trigger',
      what: isPlainTrigger(s.trigger.kind)
        ? t('hook_trigger_news', { name, date: day(ctx, s.trigger.at) })
        : t('hook_trigger', { name, trigger: s.trigger.kind, date: day(ctx, s.trigger.at) }),
      at: s.trigger.at,
      evidence: EVIDENCE.triggerEvent,
    });
  if (s.iEngagedWithTheirs)
    hooks.push({
      kind: 'my-engagement',
      what: t('hook_my_engagement', { name, date: day(ctx, s.iEngagedWithTheirs) }),
      at: s.iEngagedWithTheirs,
      evidence: EVIDENCE.warmRequest2to3x,
    });
  return hooks;
}

/** A shared group or event: LinkedIn lets you message without connecting (seed 000). */
export function sharedContext(ctx: Ctx): Hook | null {
  const { sharedGroup, sharedEvent } = ctx.f.signals;
  if (sharedGroup)
    return {
      kind: 'shared-group',
      what: t('hook_shared_group', { group: sharedGroup }),
      at: null,
      evidence: EVIDENCE.sharedGroupMessage,
    };
  if (sharedEvent)
    return {
      kind: 'shared-event',
      what: t('hook_shared_event', { event: sharedEvent }),
      at: null,
      evidence: EVIDENCE.sharedGroupMessage,
    };
  return null;
}

/** The single best reason, for messages and InMails: a note hook first, else the shared context. */
export function bestHook(ctx: Ctx): Hook | null {
  return noteHooks(ctx)[0] ?? sharedContext(ctx);
}

export function noteClause(hook: Hook): string {
  return t('hook_note_clause', { what: hook.what });
}
