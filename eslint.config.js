// Lints the plugin's own TypeScript with typescript-eslint's strict type-checked rules, and its
// regular expressions with eslint-plugin-regexp (which flags patterns that can backtrack badly).
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";

export default tseslint.config(
  { ignores: ["dist/**", "examples/**", ".scratch/**", "coverage/**", "scripts/*.mjs", "test/fixtures/**", "test/corpus-code/**", "*.config.*"] },
  ...tseslint.configs.strictTypeChecked,
  regexp.configs["flat/recommended"],
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // YAML scalars and settings values are checked to be primitives before they are stringified.
      "@typescript-eslint/no-base-to-string": "off",
    },
  },
);
