// <factlight-panel for="article-id">: the panel, in flow where the host page puts the element, for the
// element with that id. Attributes: position (inline, the default, or right/left/bottom), theme, layers,
// wasm-url, debounce, claim-threshold, worker, cards. Removing the element detaches.
import { attach } from './embed.js';
import { optionsFromAttributes } from './attributes.js';

const Base = globalThis.HTMLElement ?? class {};

export class FactlightPanel extends Base {
  static get observedAttributes() {
    return ['for', 'position', 'theme', 'layers', 'wasm-url', 'debounce', 'claim-threshold', 'worker', 'cards'];
  }

  connectedCallback() {
    this.connect();
  }

  disconnectedCallback() {
    this.handle?.detach();
    this.handle = null;
  }

  attributeChangedCallback() {
    if (this.handle) this.connect();
  }

  connect() {
    this.handle?.detach();
    this.handle = null;
    const doc = this.ownerDocument;
    const id = this.getAttribute('for');
    const target = id ? doc.getElementById(id) : null;
    if (!target) {
      // The article may come after the element in the markup.
      if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => this.isConnected && this.connect(), { once: true });
      return;
    }
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const options = optionsFromAttributes((name) => this.getAttribute(name));
    delete options.panel;
    this.handle = attach(target, { ...options, panel: this.getAttribute('position') ?? 'inline', container: root });
  }
}

if (globalThis.customElements && !customElements.get('factlight-panel')) customElements.define('factlight-panel', FactlightPanel);
