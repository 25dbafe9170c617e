import path from 'node:path';

/**
 * The import boundaries of ARCHITECTURE.md as a lint rule, so they hold by construction:
 * the domain and the contract are pure, the renderer sees only them, and each library stays in
 * the one place allowed to use it.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');

function areaOf(file) {
  const relative = path.relative(ROOT, file).split(path.sep).join('/');
  if (relative.startsWith('src-main/domain/')) return 'domain';
  // An import of the folder ('../api/contract') resolves here as 'src-main/api/contract.ts'.
  if (relative === 'src-main/api/contract.ts' || relative.startsWith('src-main/api/contract/')) return 'contract';
  if (relative === 'src-main/api/ipc.ts') return 'ipc';
  if (relative.startsWith('src-main/api/')) return 'api';
  if (relative.startsWith('src-main/store/')) return 'store';
  if (relative.startsWith('src-main/export/')) return 'export';
  if (relative.startsWith('src-main/platform/')) return 'platform';
  if (relative === 'src-main/index.ts') return 'entry';
  if (relative === 'src-main/preload.ts') return 'preload';
  if (relative.startsWith('src-renderer/')) return 'renderer';
  return 'other';
}

const PURE = new Set(['domain', 'contract']);
const NODE_BUILTIN = /^node:|^(fs|path|os|child_process|crypto|http|https|net|util|stream|worker_threads)(\/|$)/;
const ELECTRON_ALLOWED = new Set(['entry', 'ipc', 'platform', 'preload']);

function problemWith(fromArea, file, source) {
  const relativeImport = source.startsWith('.');
  const target = relativeImport ? areaOf(path.resolve(path.dirname(file), source) + '.ts') : null;
  if (PURE.has(fromArea)) {
    if (relativeImport) return PURE.has(target) ? null : `the ${fromArea} is pure: it may import only the domain and the contract, not ${source}`;
    return source === 'zod' ? null : `the ${fromArea} is pure: it may import only zod, not ${source}`;
  }
  if (fromArea === 'preload') {
    if (source === 'electron' || source === './api/contract/channel-names') return null;
    return `the preload may import only electron and the channel names, not ${source}`;
  }
  if (fromArea === 'renderer') {
    if (relativeImport && target !== 'renderer' && target !== 'other' && !PURE.has(target)) {
      return `the renderer may import from src-main only domain/ and api/contract/, not ${source}`;
    }
    if (!relativeImport && (NODE_BUILTIN.test(source) || ['electron', 'lowdb', 'exceljs', 'pdfmake'].some((name) => source === name || source.startsWith(`${name}/`)))) {
      return `the renderer cannot use ${source}: ask the main side through the contract`;
    }
    return null;
  }
  if ((fromArea === 'store' || fromArea === 'platform') && relativeImport && target === 'contract') {
    return `${fromArea}/ imports the domain, never the contract: data flows from the contract to the store, not back`;
  }
  if (source === 'electron' && !ELECTRON_ALLOWED.has(fromArea)) return `only index.ts, api/ipc.ts, platform/ and the preload may import electron`;
  if ((source === 'lowdb' || source.startsWith('lowdb/')) && fromArea !== 'store' && fromArea !== 'other') return 'only src-main/store may use lowdb';
  if (['exceljs', 'pdfmake'].some((name) => source === name || source.startsWith(`${name}/`)) && fromArea !== 'export' && fromArea !== 'other') {
    return `only src-main/export may use ${source}`;
  }
  if ((fromArea === 'api' || fromArea === 'export') && /^(node:)?fs(\/promises)?$/.test(source)) {
    return `${fromArea} code reaches files through the store or the platform port, not ${source}`;
  }
  return null;
}

const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the import boundaries of ARCHITECTURE.md' },
    schema: [],
    messages: { crossed: 'Import boundary: {{reason}}.' },
  },
  create(context) {
    const file = context.filename;
    const fromArea = areaOf(file);
    if (fromArea === 'other') return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const reason = problemWith(fromArea, file, source);
      if (reason) context.report({ node, messageId: 'crossed', data: { reason } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') check(node, node.arguments[0].value);
      },
    };
  },
};

export default { rules: { 'import-boundaries': importBoundaries } };
