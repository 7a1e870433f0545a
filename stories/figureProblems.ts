/**
 * What a reader would find wrong with one drawn figure, measured in the browser with the page's fonts: a label of
 * the graphic outside the figure, two labels that overlap, or the figure scrolling sideways. Written to run
 * anywhere by its source alone (no imports, nothing outside the function): the stories' play functions call it in
 * Chromium, and the Firefox ESR test passes it to the page (`element.evaluate(figureProblems)`).
 */
export function figureProblems(figure: Element): string[] {
  const found: string[] = [];
  type Box = { left: number; right: number; top: number; bottom: number; width: number };
  // Boxes that share some area (half a pixel of anti-aliasing allowed).
  const intersect = (a: Box, b: Box) =>
    a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  const frame = figure.getBoundingClientRect();
  if (frame.width === 0) return found;
  // Firefox's box of an SVG text is the font's whole line (ascent, descent and line gap, about 1.45 em);
  // Chromium's is about 1.2 em. Boxes are compared at 1.2 em tall, centred as the browsers draw them, so two
  // stacked lines whose glyphs are apart are not counted as touching.
  const texts = [...figure.querySelectorAll('svg text')]
    .map((element) => {
      const box = element.getBoundingClientRect();
      const em = Number.parseFloat(getComputedStyle(element).fontSize) || 12;
      const trim = Math.max(0, (box.height - 1.2 * em) / 2);
      return {
        text: element.textContent ?? '',
        box: {
          left: box.left,
          right: box.right,
          top: box.top + trim,
          bottom: box.bottom - trim,
          width: box.width,
        },
      };
    })
    .filter(({ box }) => box.width > 0);
  for (const { text, box } of texts)
    if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
      found.push(
        `outside its figure: ${text} (${Math.round(box.left - frame.left)}…${Math.round(box.right - frame.left)})`,
      );
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1))
      if (intersect(a.box, b.box)) found.push(`overlapping: ${a.text} × ${b.text}`);
  });
  if (figure.scrollWidth > figure.clientWidth + 1) found.push('scrolls sideways');
  return found;
}
