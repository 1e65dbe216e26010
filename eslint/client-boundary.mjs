import path from 'node:path';

/**
 * A client component (a module that starts with 'use client') runs in the browser: it must not
 * import src/server, not even for types, so server code and its secrets never reach a client
 * bundle by a direct import. Shapes shared with the server live in src/shapes; data comes through
 * GraphQL (src/gql). `server-only` in the server's entry modules catches indirect imports at build.
 */
const noServerInClient = {
  meta: {
    type: 'problem',
    docs: { description: "Client components ('use client') do not import src/server." },
    messages: {
      serverImport: "A client component ('use client') must not import server code ({{source}}): move what it needs to src/shapes or fetch it through GraphQL.",
    },
    schema: [],
  },
  create(context) {
    const isClient = context.sourceCode.ast.body.some((node) => node.type === 'ExpressionStatement' && node.directive === 'use client');
    if (!isClient) return {};
    const serverDir = path.join(context.cwd, 'src', 'server') + path.sep;
    const fileDir = path.dirname(context.filename);
    const isServer = (source) => {
      if (typeof source !== 'string') return false;
      if (source === '@/server' || source.startsWith('@/server/')) return true;
      if (!source.startsWith('.')) return false;
      return (path.resolve(fileDir, source) + path.sep).startsWith(serverDir);
    };
    const check = (node, sourceNode) => {
      if (sourceNode && sourceNode.type === 'Literal' && isServer(sourceNode.value)) {
        context.report({ node, messageId: 'serverImport', data: { source: sourceNode.value } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
    };
  },
};

export const boundaries = { rules: { 'no-server-in-client': noServerInClient } };
