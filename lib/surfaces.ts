/** How a detected compose box's field maps onto the note-quality engine's surfaces. */
import type { DraftSurface } from './draft';
import type { FieldName, SurfaceKind } from './limits';

export function draftSurfaceFor(kind: SurfaceKind, field: FieldName): DraftSurface {
  switch (kind) {
    case 'connection-note':
      return 'connection-note';
    case 'message':
      return 'message';
    case 'inmail':
    case 'salesnav':
      return field === 'subject' ? 'inmail-subject' : 'inmail-body';
    case 'comment':
      return 'comment';
    case 'post':
      return 'post';
  }
}
