/**
 * Reasons to reach out ("hooks" in outreach talk, not React hooks), strongest first (seed 000's note
 * rule: a mutual contact, a post they published, a shared group, a role change). Without one, a
 * blank request beats a generic note.
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

const hook = (kind: Hook['kind'], what: string, at: Date | null, evidence: Evidence): Hook => ({
  kind,
  what,
  at,
  evidence,
});

/** Reasons that belong in a connection note, strongest first. */
export function noteHooks(ctx: Ctx): Hook[] {
  const { name, signals: s } = ctx.f;
  const hooks: Hook[] = [];
  if (s.engagedWithMyContent) {
    const what = t('hook_their_engagement', { name, date: day(ctx, s.engagedWithMyContent) });
    hooks.push(hook('their-engagement', what, s.engagedWithMyContent, EVIDENCE.noteUnder200));
  }
  if (s.mutualConnection) {
    const what = mutualWords(s.mutualConnection);
    hooks.push(hook('mutual-contact', what, null, EVIDENCE.specificPersonalisation));
  }
  if (s.trigger) {
    const what = isPlainTrigger(s.trigger.kind)
      ? t('hook_trigger_news', { name, date: day(ctx, s.trigger.at) })
      : t('hook_trigger', { name, trigger: s.trigger.kind, date: day(ctx, s.trigger.at) });
    hooks.push(hook('trigger', what, s.trigger.at, EVIDENCE.triggerEvent));
  }
  if (s.iEngagedWithTheirs) {
    const what = t('hook_my_engagement', { name, date: day(ctx, s.iEngagedWithTheirs) });
    hooks.push(hook('my-engagement', what, s.iEngagedWithTheirs, EVIDENCE.warmRequest2to3x));
  }
  return hooks;
}

/** A shared group or event: LinkedIn lets you message without connecting (seed 000). */
export function sharedContext(ctx: Ctx): Hook | null {
  const { sharedGroup, sharedEvent } = ctx.f.signals;
  if (sharedGroup)
    return hook(
      'shared-group',
      t('hook_shared_group', { group: sharedGroup }),
      null,
      EVIDENCE.sharedGroupMessage,
    );
  if (sharedEvent)
    return hook(
      'shared-event',
      t('hook_shared_event', { event: sharedEvent }),
      null,
      EVIDENCE.sharedGroupMessage,
    );
  return null;
}

/** The single best reason, for messages and InMails: a note hook first, else the shared context. */
export function bestHook(ctx: Ctx): Hook | null {
  return noteHooks(ctx)[0] ?? sharedContext(ctx);
}

export function noteClause(hook: Hook): string {
  return t('hook_note_clause', { what: hook.what });
}
