/**
 * The combobox's listbox behaviour: which option is active (aria-activedescendant on the
 * field, aria-selected on the option) and the keys — arrows move (wrapping), Enter opens the
 * active option, Esc clears it or closes the popup.
 */
export interface ComboboxHost {
  input: HTMLInputElement;
  /** True for the search page (always open), false for the header's popup. */
  page: boolean;
  isOpen(): boolean;
  open(): void;
  close(): void;
}

export class Combobox {
  private options: HTMLAnchorElement[] = [];
  private active = -1;

  constructor(private readonly host: ComboboxHost) {
    host.input.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** New options (the previous active one is forgotten). */
  setOptions(options: HTMLAnchorElement[]): void {
    this.setActive(-1);
    this.options = options;
  }

  setActive(index: number): void {
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      this.host.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      this.host.input.removeAttribute('aria-activedescendant');
    }
  }

  private onKey(event: KeyboardEvent): void {
    const count = this.options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      this.host.open();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.setActive(this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count);
    } else if (event.key === 'Enter') {
      const option = this.options[this.active];
      if (option) {
        event.preventDefault();
        window.location.assign(option.href);
      }
      // Otherwise the header form goes to /search/?q=… (all results); the page form stays.
    } else if (event.key === 'Escape') {
      if (!this.host.page && this.host.isOpen()) {
        event.preventDefault();
        this.host.close();
      } else if (this.host.page && this.active >= 0) {
        event.preventDefault();
        this.setActive(-1);
      }
    }
  }
}
