/** Light or dark, matching the page behind the box (LinkedIn's dark mode has no stable class). */
export function pageTheme(el: Element): 'light' | 'dark' {
  const view = el.ownerDocument.defaultView;
  let cur: Element | null = el;
  while (cur && view) {
    const rgb = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(
      view.getComputedStyle(cur).backgroundColor,
    );
    if (rgb && (rgb[4] === undefined || Number(rgb[4]) > 0.5)) {
      const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map((v) => Number(v) / 255) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4 ? 'dark' : 'light';
    }
    cur = cur.parentElement;
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
