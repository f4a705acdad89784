/**
 * Small aids to reading and printing, on every page (see BackToContents.astro, PrintColophon.astro).
 */

// A desk (wide enough for the contents beside the text, 64rem) marks where the reader is, from
// their first scroll on; a phone folds the contents away: nothing to mark, nothing loaded.
if (document.querySelector('.toc') && innerWidth >= 1024) addEventListener('scroll', () => void import('./reading-position.ts'), { once: true });

// The day of printing, in the print colophon: " on 5 May 2025".
const printDate = document.querySelector('[data-print-date]');
if (printDate) printDate.textContent = ` on ${new Date().toLocaleDateString('en-GB', { dateStyle: 'long' })}`;
