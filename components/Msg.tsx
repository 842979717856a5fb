import { Fragment, type ReactNode } from 'react';
import { type MessageKey, type MessageValues, tParts } from '../lib/i18n/t';

/**
 * A message whose placeholders are elements, not text: <Msg k="panel_to" values={{ name: <b>Zoe</b> }} />
 * renders "to <b>Zoe</b>" with the words around the element in the user's language.
 */
export function Msg<K extends MessageKey>({ k, values }: { k: K; values: MessageValues<K, ReactNode> }) {
  return (
    <>
      {tParts(k, values).map((part, i) => (
        // The parts of one message never reorder between renders, so their position is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Fragment key={i}>{part}</Fragment>
      ))}
    </>
  );
}
