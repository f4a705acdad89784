/**
 * Hovering or focusing a name in the text shows its one-line description (from the names
 * registry) in a small note under it, tied to the link with aria-describedby. Loaded on the
 * first hover or focus of a name (src/scripts/name-notes-boot.ts); the notes come from
 * /names/notes.json. Styled through the CSSOM (which the Content Security Policy allows), so no
 * stylesheet weighs on the page's load.
 */
import { NAME_NOTES_PATH, href } from '../lib/addresses.ts';
import { PLAIN_TEXT, UNIT_LABEL, UNIT_TEXT } from '../lib/markup.ts';

interface Note {
  name: string;
  description: string;
}

const NOTE_ID = 'name-note';
const notes: Promise<Record<string, Note>> = fetch(href(NAME_NOTES_PATH)).then((response) => (response.ok ? (response.json() as Promise<Record<string, Note>>) : {}));

const note = document.createElement('div');
note.id = NOTE_ID;
note.setAttribute('role', 'tooltip');
note.hidden = true;
Object.assign(note.style, {
  position: 'fixed',
  zIndex: '30',
  maxWidth: 'min(22rem, calc(100vw - 1rem))',
  padding: '0.4rem 0.6rem',
  border: '1px solid var(--rule)',
  borderRadius: '4px',
  background: 'var(--header-bg)',
  color: 'var(--fg)',
  font: 'var(--step--1)/1.4 var(--sans)',
  boxShadow: '0 2px 6px rgb(0 0 0 / 0.15)',
  pointerEvents: 'none',
});
document.body.append(note);

let shownFor: HTMLAnchorElement | undefined;

/** The name link an event happened on, if any (not a unit's label, not in plain-text mode). */
function nameLinkOf(target: EventTarget | null): HTMLAnchorElement | undefined {
  if (!(target instanceof Element) || document.documentElement.classList.contains(PLAIN_TEXT)) return undefined;
  const link = target.closest<HTMLAnchorElement>(`.${UNIT_TEXT} a[href]:not(.${UNIT_LABEL})`);
  return link ?? undefined;
}

async function show(link: HTMLAnchorElement): Promise<void> {
  const entry = (await notes)[link.getAttribute('href') ?? ''];
  if (!entry?.description) return;
  shownFor = link;
  note.textContent = entry.description;
  note.hidden = false;
  place(link);
  link.setAttribute('aria-describedby', NOTE_ID);
}

/** Puts the note under `link`, or above it near the bottom of the screen. */
function place(link: HTMLAnchorElement): void {
  const box = link.getBoundingClientRect();
  note.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - note.offsetWidth - 8))}px`;
  const below = box.bottom + 6;
  note.style.top = `${below + note.offsetHeight > window.innerHeight ? box.top - note.offsetHeight - 6 : below}px`;
}

/** Shows the note of `link` if the pointer or the focus is still on it. */
export function showIfActive(link: HTMLAnchorElement): void {
  if (nameLinkOf(link) && (link.matches(':hover') || link === document.activeElement)) void show(link);
}

function hide(): void {
  note.hidden = true;
  shownFor?.removeAttribute('aria-describedby');
  shownFor = undefined;
}

const showFor = (event: Event) => {
  const link = nameLinkOf(event.target);
  if (link) void show(link);
};
document.addEventListener('pointerover', showFor);
document.addEventListener('focusin', showFor);
document.addEventListener('pointerout', (event) => {
  if (shownFor && nameLinkOf(event.target) === shownFor) hide();
});
document.addEventListener('focusout', hide);
// A scroll takes a hovered name away from the pointer: its note goes. A focused name keeps its
// note, which follows it: focusing a name scrolls it into view, and the units laid out as they
// come near the screen (content-visibility) can move it again after the note has appeared.
document.addEventListener(
  'scroll',
  () => {
    if (shownFor && shownFor === document.activeElement) place(shownFor);
    else hide();
  },
  { passive: true },
);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hide();
});
