// Element ids for aria-controls / aria-describedby. Preact's own useId counts from the root of each
// top-level render() call, and the content script renders an overlay more than once (first screen,
// whole cable, explanations): components mounted by a later call repeated earlier ids, and a chip
// then described itself with another chip's tooltip. One counter per page cannot repeat.
import { useState } from 'preact/hooks';

let issued = 0;

/** An id unique in this page, stable for the component's life. */
export function useUniqueId(): string {
  const [id] = useState(() => `cl-${++issued}`);
  return id;
}
