// One tag in a preview template:
//   <script type="module" src="/factlight/embed/auto.js" data-target="article" data-panel="right"></script>
// attaches to every element matching data-target (a CSS selector). Other data-* attributes are options
// (see attributes.js). Also defines <factlight-panel>.
import { attach } from './embed.js';
import { optionsFromAttributes } from './attributes.js';
import './element.js';

function start() {
  // A module runs once however many tags load it: serve every tag that points at this module.
  for (const script of document.querySelectorAll('script[src]')) {
    if (script.src !== import.meta.url) continue;
    const selector = script.dataset.target;
    if (!selector) continue;
    const options = optionsFromAttributes((name) => script.getAttribute(`data-${name}`));
    for (const root of document.querySelectorAll(selector)) attach(root, options);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
