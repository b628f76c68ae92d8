import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The import direction of docs/conventions.md, one block per folder: each may import only the
 * folders listed for it (relative imports; packages are not limited here).
 */
const LAYERS = {
  api: [],
  phone: ['api'],
  i18n: ['api', 'phone'],
  'hooks/shared': ['api', 'phone', 'i18n'],
  'hooks/picker': ['api', 'phone', 'i18n', 'hooks/shared'],
  'hooks/phone-input': ['api', 'phone', 'i18n', 'hooks/shared'],
  'hooks/code-step': ['api', 'phone', 'i18n', 'hooks/shared'],
  'hooks/account': ['api', 'phone', 'i18n', 'hooks/shared'],
  'hooks/forms': [
    'api',
    'phone',
    'i18n',
    'hooks/shared',
    'hooks/picker',
    'hooks/phone-input',
    'hooks/code-step',
    'hooks/account',
  ],
  primitives: ['api', 'phone', 'i18n', 'hooks'],
  components: ['api', 'phone', 'i18n', 'hooks', 'primitives', 'theme'],
  element: ['api', 'phone', 'i18n', 'hooks', 'primitives', 'components', 'theme'],
  mock: ['api', 'phone'],
};
const FOLDERS = ['api', 'phone', 'i18n', 'hooks', 'primitives', 'components', 'element', 'mock', 'theme'];
const HOOK_FOLDERS = Object.keys(LAYERS).filter((name) => name.startsWith('hooks/'));

function importDirection() {
  return Object.entries(LAYERS).map(([folder, allowed]) => {
    const depth = folder.split('/').length;
    const allowedHere = (name) =>
      allowed.includes(name) || (name === 'hooks' && allowed.some((entry) => entry.startsWith('hooks/')));
    const forbidden = [
      ...FOLDERS.filter((name) => name !== folder.split('/')[0] && !allowedHere(name)).map(
        (name) => `**/${name}/**`,
      ),
      ...(depth === 2
        ? HOOK_FOLDERS.filter((name) => name !== folder && !allowed.includes(name)).map(
            (name) => `**/hooks/${name.slice('hooks/'.length)}/**`,
          )
        : []),
      ...(depth === 2
        ? HOOK_FOLDERS.filter((name) => name !== folder && !allowed.includes(name)).map(
            (name) => `../${name.slice('hooks/'.length)}/**`,
          )
        : []),
    ];
    const reactFree = ['api', 'phone', 'mock'].includes(folder);
    return {
      files: [`src/${folder}/**`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...(forbidden.length > 0
                ? [
                    {
                      group: forbidden,
                      message: `src/${folder} may import only: ${allowed.join(', ') || 'nothing of the kit'} (docs/conventions.md).`,
                    },
                  ]
                : []),
              ...(reactFree
                ? [
                    {
                      group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
                      message: 'api/, phone/ and mock/ stay free of React.',
                    },
                  ]
                : []),
            ],
          },
        ],
      },
    };
  });
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'storybook-static',
      'coverage',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      // Each consumer app is its own project with its own install and checks.
      'test/consumers',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...importDirection(),
  {
    // Named exports only in the library.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
      ],
    },
  },
);
