/**
 * Bringing a part of the reading view on screen as a reader would, before reading its rendered
 * text or measuring it: the reading view lays out its units only near the screen
 * (content-visibility: auto), and Chromium does so a frame or more after they come near.
 */
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/** Scrolls `target` into view and waits until it is laid out (not skipped by content-visibility). */
export async function scrollIntoRendering(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await expect.poll(() => target.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
}
