import { readdirSync, readFileSync } from 'fs';
import path from 'path';

/**
 * No service calls back into one that called it: the services' calls of each other
 * (`getService(strapi, 'name')`, read from the sources) form no cycle, and a mailing kind calls
 * no service at all (it gets the plugin through its context).
 */
const SERVER = path.resolve(__dirname, '..', '..', 'server', 'src');
const CALL = /getService\(\s*strapi\s*,\s*'([a-z-]+)'\s*\)/g;

const callsIn = (file: string) => [...new Set([...readFileSync(file, 'utf8').matchAll(CALL)].map(([, name]) => name))];

function serviceGraph(): Map<string, string[]> {
  const directory = path.join(SERVER, 'services');
  const index = readFileSync(path.join(directory, 'index.ts'), 'utf8');
  const graph = new Map<string, string[]>();
  for (const [, local, file] of index.matchAll(/^import (\w+) from '\.\/([\w-]+)';$/gm)) {
    const name = new RegExp(`'([\\w-]+)': ${local}\\b`).exec(index)?.[1] ?? local;
    graph.set(name, callsIn(path.join(directory, `${file}.ts`)));
  }
  return graph;
}

function cycleIn(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (name: string, trail: string[]): string[] | null => {
    if (state.get(name) === 'done') return null;
    if (state.get(name) === 'open') return [...trail.slice(trail.indexOf(name)), name];
    state.set(name, 'open');
    for (const next of graph.get(name) ?? []) {
      const found = visit(next, [...trail, name]);
      if (found) return found;
    }
    state.set(name, 'done');
    return null;
  };
  for (const name of graph.keys()) {
    const found = visit(name, []);
    if (found) return found;
  }
  return null;
}

it('reads every service of the plugin, the pipeline and the kinds registry among them', () => {
  const graph = serviceGraph();
  expect([...graph.keys()]).toEqual(expect.arrayContaining(['mailings', 'mailing-kinds', 'digest', 'outbox', 'subscription']));
  expect(graph.get('mailings')).toContain('mailing-kinds');
  expect(graph.get('mailings')).not.toContain('digest');
  expect(graph.get('digest')).not.toContain('mailings');
});

it('has no cycle of service calls', () => {
  expect(cycleIn(serviceGraph())).toBeNull();
  expect(cycleIn(new Map([['a', ['b']], ['b', ['a']]]))).toEqual(['a', 'b', 'a']);
});

it('lets no mailing kind call a service', () => {
  const directory = path.join(SERVER, 'mailing-kinds');
  for (const file of readdirSync(directory)) expect({ file, calls: callsIn(path.join(directory, file)) }).toEqual({ file, calls: [] });
});
