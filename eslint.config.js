// Lint as law (DESIGN.md §8): the bans below carry the reason in their message.
import tseslint from 'typescript-eslint';

const htmlInjection = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Never build markup from strings: page text must stay text. Use textContent or Preact.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never build markup from strings: page text must stay text.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render page text as HTML.' },
  { selector: "CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name='document']", message: 'document.write injects markup.' },
];

const browserGlobals = ['window', 'document', 'location', 'navigator', 'localStorage', 'browser', 'chrome'].map((name) => ({
  name,
  message: 'lib/ runs in Node: take what you need as a parameter (a Document, fetch, a clock).',
}));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'artifacts/**', 'demo-output/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...htmlInjection],
    },
  },
  {
    files: ['entrypoints/**', 'components/**', 'platform/**', 'lib/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      // The extension talks to the reader through its UI; the console is for diagnostics only.
      'no-console': ['error', { allow: ['debug', 'error', 'warn'] }],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Use browser from wxt/browser (webextension-polyfill) in every context.' }],
    },
  },
  {
    files: ['lib/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': ['error', { patterns: [
        { group: ['wxt', 'wxt/*', 'preact', 'preact/*', 'webextension-polyfill'], message: 'lib/ is framework-free: no WXT, Preact or browser APIs.' },
        { group: ['**/components/*', '**/entrypoints/*', '**/platform/*'], message: 'Dependencies point one way: entrypoints → components → lib.' },
      ] }],
    },
  },
  {
    files: ['components/**'],
    ignores: ['**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/entrypoints/*', '**/platform/*', 'wxt', 'wxt/*'], message: 'Components take data and callbacks as props; the entrypoints wire the browser.' },
      ] }],
    },
  },
);
