// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'bench-results/'] },
  js.configs.recommended,
  // Type-aware rules: floating promises, unsafe any, misused awaits … need the types.
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A leading underscore marks a value left out on purpose (`{ order: _order, ...unit }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // Plain JavaScript (configs, benches) has no types to check against; in .astro files the
  // parser cannot give typescript-eslint the types of template expressions (every JSX map would
  // read as an error type), so their frontmatter is type-checked by `astro check` instead.
  { files: ['**/*.js', '**/*.mjs', '**/*.astro'], ...tseslint.configs.disableTypeChecked },
);
