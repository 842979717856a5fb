/** write-good 1.0.8 ships no types; only what the benchmark calls. */
declare module 'write-good' {
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  function writeGood(text: string, opts?: Record<string, boolean>): Suggestion[];
  export = writeGood;
}
