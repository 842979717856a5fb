/** Size reference only: everything the draft engine exports (esm keeps every export). */
export * from '../../../lib/draft/index';
