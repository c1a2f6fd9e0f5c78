/** Entry of the web front: runs the script of the page the server named in #page[data-page]. */
import { pageArea, showError } from './dom.js';

const PAGES = {
  finder: () => import('./finder-page.js'),
  format: () => import('./format-page.js'),
  toolkit: () => import('./toolkit-page.js'),
  municipalities: () => import('./municipalities-page.js'),
  opportunities: () => import('./opportunities-page.js'),
  opportunity: () => import('./opportunity-page.js'),
};

const area = pageArea();
const load = area && PAGES[area.dataset.page];
if (load) {
  load()
    .then((module) => module.render(area))
    .catch((error) => showError(area, error));
}
