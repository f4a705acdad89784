/**
 * On a desk, the contents beside the text mark the unit being read (aria-current="location").
 * Loaded by src/scripts/reading-aids.ts once the reader scrolls; without JavaScript the contents
 * simply mark nothing.
 */
let current: Element | null = null;
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      const link = entry.isIntersecting && document.querySelector(`.toc a[href="#${entry.target.id}"]`);
      if (!link) continue;
      current?.removeAttribute('aria-current');
      link.setAttribute('aria-current', 'location');
      current = link;
    }
  },
  // The unit crossing a line a quarter of the way down the screen is the one being read.
  { rootMargin: '-25% 0px -75%' },
);
for (const unit of document.querySelectorAll('.document .unit[id]')) observer.observe(unit);

export {};
