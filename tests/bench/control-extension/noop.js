// Intentionally empty: what any extension's content script costs a page just by existing.
